// Vote counts in progress: "with 62% of ballots counted, Rand had 48.2%" and, the next day, "Rand
// won 51.3%, final results showed" are two stages of one count, not two outlets disagreeing. A
// report's stage is read from its figure's sentence, else from its article.

// "with 62% of ballots counted", "62 percent of precincts reporting": how far the count was
const COUNTED = /\b(?:with\s+)?(?:(?:about|around|nearly|almost|over|more than|some)\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:ballots|votes|precincts|polling stations|constituencies|districts)\s+(?:(?:had\s+been|have\s+been|were|was)\s+)?(?:counted|tallied|processed|reporting|declared)\b/i;
const PARTIAL = /\b(?:preliminary|partial|provisional|early|incomplete)\s+(?:results?|count|returns|tall(?:y|ies)|figures)\b|\bcounting (?:continues|continued|is continuing|was continuing|is still under way)\b/i;
const FINAL = /\b(?:final|official|complete|full|certified)\s+(?:results?|count|returns|tall(?:y|ies)|figures)\b|\ball\s+(?:the\s+)?(?:ballots|votes|precincts)\s+(?:were\s+|had been\s+|have been\s+)?(?:counted|tallied)\b|\bwith (?:all|100%|100 percent)\s+(?:of\s+)?(?:the\s+)?(?:ballots|votes|precincts)\s+(?:counted|tallied|reporting)\b/i;

/** The stage of a count a text reports ("partial:62", "partial", "final"), or null when it says none. */
export function countStage(text: string): string | null {
  const c = COUNTED.exec(text);
  if (c && Number(c[1]) < 100) return `partial:${c[1]}`;
  if (FINAL.test(text)) return 'final';
  if (c || PARTIAL.test(text)) return c && Number(c[1]) >= 100 ? 'final' : 'partial';
  return null;
}

/** The figure at [qStart, qEnd) only says how far the count was ("62% of ballots counted"). */
export function isCountProgress(sentence: string, qStart: number): boolean {
  const m = COUNTED.exec(sentence.slice(Math.max(0, qStart - 30)));
  return !!m && Math.abs(m.index + m[0].indexOf(m[1]!) - Math.min(30, qStart)) <= 1;
}

/** Two stages of one count: both known and different. */
export function otherStage(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  // "partial" and "partial, 62% counted" may be one stage
  return a === 'final' || b === 'final' || (a !== 'partial' && b !== 'partial');
}

/** A sentence's stage, made precise by its article's ("preliminary results" in an article saying "62% counted"). */
export function figureStage(sentence: string | null, article: string | null): string | null {
  if (sentence === 'partial' && article?.startsWith('partial:')) return article;
  return sentence ?? article;
}

/** "partial (62% counted)", "final". */
export function stageLabel(s: string): string {
  return s.startsWith('partial:') ? `partial, ${s.slice(8)}% counted` : s;
}
