// Warnings about the text itself (empty, huge, mixed scripts), attached to the analysis.
import type { Warning } from '../../types.ts';

export const HUGE_TEXT = 1_000_000;

export function textWarnings(text: string): Warning[] {
  const w: Warning[] = [];
  if (!text.trim()) {
    w.push({ code: 'empty-text', message: 'The article has no text to analyse.' });
    return w;
  }
  if (text.length > HUGE_TEXT) w.push({ code: 'huge-text', message: `The text is very long (${text.length} characters); some findings may be limited.` });
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const rtl = (sample.match(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (rtl > 0) {
    w.push({
      code: latin > rtl * 4 ? 'mixed-scripts' : 'right-to-left',
      message: latin > rtl * 4 ? 'The text mixes right-to-left script with Latin text; names in the RTL parts are not recognised.' : 'The text is mostly in a right-to-left script; analysis rules are tuned for English.',
    });
  }
  if (/[\u202A-\u202E\u2066-\u2069]/.test(sample)) w.push({ code: 'bidi-controls', message: 'The text contains bidirectional control characters.' });
  return w;
}
