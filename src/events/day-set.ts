// The days an event may fall on, from partial date evidence: a month-day without a year, a
// weekday, candidate years, bounds. Small finite sets are enumerated ("20 November, a Monday,
// 2014..2026" -> {2017-11-20, 2023-11-20}); the rest stay an interval with lower-bound checks.
// Used to tell whether two groups' date evidence can name the same day, and how far apart
// their closest compatible days are.

export interface DaySet {
  days: number[] | null; // exhaustive sorted day numbers, when few; else null (an interval)
  lo: number | null; // interval bounds (inclusive day numbers; null = unbounded)
  hi: number | null;
  md: number | null; // month * 31 + day, when the interval is constrained to one month-day
  wd: number | null; // 0=Sunday..6, when constrained to one weekday
}

const MAX_DAYS = 64;
/**
 * An undated report that names only a weekday may follow up an event this many days earlier
 * ("On Tuesday, rescuers reached..." after Saturday's collapse): as FOLLOW_UP_DAYS in features.ts.
 */
export const FOLLOW_UP_WEEKDAY_DAYS = 7;
/** Distance given to a weekday that cannot fall on the other side's day: beyond any tolerance. */
export const WEEKDAY_MISMATCH = 1000;
const ENUMERATE_SPAN = 62; // bounded ranges up to two months are enumerated
const MAX_YEAR_SPAN = 80;

export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function monthDayOf(md: number): { m: number; d: number } {
  const m = Math.floor((md - 1) / 31);
  return { m, d: md - m * 31 };
}

function dayOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const x = new Date(t);
  if (x.getUTCMonth() !== m - 1 || x.getUTCDate() !== d) return null;
  return Math.floor(t / 86400000);
}

function yearOf(day: number): number {
  return new Date(day * 86400000).getUTCFullYear();
}

function mdOfDay(day: number): number {
  const x = new Date(day * 86400000);
  return (x.getUTCMonth() + 1) * 31 + x.getUTCDate();
}

/** Days between two month-day positions, across the year boundary (a lower bound on any gap). */
export function mdGap(a: number, b: number): number {
  const pa = monthDayOf(a);
  const pb = monthDayOf(b);
  const d = Math.abs((pa.m - 1) * 30.44 + pa.d - ((pb.m - 1) * 30.44 + pb.d));
  return Math.round(Math.min(d, 365.25 - d));
}

function wdGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

/** Builds the set of days allowed by bounds, a month-day, a weekday and candidate years. */
export function daySet(lo: number | null, hi: number | null, md: number | null, wd: number | null, years: number[] | null = null): DaySet | null {
  if (lo === null && hi === null && md === null && wd === null) return null;
  const ok = (x: number) => (lo === null || x >= lo) && (hi === null || x <= hi) && (wd === null || weekdayOf(x) === wd);
  if (md !== null) {
    let ys = years;
    if (!ys && lo !== null && hi !== null && yearOf(hi) - yearOf(lo) <= MAX_YEAR_SPAN) {
      ys = [];
      for (let y = yearOf(lo); y <= yearOf(hi); y++) ys.push(y);
    }
    if (ys) {
      const { m, d } = monthDayOf(md);
      const days = ys.map((y) => dayOf(y, m, d)).filter((x): x is number => x !== null && ok(x));
      if (days.length && days.length <= MAX_DAYS) return { days: days.sort((a, b) => a - b), lo: days[0]!, hi: days.at(-1)!, md, wd };
    }
  } else if (lo !== null && hi !== null && hi - lo <= ENUMERATE_SPAN) {
    const days: number[] = [];
    for (let x = lo; x <= hi; x++) if (ok(x)) days.push(x);
    if (days.length) return { days, lo: days[0]!, hi: days.at(-1)!, md, wd };
  }
  return { days: null, lo, hi, md, wd };
}

/**
 * Lower bound on the days between `x` and the nearest day of `s` (exact for finite sets).
 * An `x` on another weekday than `s` names counts as WEEKDAY_MISMATCH (a contradiction), or,
 * with `weekdayDays`, as the days to the nearest such weekday (to tell a reader the distance);
 * with `followUp`, a bare weekday shortly after `x` counts as the days to it (see followUpDays).
 * Narrowing an event's days never reads follow-ups: the follow-up's weekday is not the event's day.
 */
