// The time feature of the clusterer (Miranda et al. 2018 use a Gaussian of ~3 days between
// an article's timestamp and the cluster's). Unknown dates must neither merge nor split,
// so the factor is exactly 1 when a gap cannot be measured, and a gap that is only a lower
// bound (month-day without a year, weekday, wide ranges) may lower the score but never raise it.
// Partial evidence counts (see day-set.ts): two sides whose event-day evidence has no common
// day within CONTRADICTION_DAYS (another month-day, a weekday the known day is not, a
// month-day/weekday pair with no common year, disjoint ranges) contradict: factor 0.
import type { TimeValue } from '../types.ts';
import { daySet, narrowSet, setGap, type DaySet } from './day-set.ts';

export interface DatePoint {
  lo: number | null; // day number (days since 1970-01-01), inclusive
  hi: number | null;
  md: number | null; // position in the year (month * 31 + day), when month and day are known
  wd?: number | null; // weekday the text names for the event (0=Sunday), when known
  years?: number[] | null; // candidate years, when only some fit
  /** A preview: the article was written (on this date) before the day it announces for its event. */
  ahead?: boolean;
  /** The day is the one the text names for its event ("on Monday", "June 4"), not only the article's date. */
  named?: boolean;
}

export const DAY_SIGMA = 3; // days: width of the Gaussian decay
/**
 * Width of the decay when both sides' days are the ones their texts name for their events, not
 * article dates: reports written days apart can tell of one event, but texts that each say which
 * day their event was ("talks opened on Monday" / "the second round opened on Wednesday") tell of
 * different days' events.
 */
export const NAMED_SIGMA = 1.5;
/** ...and the days they name differ: at most -75% (see NAMED_SIGMA). */
export const NAMED_PENALTY = 0.75;
export const TIME_BONUS = 0.25; // at most +25% for same-day dates
/** The largest time factor (same-day dates): bounds any score from its content. */
export const MAX_TIME_FACTOR = 1 + TIME_BONUS;
export const TIME_PENALTY = 0.5; // at most -50% for far-apart dates (a different day is stronger evidence than the same day)
export const SEASON_PENALTY = 0.25; // a further -25% as the gap grows to months: news events rarely last a season
export const SEASON_DAYS = 90;
/**
 * Evidence this many days apart (at the closest compatible days) contradicts: the same news
 * event is not reported with event days a month apart. Such pairs are never joined or merged.
 */
export const CONTRADICTION_DAYS = 31;
/** Tolerance when intersecting members' date evidence into an event's day set. */
export const NARROW_TOL = DAY_SIGMA;
const NARROW_DAYS = 3; // a date range this narrow is treated as a point

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86400000);
}

