// Language of the clean text with eld (n-gram detector); explicit metadata wins when valid.
import { eld } from 'eld/medium';

const ISO = /^[a-z]{2,3}$/;

/** ISO 639-1 code, or null when the text is too short or mixed to tell. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const d = declared?.trim().toLowerCase().replace(/_/g, '-').split('-')[0];
  if (d && ISO.test(d)) return d;
  const sample = text.length > 1200 ? text.slice(0, 1200) : text; // plenty for n-gram detection
  if (sample.replace(/[^\p{L}]/gu, '').length < 20) return null;
  const r = eld.detect(sample);
  return r.language || null;
}