export function dayDistance(x: number, s: DaySet, weekdayDays = false, followUp = false): number {
  if (s.days) {
    let best = Infinity;
    for (const d of s.days) best = Math.min(best, Math.abs(x - d));
    return best;
  }
  let g = Math.max(0, s.lo !== null ? s.lo - x : 0, s.hi !== null ? x - s.hi : 0);
  if (s.md !== null) g = Math.max(g, mdGap(mdOfDay(x), s.md));
  // The weekday a text gives for its event names that day: another weekday is another day,
  // however close (a report of the third day of a strike is a follow-up, not the same day).
  if (s.wd !== null && weekdayOf(x) !== s.wd) {
    const apart = weekdayDays ? wdGap(weekdayOf(x), s.wd) : followUp ? followUpDays(x, s) : null;
    g = Math.max(g, apart ?? WEEKDAY_MISMATCH);
  }
  return g;
}

/**
 * Days from `x` forward to the weekday of `s` when `s` is only a weekday (no start bound, no
 * month-day: an undated report's "On Tuesday") that falls within FOLLOW_UP_WEEKDAY_DAYS after
 * `x`: the report may follow up the event of day `x`, so it is a distance, not a contradiction.
 */
function followUpDays(x: number, s: DaySet): number | null {
  if (s.wd === null || s.lo !== null || s.md !== null || s.days) return null;
  const ahead = (s.wd - weekdayOf(x) + 7) % 7;
  return ahead > 0 && ahead <= FOLLOW_UP_WEEKDAY_DAYS && (s.hi === null || x + ahead <= s.hi) ? ahead : null;
}

/**
 * Lower bound on the days between the closest days of two sets; exact when both are single days.
 * `weekdayDays`: different weekdays count as the days between them, not as a contradiction
 * (two sets that are only weekdays, with no day or month-day, always do).
 * `followUp`: the side (a or b) whose bare weekday may be read as a follow-up shortly after the
 * other side's day (followUpDays): only a side with no other date evidence at all, after a
 * side dated to one day, so an event whose dated members merely disagree with its weekday, or
 * whose day is one of several candidate years, is never read so.
 */
export function setGap(a: DaySet, b: DaySet, weekdayDays = false, followUp: DaySet | null = null): { days: number; exact: boolean } {
  const exact = !!a.days && !!b.days && a.days.length === 1 && b.days.length === 1;
  if (a.days || b.days) {
    const [fin, other] = a.days ? [a, b] : [b, a];
    let best = Infinity;
    // only after a known day: candidate days of several years are no date to follow up
    const follow = other === followUp && fin.days!.length === 1;
    for (const d of fin.days!) best = Math.min(best, dayDistance(d, other, weekdayDays, follow));
    return { days: best, exact };
  }
  let g = Math.max(0, a.lo !== null && b.hi !== null ? a.lo - b.hi : 0, b.lo !== null && a.hi !== null ? b.lo - a.hi : 0);
  if (a.md !== null && b.md !== null) g = Math.max(g, mdGap(a.md, b.md));
  // Two weekdays with no day to place them ("a Saturday" against "a Tuesday", years open): how far
  // apart they are is unknown, the least is the days between the weekdays — a multi-day story is
  // told from the day each report was written. A day, or a month-day, makes another weekday another day.
  if (a.wd !== null && b.wd !== null && a.wd !== b.wd) g = Math.max(g, weekdayDays || (a.md === null && b.md === null) ? wdGap(a.wd, b.wd) : WEEKDAY_MISMATCH);
  return { days: g, exact: false };
}

/**
 * The days both sets allow, within `tol` days of each other (the more specific side is kept),
 * or null when the evidence contradicts.
 */
export function narrowSet(a: DaySet, b: DaySet, tol: number): DaySet | null {
  if (a.days || b.days) {
    const size = (s: DaySet) => (s.days ? s.days.length : Infinity);
    const [keep, other] = size(a) <= size(b) ? [a, b] : [b, a];
    const days = keep.days!.filter((d) => dayDistance(d, other) <= tol);
    return days.length ? { ...keep, days, lo: days[0]!, hi: days.at(-1)! } : null;
  }
  const lo = a.lo === null ? b.lo : b.lo === null ? a.lo : Math.max(a.lo, b.lo);
  const hi = a.hi === null ? b.hi : b.hi === null ? a.hi : Math.min(a.hi, b.hi);
  if (lo !== null && hi !== null && lo > hi + tol) return null;
  if (a.md !== null && b.md !== null && mdGap(a.md, b.md) > tol) return null;
  const l = lo !== null && hi !== null && lo > hi ? hi : lo;
  return daySet(l, hi, a.md ?? b.md, a.wd ?? b.wd);
}
