// A toll revised over time: "claimed 19 lives" at 07:00, "rose to 23" at noon, "rose to 31" by
// evening. Later reports with larger values, or wording that says the count grew, are one
// running total given at different times: context (earlier vs later figure), not a conflict.
// Different values published at the same time stay a disagreement.
import type { ArticleWithAnalysis } from '../types.ts';

// Wording that says a count was revised upward before or around the figure.
export const REVISED = /\b(?:has risen|have risen|had risen|rose|rises|risen|climbed|climbs|has climbed|increased|jumped|up from|revised (?:up|upward)|now stands at|has reached|reached)\b/i;

// Wording that says a count was corrected downward ("revised the number of dead down to 54").
export const LOWERED = /\b(?:revised (?:\S+\s+){0,12}?(?:down|downward)|lowered|corrected (?:\S+\s+){0,12}?down)\b/i;

/** When an article was published, as a sortable string (instant when known, else day), or null. */
export function publishedAt(item: ArticleWithAnalysis): string | null {
  // the analysis may refine the day but keep no time of day; the metadata's instant orders reports of one day
  const a = item.analysis.published;
  const m = item.article.published;
  // a date known only up to its year ("Monday 4 August, year 1997, 2003 … or 2025") orders nothing
  const day = (v: typeof a) => (v?.precision === 'day' ? v.start : null);
  return a?.timestamp ?? m?.timestamp ?? day(a) ?? day(m) ?? null;
}

// Two reports within this many minutes are "the same time": their different values disagree.
const SAME_TIME_MINUTES = 30;

/** -1 when a was published before b, 1 after, 0 at the same time, null when unknown. */
export function publishedOrder(a: string | null, b: string | null): -1 | 0 | 1 | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.length === 10 ? `${a}T00:00:00Z` : a);
  const tb = Date.parse(b.length === 10 ? `${b}T00:00:00Z` : b);
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return null;
  // a day alone cannot order two reports of one day
  if ((a.length === 10 || b.length === 10) && a.slice(0, 10) === b.slice(0, 10)) return null;
  if (Math.abs(ta - tb) <= SAME_TIME_MINUTES * 60000) return 0;
  return ta < tb ? -1 : 1;
}

export interface TollReport {
  value: number;
  at: string | null; // publication time
  revised: boolean; // its sentence says the count grew
  lowered?: boolean; // its sentence says the count was corrected downward
}

/**
 * Two values of one toll read as a revision: the larger one published later, or (times
 * unknown) worded as a rise; or the smaller one published later and worded as a correction
 * downward ("revised the number of dead down to 54"). Same time, or the larger one earlier
 * without such wording, is not a revision.
 */
export function isRevision(a: TollReport, b: TollReport): boolean {
  if (a.value === b.value) return false;
  const [lo, hi] = a.value < b.value ? [a, b] : [b, a];
  const order = publishedOrder(lo.at, hi.at);
  if (order !== null) return order === -1 || (order === 1 && !!lo.lowered);
  return hi.revised || !!lo.lowered;
}

function when(at: string | null): string {
  if (!at) return '';
  return at.length > 10 ? ` at ${at.slice(0, 16).replace('T', ' ')}` : ` on ${at}`;
}

/** "earlier 19 (State TV at 2025-10-06 07:00), later 31 (Open Voice at 2025-10-06 18:00)". */
export function revisionNote(reports: (TollReport & { display: string; outlet: string })[]): string {
  // by publication time when both are known (two reports minutes apart still have an order), else by value
  const time = (r: TollReport) => (r.at ? Date.parse(r.at.length === 10 ? `${r.at}T00:00:00Z` : r.at) : NaN);
  const sorted = [...reports].sort((x, y) => {
    const tx = time(x);
    const ty = time(y);
    return (Number.isFinite(tx) && Number.isFinite(ty) ? tx - ty : 0) || x.value - y.value;
  });
  // one step per value: "at least 14 (A at 04:40, B at 05:10) → 22 (C at 17:00)"
  const steps: { display: string; value: number; by: string[] }[] = [];
  for (const r of sorted) {
    const who = `${r.outlet}${when(r.at)}`;
    const last = steps[steps.length - 1];
    if (last && last.value === r.value && last.display.toLowerCase() === r.display.trim().toLowerCase()) {
      if (!last.by.includes(who)) last.by.push(who);
    } else if (!steps.some((s) => s.value === r.value && s.by.includes(who))) steps.push({ display: r.display.trim(), value: r.value, by: [who] });
  }
  const parts = steps.map((s) => `${s.display} (${s.by.join(', ')})`);
  const how = reports.some((r) => r.lowered) ? 'a toll revised as reports came in (corrected downward too)' : 'a running total revised as the count rose';
  return `${how} — earlier to later: ${parts.join(' → ')}`;
}