export function isoFromDay(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

export function datePoint(v: TimeValue | null | undefined): DatePoint | null {
  if (!v || v.precision === 'unknown') return null;
  const lo = v.start ? dayNumber(v.start) : null;
  const hi = v.end ? dayNumber(v.end) : null;
  let md: number | null = null;
  if (v.month && v.day) md = v.month * 31 + v.day;
  else if (lo !== null && hi !== null && lo === hi && v.start) {
    const [, m, d] = v.start.split('-').map(Number);
    md = m! * 31 + d!;
  }
  const wd = v.weekday ?? null;
  if (lo === null && hi === null && md === null && wd === null) return null;
  return { lo, hi, md, wd, years: v.years?.length ? v.years : null };
}

/** The days a date point allows (null when it allows any). */
export function pointSet(p: DatePoint | null): DaySet | null {
  if (!p) return null;
  // an article's date point is compared with many events: its day set is derived once
  let s = pointSets.get(p);
  if (s === undefined) pointSets.set(p, (s = daySet(p.lo, p.hi, p.md, p.wd ?? null, p.years ?? null)));
  return s;
}
/** Day sets by date point (day sets are never mutated: narrowing makes new ones). */
const pointSets = new WeakMap<DatePoint, DaySet | null>();

function isNarrow(p: DatePoint): boolean {
  return p.lo !== null && p.hi !== null && p.hi - p.lo <= NARROW_DAYS;
}

/** Running summary of an event's member dates. */
export class DateSummary {
  lo: number | null = null; // span of the narrow (point-like) member dates
  hi: number | null = null;
  mds: number[] = []; // distinct month-day positions seen (small)
  wideLo: number | null = null; // hull of wide ranges, for lower bounds
  wideHi: number | null = null;
  sum = 0; // of point-like dates (midpoints), for the event's centre
  count = 0;
  /** Days all members' evidence allows (members that contradict the rest are left out). */
  set: DaySet | null = null;
  conflicts = 0; // members whose evidence contradicted the set
  ahead = 0; // point-like member dates that are previews' (see DatePoint.ahead)
  named = 0; // point-like member dates their texts name (see DatePoint.named)
  namedSum = 0; // of those (midpoints), for the centre of the days the texts name
  aheadHi: number | null = null; // the latest of them

  /** The event's centre in time: mean of its point-like member dates. */
  center(): number | null {
    return this.count ? this.sum / this.count : null;
  }

  private narrow(s: DaySet | null): void {
    if (!s) return;
    if (!this.set) this.set = s;
    else {
      const r = narrowSet(this.set, s, NARROW_TOL);
      if (r) this.set = r;
      else this.conflicts++;
    }
  }

  add(p: DatePoint | null): void {
    if (!p) return;
    this.narrow(pointSet(p));
    if (isNarrow(p)) {
      this.sum += (p.lo! + p.hi!) / 2;
      this.count++;
      if (p.named) {
        this.named++;
        this.namedSum += (p.lo! + p.hi!) / 2;
      }
      if (p.ahead) {
        this.ahead++;
        this.aheadHi = this.aheadHi === null ? p.hi : Math.max(this.aheadHi, p.hi!);
      }
      this.lo = this.lo === null ? p.lo : Math.min(this.lo, p.lo!);
      this.hi = this.hi === null ? p.hi : Math.max(this.hi, p.hi!);
    } else if (p.lo !== null && p.hi !== null) {
      // Intersect-free hull: only used as a lower bound, so the hull stays safe.
      this.wideLo = this.wideLo === null ? p.lo : Math.min(this.wideLo, p.lo);
      this.wideHi = this.wideHi === null ? p.hi : Math.max(this.wideHi, p.hi);
    }
    if (p.md !== null && !this.mds.includes(p.md) && this.mds.length < 8) this.mds.push(p.md);
  }

  merge(o: DateSummary): void {
    this.narrow(o.set);
    const set = this.set;
    const conflicts = this.conflicts + o.conflicts;
    if (o.lo !== null) {
      this.lo = this.lo === null ? o.lo : Math.min(this.lo, o.lo);
      this.hi = this.hi === null ? o.hi : Math.max(this.hi, o.hi!);
      this.sum += o.sum;
      this.count += o.count;
      this.named += o.named;
      this.namedSum += o.namedSum;
      this.ahead += o.ahead;
      if (o.aheadHi !== null) this.aheadHi = this.aheadHi === null ? o.aheadHi : Math.max(this.aheadHi, o.aheadHi);
    }
    if (o.wideLo !== null) this.addHull({ lo: o.wideLo, hi: o.wideHi, md: null });
    for (const md of o.mds) this.addHull({ lo: null, hi: null, md });
    this.set = set;
    this.conflicts = conflicts;
  }

  /** Adds to the hulls only (the day set is merged separately). */
  private addHull(p: DatePoint): void {
    const s = this.set;
    const c = this.conflicts;
    this.add(p);
    this.set = s;
    this.conflicts = c;
  }

  /** Only weekday evidence (no dates, ranges or month-days): an undated follow-up's "On Tuesday". */
  bareWeekday(): boolean {
    return this.count === 0 && this.wideLo === null && this.mds.length === 0 && !!this.set && this.set.wd !== null && this.set.lo === null && !this.set.days;
  }

  /** At least half the point-like member dates are days their texts name (see DatePoint.named):
   *  the event is then on the days its reports say, whatever day the others were written. */
  mostlyNamed(): boolean {
    return this.named > 0 && this.named * 2 >= this.count;
  }

  /** The centre of the days the members' texts name (see mostlyNamed). */
  namedCenter(): number | null {
    return this.named ? this.namedSum / this.named : null;
  }

  empty(): boolean {
    return this.lo === null && this.wideLo === null && this.mds.length === 0 && !this.set;
  }
}


export interface Gap {
  days: number;
  exact: boolean; // false: only a lower bound on the true gap
  /** Both sides' days are the days their texts name for their events (see NAMED_SIGMA). */
  named?: boolean;
  /** One side was written days before the day the other's texts name, and announced nothing: it
   *  cannot report that event (see WRITTEN_BEFORE_DAYS). */
  before?: boolean;
}

/**
 * An article written this many days or more before the day an event's texts name (and not a
 * preview of it) is no report of that event. One day is left for time zones around midnight.
 */
export const WRITTEN_BEFORE_DAYS = 2;

/** True when reports written up to `hi` (none a preview) precede the days `named`'s texts name. */
export function writtenBefore(hi: number | null, ahead: boolean, named: DateSummary): boolean {
  return hi !== null && !ahead && named.mostlyNamed() && hi <= named.namedCenter()! - WRITTEN_BEFORE_DAYS;
}

/** Gap between an article date and an event's dates, or null when nothing can be measured. */
export function dateGap(p: DatePoint | null, s: DateSummary): Gap | null {
  if (!p || s.empty()) return null;
  // Against the event's centre, not the hull of its dates: a long-running cluster must not
  // match everything inside its span (Miranda et al. compare with the cluster's mean time too).
  if (isNarrow(p) && s.count) {
    const c = s.center()!;
    if (!p.named && writtenBefore(p.hi, !!p.ahead, s)) return { days: Math.round(s.namedCenter()! - p.hi!), exact: true, before: true };
    const named = !!p.named && s.mostlyNamed();
    const centre = named ? s.namedCenter()! : c;
    const days = Math.round(Math.max(0, Math.abs((p.lo! + p.hi!) / 2 - centre) - (p.hi! - p.lo!) / 2));
    return { days, exact: true, ...(named ? { named: true } : {}) };
  }
  // Otherwise the closest days both sides' evidence allows (month-day, weekday, years, bounds).
  const ps = pointSet(p);
  if (!ps || !s.set) return null;
  const bare = p.lo === null && p.md === null && (p.wd ?? null) !== null;
  return setGap(ps, s.set, false, bare ? ps : s.bareWeekday() ? s.set : null);
}

/**
 * True when `a` is only previews (written before the day they announce) and `b` only reports of
 * an event on a day after the latest of them was written: the previews announced what `b`
 * reports, but are not reports of it ("results due on July 24" against the results).
 */
function previewsBefore(a: DateSummary, b: DateSummary): boolean {
  return a.ahead > 0 && a.ahead === a.count && b.count > 0 && b.ahead === 0 && b.center()! > a.aheadHi! + PREVIEW_DAYS;
}
/** A preview written this many days before the day reported is still the same news (the eve of it). */
const PREVIEW_DAYS = 1;

/** 0 when one side only announced in advance what the other reports (see previewsBefore), else 1. */
export function aheadFactor(a: DateSummary, b: DateSummary): number {
  if (!a.ahead && !b.ahead) return 1;
  return previewsBefore(a, b) || previewsBefore(b, a) ? 0 : 1;
}

/** Multiplier for a content score; 1 when the gap is unknown. */
export function timeFactor(gap: Gap | null): number {
  if (!gap) return 1;
  if (gap.before) return 0;
  if (gap.days > CONTRADICTION_DAYS) return 0;
  const sigma = gap.named ? NAMED_SIGMA : DAY_SIGMA;
  const g = Math.exp(-(gap.days * gap.days) / (2 * sigma * sigma));
  const m = 1 + TIME_BONUS * g - (gap.named ? NAMED_PENALTY : TIME_PENALTY) * (1 - g) - SEASON_PENALTY * (1 - Math.exp(-gap.days / SEASON_DAYS));
  // Fade to 0 at the contradiction limit instead of dropping there from ~0.43: event days
  // three weeks apart (a vote and the court ruling on it, with the same people and figures)
  // are nearly as much evidence of two events as five weeks apart, not as little as one week.
  const r = gap.days / CONTRADICTION_DAYS;
  const t = m * (1 - r * r);
  return gap.exact ? t : Math.min(1, t);
}
