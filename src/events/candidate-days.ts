// The date of an event kept out of two others it fits equally well (see AMBIGUITY in stream.ts):
// its own evidence leaves it open ("a Thursday"), but the events it may be are known. When the
// rivals have days of their own that its evidence allows, those few days are what can honestly
// be said: "2021-05-13 or 2023-05-11" — a range over them, never one day.
import type { DatedValue, TimeValue } from '../types.ts';
import { intersect } from '../util/calendar.ts';

/**
 * The event's date narrowed to the rivals' days its own evidence allows, when at least two are
 * allowed (one would mean the date, not the wording, could tell; that is left to the clusterer).
 * `rivals`: the dates of the events it was kept out of. Null when nothing can be named.
 */
export function candidateDays(own: DatedValue, rivals: TimeValue[]): DatedValue | null {
  const days = new Set<string>();
  for (const r of rivals) {
    if (r.precision !== 'day' || !r.start || r.start !== r.end) continue;
    if (intersect(own, r)) days.add(r.start); // a day the event's own evidence allows
  }
  if (days.size < 2) return null;
  const sorted = [...days].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const years = [...new Set(sorted.map((d) => +d.slice(0, 4)))].sort((a, b) => a - b);
  const months = new Set(sorted.map((d) => +d.slice(5, 7)));
  const out: DatedValue = {
    ...own,
    start: first,
    end: last,
    precision: 'range',
    years,
    label: sorted.join(' or '),
    evidence: [...own.evidence],
  };
  if (months.size === 1) out.month = [...months][0]!;
  else delete out.month;
  delete out.day;
  return out;
}
