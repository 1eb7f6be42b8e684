// Moves stated in points: "25 basis points", "0.25 percentage point", "a quarter-point cut",
// "a half-point rate hike". All are read as percentage points, so "25 basis points" and
// "0.25 percentage point" agree and "a half-point hike" disagrees with both.
import type { Quantity } from '../types.ts';
import { CALENDAR_STEM } from './figure-measure.ts';
import { contentStems } from './tokens.ts';
import type { Unit } from './units.ts';

export const POINTS = 'pp'; // the normalised unit of a move in percentage points

const AFTER = /^\s*(?:(percentage|percent|per\s+cent)[-\s]+points?|(basis)[-\s]+points?|(bps?))\b/i;

/** A number followed by a point unit: its value in percentage points, and where the unit ends. */
export function pointsAfter(sentence: string, qEnd: number, value: number): { value: number; end: number } | null {
  const m = AFTER.exec(sentence.slice(qEnd, qEnd + 30));
  if (!m) return null;
  return { value: m[1] ? value : value / 100, end: qEnd + m[0].length };
}

const WORDED = /\b(?:a\s+|one\s+)?(quarter|half)(?:[-\s]+(?:a\s+)?(?:percentage[-\s]+)?point|[-\s]+of\s+a\s+(?:percentage\s+)?point)\b/gi;

/** "a quarter-point", "half a percentage point": moves written in words, which hold no number. */
export function wordedPoints(sentence: string): { start: number; end: number; value: number; text: string }[] {
  const out: { start: number; end: number; value: number; text: string }[] = [];
  for (const m of sentence.matchAll(WORDED)) out.push({ start: m.index!, end: m.index! + m[0].length, value: m[1]!.toLowerCase() === 'quarter' ? 0.25 : 0.5, text: m[0] });
  return out;
}

/**
 * The sentence's quantities with moves in points read as percentage points: "25 basis points"
 * is 0.25, and "a half-point hike", which holds no digit, becomes a figure of its own.
 */
export function withPoints(u: Unit, sentence: string): Quantity[] {
  const out: Quantity[] = u.quantities.map((q) => {
    if (q.unit) return q;
    const p = pointsAfter(sentence, q.end - u.start, q.value);
    return p ? { ...q, value: p.value, unit: POINTS, counts: null, end: u.start + p.end, text: sentence.slice(q.start - u.start, p.end) } : q;
  });
  for (const w of wordedPoints(sentence)) {
    if (u.quantities.some((q) => q.start - u.start < w.end && q.end - u.start > w.start)) continue;
    out.push({ start: u.start + w.start, end: u.start + w.end, text: w.text, value: w.value, unit: POINTS, qualifier: null, counts: null, sentence: u.quantities[0]?.sentence ?? 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Content stems of up to five words before a figure and three after it. */
export function aroundStems(sentence: string, qs: number, qe: number): string[] {
  const before = contentStems(sentence.slice(Math.max(0, qs - 60), qs)).filter((w) => !/^\d/.test(w)).slice(-5);
  const after = contentStems(sentence.slice(qe, qe + 40)).filter((w) => !/^\d/.test(w)).slice(0, 3);
  return [...before, ...after].filter((w) => !CALENDAR_STEM.test(w) && w !== 'point' && w !== 'percentage' && w !== 'basis');
}
