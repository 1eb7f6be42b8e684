// A summary line cut from inside a quotation: a sentence of a multi-sentence quote taken on its
// own ("“We will rebuild every school." with the closing mark two sentences later, or a middle
// sentence with no marks at all) reads as the outlet's own statement, or leaves a dangling
// mark. Such lines are recognised by their own marks not pairing up, or by starting or ending
// strictly inside a span of marks found in the article text.
import { scanMarks } from './quote-marks.ts';

/** Double quotation marks of the line that do not pair up (single marks double as apostrophes). */
export function unbalancedQuotes(text: string): boolean {
  const open = (text.match(/[“«„]/g) ?? []).length;
  const close = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open !== close || straight % 2 === 1;
}

/** Spans between paired quotation marks of an article text, in text order. */
export function markSpans(text: string): { start: number; end: number }[] {
  return scanMarks(text).sort((a, b) => a.start - b.start);
}

/**
 * Whether the line [start, end) of `text` is cut from inside a quotation: its marks are
 * unbalanced, or it starts or ends inside a span enclosed by marks (`spans` = markSpans(text);
 * the marks themselves lie just outside a span, so a line holding the whole quotation is not
 * cut from it).
 */
export function cutFromQuote(text: string, start: number, end: number, spans: { start: number; end: number }[]): boolean {
  if (unbalancedQuotes(text.slice(start, end))) return true;
  for (const m of spans) {
    if (m.start >= end) break;
    if ((start >= m.start && start < m.end) || (end > m.start && end <= m.end)) return true;
  }
  return false;
}
