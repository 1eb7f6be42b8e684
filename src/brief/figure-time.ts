// Whether a figure is the event's own: one dated outside the event ("In 2019, 40 people were
// arrested") or given as an earlier value ("up from an earlier forecast of 2.9%") is
// background, which may differ from the event's figure without the outlets disagreeing.
import type { AnalyzedArticle, Quantity, TimeValue } from '../types.ts';

// In the clause before the number: an earlier or starting value ("up from 2.9%", "from an
// earlier forecast of", "compared with"). After it: "a year earlier", "previously".
const PRIOR_BEFORE = /\b(?:from|previous|previously|prior|earlier|original|initial|compared (?:with|to)|versus|vs\.?)\b(?:\s+[\p{L}\p{N}'’-]+){0,4}\s+$/iu;
const PRIOR_AFTER = /^\s*(?:[\p{L}%]+\s+){0,2}(?:a year (?:earlier|ago|before)|the (?:previous|year before)|previously|last year)\b/iu;

// "which had put the toll at 57": the pluperfect gives the value before the one reported now
const HAD_GIVEN = /\bhad (?:put|given|set|reported|estimated|announced)\b(?:\s+[\p{L}'’-]+){0,4}\s+(?:at\s+)?$/iu;

export function isPriorValue(sentence: string, qStart: number, qEnd: number): boolean {
  const before = sentence.slice(0, qStart).split(/[,;:()]/).pop() ?? '';
  const after = sentence.slice(qEnd).split(/[,;:()]/)[0] ?? '';
  if (/\bto\s+$/i.test(before)) return false; // "from 3 to 5 percent": 5 is the new value
  return PRIOR_BEFORE.test(before + ' ') || PRIOR_AFTER.test(after) || HAD_GIVEN.test(before);
}

// Days of slack around the event's dates: "yesterday" in a report dated a day late, or an
// event dated from its coverage, is still the event's own time.
const SLACK_DAYS = 7;

function shift(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) ? new Date(t + days * 86400000).toISOString().slice(0, 10) : day;
}

/** The event's dates as an inclusive day range (with a week's slack), when it has one. */
export function dayRange(d: Pick<TimeValue, 'start' | 'end'> | null | undefined): [string, string] | null {
  if (!d?.start || !/^\d{4}-\d{2}-\d{2}/.test(d.start)) return null;
  return [shift(d.start.slice(0, 10), -SLACK_DAYS), shift((d.end ?? d.start).slice(0, 10), SLACK_DAYS)];
}

/**
 * A sentence dated only outside the event: it names a resolved time that does not overlap the
 * event's days and no time that does ("In 2019, …", "A strike on Vellin in March …").
 */
export function datedElsewhere(analysis: AnalyzedArticle, start: number, end: number, event: [string, string] | null): boolean {
  if (!event) return false;
  let outside = false;
  for (const t of analysis.times) {
    if (t.start < start || t.end > end) continue;
    const r = t.resolved;
    if (!r?.start || t.symbolic?.duration) continue;
    const s = r.start.slice(0, 10);
    const e = (r.end ?? r.start).slice(0, 10);
    if (e < event[0] || s > event[1]) outside = true;
    else return false; // the sentence also names the event's own time
  }
  return outside;
}
