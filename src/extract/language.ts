// Language of the clean text with eld (n-gram detector); explicit metadata wins when valid.
// The analysis stages are English-only, so an article in another language carries a warning.
import { eld } from 'eld/medium';
import type { Warning } from '../types.ts';

const ISO = /^[a-z]{2,3}$/;

export interface LanguageGuess {
  code: string;
  /** declared by the input (field, <html lang>, metadata) or detected from the text */
  source: 'declared' | 'detected';
  /** false for a detection eld itself calls unreliable or one made from a few words */
  sure: boolean;
}

// Below this many words an n-gram guess is mostly about names ("Korlin Vessa Tolsen" reads as Norwegian).
const MIN_WORDS_SURE = 8;

/** The language with where it came from, or null when the text is too short or mixed to tell. */
export function languageOf(text: string, declared?: string | null): LanguageGuess | null {
  const d = declared?.trim().toLowerCase().replace(/_/g, '-').split('-')[0];
  if (d && ISO.test(d)) return { code: d, source: 'declared', sure: true };
  const sample = text.length > 1200 ? text.slice(0, 1200) : text; // plenty for n-gram detection
  if (sample.replace(/[^\p{L}]/gu, '').length < 20) return null;
  const r = eld.detect(sample);
  if (!r.language) return null;
  const words = sample.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  return { code: r.language, source: 'detected', sure: r.isReliable() && words >= MIN_WORDS_SURE };
}

/** "German" for "de"; the code itself when the runtime has no name for it. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** A warning for an article the English-only analysis may misread; null for English or an unsure guess. */
export function languageWarning(guess: LanguageGuess | null): Warning | null {
  if (!guess || guess.code === 'en' || !guess.sure) return null;
  const how = guess.source === 'declared' ? 'declared by the input' : 'detected from the text';
  return {
    code: 'language-not-english',
    message: `article language is ${languageName(guess.code)} (${guess.code}, ${how}); the analysis is English-only, so entities, quotes and dates in the text may be missed or wrong`,
  };
}
