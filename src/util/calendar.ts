// Pure proleptic-Gregorian calendar math over TimeValue (no Date objects: years 1..9999,
// no time zones). Used by analysis (time expressions, article dating) and event dating.
import type { TimeValue } from '../types.ts';

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True for a real calendar date in years 1..9999 (31 February is not one). */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** True when month-day exists in at least one year (29 February yes, 31 April no). */
export function isValidMonthDay(m: number, d: number): boolean {
  return Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 ? 29 : daysInMonth(2001, m));
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Parses "YYYY-MM-DD" (extra time part ignored); null when not a valid date. */
export function parseIso(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** Days since 1970-01-01 (Hinnant's days_from_civil), exact for any year. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z: number): YMD {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isoToDayNumber(iso: string): number | null {
  const p = parseIso(iso);
  return p ? dayNumber(p.y, p.m, p.d) : null;
}

export function dayNumberToIso(n: number): string {
  const p = fromDayNumber(n);
  return isoDate(p.y, p.m, p.d);
}

/** 0=Sunday..6=Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekdayOfIso(iso: string): number | null {
  const p = parseIso(iso);
  return p ? weekdayOf(p.y, p.m, p.d) : null;
}

/** b - a in days (negative when b is earlier); null when either is not a valid ISO date. */
export function daysBetween(a: string, b: string): number | null {
  const x = isoToDayNumber(a), y = isoToDayNumber(b);
  return x === null || y === null ? null : y - x;
}

export function addDays(iso: string, n: number): string | null {
  const x = isoToDayNumber(iso);
  if (x === null) return null;
  const r = fromDayNumber(x + n);
  return isValidDate(r.y, r.m, r.d) ? isoDate(r.y, r.m, r.d) : null;
}

/** Adds calendar months, clamping the day to the target month's length. */
export function addMonths(iso: string, n: number): string | null {
  const p = parseIso(iso);
  if (!p) return null;
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return isoDate(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Years in [fromYear, toYear] where month-day exists and (if given) falls on weekday. */
export function yearsWhere(month: number, day: number, weekday: number | null | undefined, fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  const lo = Math.max(MIN_YEAR, fromYear), hi = Math.min(MAX_YEAR, toYear);
  for (let y = lo; y <= hi; y++) {
    if (!isValidDate(y, month, day)) continue;
    if (weekday != null && weekdayOf(y, month, day) !== weekday) continue;
    out.push(y);
  }
  return out;
}

// ------------------------------------------------------------------ constructors

export function dayLabel(y: number, m: number, d: number): string {
  return isoDate(y, m, d);
}

export function dayValue(y: number, m: number, d: number): TimeValue {
  if (!isValidDate(y, m, d)) throw new RangeError(`invalid date ${y}-${m}-${d}`);
  const iso = isoDate(y, m, d);
  return { start: iso, end: iso, precision: 'day', label: iso };
}

export function monthValue(y: number, m: number): TimeValue {
  if (!isValidDate(y, m, 1)) throw new RangeError(`invalid month ${y}-${m}`);
  return {
    start: isoDate(y, m, 1),
    end: isoDate(y, m, daysInMonth(y, m)),
    precision: 'month',
    label: `${MONTH_NAMES[m - 1]} ${y}`,
  };
}

export function yearValue(y: number): TimeValue {
  if (!isValidDate(y, 1, 1)) throw new RangeError(`invalid year ${y}`);
  return { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), precision: 'year', label: String(y) };
}

function listYears(ys: number[]): string {
  if (ys.length <= 1) return ys.join('');
  if (ys.length > 6) return `${ys.slice(0, 3).join(', ')}, … ${ys[ys.length - 1]} (${ys.length} candidate years)`;
  return `${ys.slice(0, -1).join(', ')} or ${ys[ys.length - 1]}`;
}

/**
 * A month-day whose year is not stated. With `years`, only those years remain possible
 * (start/end then bound the first and last candidate date); a single candidate year gives a day.
 */
export function monthDayValue(month: number, day: number, opts: { weekday?: number; years?: number[] } = {}): TimeValue {
  if (!isValidMonthDay(month, day)) throw new RangeError(`invalid month-day ${month}-${day}`);
  const wd = opts.weekday;
  let years = opts.years ? [...new Set(opts.years)].sort((a, b) => a - b).filter((y) => isValidDate(y, month, day) && (wd == null || weekdayOf(y, month, day) === wd)) : undefined;
  if (years && years.length === 1) {
    const v = dayValue(years[0], month, day);
    if (wd != null) v.weekday = wd;
    return v;
  }
  const base = `${wd != null ? WEEKDAY_NAMES[wd] + ' ' : ''}${day} ${MONTH_NAMES[month - 1]}`;
  const v: TimeValue = {
    start: years && years.length ? isoDate(years[0], month, day) : null,
    end: years && years.length ? isoDate(years[years.length - 1], month, day) : null,
    precision: 'month-day',
    month,
    day,
    label: years && years.length ? `${base} (year ${listYears(years)})` : `${base} (year not stated)`,
  };
  if (wd != null) v.weekday = wd;
  if (years) v.years = years;
  return v;
}

function shortRangeLabel(a: string | null, b: string | null): string {
  if (a && b) return a === b ? a : `${a} – ${b}`;
  if (a) return `on or after ${a}`;
  if (b) return `on or before ${b}`;
  return 'date unknown';
}

/**
 * A span [start, end] (inclusive ISO dates, null = open). Spans that are exactly one day,
 * one calendar month or one calendar year get that precision instead.
 */
export function rangeValue(start: string | null, end: string | null, label?: string): TimeValue {
  const a = start ? parseIso(start) : null, b = end ? parseIso(end) : null;
  if (start && !a) throw new RangeError(`invalid start ${start}`);
  if (end && !b) throw new RangeError(`invalid end ${end}`);
  if (a && b) {
    if (dayNumber(a.y, a.m, a.d) > dayNumber(b.y, b.m, b.d)) throw new RangeError(`empty range ${start}..${end}`);
    if (a.y === b.y && a.m === b.m && a.d === b.d) return dayValue(a.y, a.m, a.d);
    if (a.y === b.y && a.m === b.m && a.d === 1 && b.d === daysInMonth(b.y, b.m)) return monthValue(a.y, a.m);
    if (a.y === b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return yearValue(a.y);
  }
  if (!a && !b) return unknownValue();
  return { start: a ? isoDate(a.y, a.m, a.d) : null, end: b ? isoDate(b.y, b.m, b.d) : null, precision: 'range', label: label ?? shortRangeLabel(start, end) };
}

export function unknownValue(label = 'date unknown'): TimeValue {
  return { start: null, end: null, precision: 'unknown', label };
}

/** Only the weekday is known ("on Tuesday" with no reference date). */
export function weekdayValue(weekday: number): TimeValue {
  return { start: null, end: null, precision: 'unknown', weekday, label: `a ${WEEKDAY_NAMES[weekday]} (date not stated)` };
}

/** Only the month is known ("in September" with no year). */
export function monthOnlyValue(month: number): TimeValue {
  return { start: null, end: null, precision: 'unknown', month, label: `${MONTH_NAMES[month - 1]} (year not stated)` };
}

// ------------------------------------------------------------------ intersection

/** A TimeValue seen as constraints on a date: bounds, month, day, weekday, candidate years. */
interface Constraint {
  lo: number | null; // day numbers, inclusive
  hi: number | null;
  month?: number;
  day?: number;
  weekday?: number;
  years?: number[];
}

function toConstraint(v: TimeValue): Constraint {
  const c: Constraint = { lo: v.start ? isoToDayNumber(v.start) : null, hi: v.end ? isoToDayNumber(v.end) : null };
  if (v.month != null) c.month = v.month;
  if (v.day != null) c.day = v.day;
  if (v.weekday != null) c.weekday = v.weekday;
  if (v.years) c.years = [...v.years];
  return c;
}

function matches(c: Constraint, p: YMD, n: number): boolean {
  if (c.month != null && p.m !== c.month) return false;
  if (c.day != null && p.d !== c.day) return false;
  if (c.weekday != null && (((n + 4) % 7) + 7) % 7 !== c.weekday) return false;
  if (c.years && !c.years.includes(p.y)) return false;
  return true;
}

const ENUMERATE_LIMIT = 800; // days; beyond this we reason per year instead of per day

/** Builds the most precise honest TimeValue for the set of days in [lo,hi] that satisfy c. */
function fromDays(days: number[], c: Constraint): TimeValue | null {
  if (!days.length) return null;
  const first = days[0], last = days[days.length - 1];
  if (first === last) {
    const p = fromDayNumber(first);
    const v = dayValue(p.y, p.m, p.d);
    if (c.weekday != null) v.weekday = c.weekday;
    return v;
  }
  const contiguous = last - first + 1 === days.length;
  if (contiguous) return rangeValue(dayNumberToIso(first), dayNumberToIso(last));
  // Several scattered days (e.g. the Tuesdays of a month): a range that keeps what is known.
  const v: TimeValue = rangeValue(dayNumberToIso(first), dayNumberToIso(last));
  if (v.precision !== 'range') {
    v.precision = 'range';
  }
  if (c.month != null) v.month = c.month;
  if (c.day != null) v.day = c.day;
  if (c.weekday != null) v.weekday = c.weekday;
  const wd = c.weekday != null ? `${WEEKDAY_NAMES[c.weekday]}s ` : '';
  v.label = `${wd}${shortRangeLabel(v.start, v.end)}`.trim();
  return v;
}

/**
 * Combines two TimeValues as constraints on one date (both must hold). Returns null when
 * they contradict. Precision comes only from the inputs: e.g. month-day 20 Oct + weekday
 * Tuesday + year range 2015 -> day 2015-10-20; month-day + open years -> month-day with
 * the candidate `years`.
 */
export function intersect(a: TimeValue, b: TimeValue): TimeValue | null {
  const x = toConstraint(a), y = toConstraint(b);
  const c: Constraint = {
    lo: x.lo === null ? y.lo : y.lo === null ? x.lo : Math.max(x.lo, y.lo),
    hi: x.hi === null ? y.hi : y.hi === null ? x.hi : Math.min(x.hi, y.hi),
  };
  for (const k of ['month', 'day', 'weekday'] as const) {
    const u = x[k], w = y[k];
    if (u != null && w != null && u !== w) return null;
    const val = u ?? w;
    if (val != null) c[k] = val;
  }
  if (x.years && y.years) c.years = x.years.filter((v) => y.years!.includes(v));
  else if (x.years || y.years) c.years = x.years ?? y.years;
  if (c.years && !c.years.length) return null;
  return solve(c);
}

/** Intersects many values; null if any pair contradicts. Empty input gives unknown. */
export function intersectAll(values: TimeValue[]): TimeValue | null {
  let acc: TimeValue = unknownValue();
  for (const v of values) {
    const r = intersect(acc, v);
    if (!r) return null;
    acc = r;
  }
  return acc;
}

function solve(c: Constraint): TimeValue | null {
  if (c.lo !== null && c.hi !== null && c.lo > c.hi) return null;
  // Bounded and short: enumerate the days that satisfy every constraint.
  if (c.lo !== null && c.hi !== null && c.hi - c.lo <= ENUMERATE_LIMIT) {
    const days: number[] = [];
    for (let n = c.lo; n <= c.hi; n++) if (matches(c, fromDayNumber(n), n)) days.push(n);
    return fromDays(days, c);
  }
  const loY = c.lo !== null ? fromDayNumber(c.lo).y : null;
  const hiY = c.hi !== null ? fromDayNumber(c.hi).y : null;
  // Month and day known, year open or wide: reason over candidate years.
  if (c.month != null && c.day != null) {
    if (!isValidMonthDay(c.month, c.day)) return null;
    let years: number[] | undefined;
    if (c.years) years = c.years.filter((yy) => (loY === null || yy >= loY) && (hiY === null || yy <= hiY));
    else if (loY !== null && hiY !== null) years = yearsWhere(c.month, c.day, c.weekday, loY, hiY);
    if (years) {
      years = years.filter((yy) => {
        if (!isValidDate(yy, c.month!, c.day!)) return false;
        const n = dayNumber(yy, c.month!, c.day!);
        return (c.lo === null || n >= c.lo) && (c.hi === null || n <= c.hi) && (c.weekday == null || weekdayOf(yy, c.month!, c.day!) === c.weekday);
      });
      if (!years.length) return null;
      return monthDayValue(c.month, c.day, { weekday: c.weekday, years });
    }
    // One side open and no candidate list: keep month-day, bounds as given.
    const v = monthDayValue(c.month, c.day, { weekday: c.weekday });
    v.start = c.lo !== null ? dayNumberToIso(c.lo) : null;
    v.end = c.hi !== null ? dayNumberToIso(c.hi) : null;
    if (v.start || v.end) v.label = `${v.label.replace(/ \(year not stated\)$/, '')} (${shortRangeLabel(v.start, v.end)})`;
    return v;
  }
  // Candidate years only (plus maybe a month): a range over them.
  if (c.years && c.years.length) {
    const ys = c.years.filter((yy) => (loY === null || yy >= loY) && (hiY === null || yy <= hiY)).sort((p, q) => p - q);
    if (!ys.length) return null;
    if (ys.length === 1 && c.month == null && c.day == null && c.weekday == null) return boundTo(yearValue(ys[0]), c);
    if (ys.length === 1 && c.month != null && c.day == null) return boundTo(monthValue(ys[0], c.month), c);
    const lo = Math.max(c.lo ?? -Infinity, dayNumber(ys[0], c.month ?? 1, 1));
    const hi = Math.min(c.hi ?? Infinity, dayNumber(ys[ys.length - 1], c.month ?? 12, c.month ? daysInMonth(ys[ys.length - 1], c.month) : 31));
    if (hi - lo <= ENUMERATE_LIMIT) return solve({ ...c, lo, hi });
    const v = rangeValue(dayNumberToIso(lo), dayNumberToIso(hi));
    return keepFields(v, c, ys);
  }
  // Wide or open bounds with a month or weekday: keep them as fields over the bounds.
  const v = c.lo === null && c.hi === null ? unknownValue() : rangeValue(c.lo !== null ? dayNumberToIso(c.lo) : null, c.hi !== null ? dayNumberToIso(c.hi) : null);
  return keepFields(v, c);
}

function boundTo(v: TimeValue, c: Constraint): TimeValue | null {
  const lo = Math.max(c.lo ?? -Infinity, isoToDayNumber(v.start!)!);
  const hi = Math.min(c.hi ?? Infinity, isoToDayNumber(v.end!)!);
  if (lo > hi) return null;
  if (hi - lo <= ENUMERATE_LIMIT) return solve({ ...c, lo, hi, years: undefined });
  return v;
}

function keepFields(v: TimeValue, c: Constraint, years?: number[]): TimeValue {
  const out: TimeValue = { ...v };
  const extras: string[] = [];
  if (c.weekday != null) {
    out.weekday = c.weekday;
    extras.push(`a ${WEEKDAY_NAMES[c.weekday]}`);
  }
  if (c.month != null) {
    out.month = c.month;
    extras.push(`in ${MONTH_NAMES[c.month - 1]}`);
  }
  if (c.day != null) out.day = c.day;
  const contiguous = years && years.length > 1 && years[years.length - 1] - years[0] === years.length - 1 && (!v.start || +v.start.slice(0, 4) >= years[0]) && (!v.end || +v.end.slice(0, 4) <= years[years.length - 1]);
  if (years && years.length > 1 && !contiguous) {
    out.years = years;
    extras.push(`year ${listYears(years)}`);
  }
  if (extras.length) {
    if (out.precision !== 'unknown') out.precision = 'range';
    out.label = `${extras.join(', ')}${v.start || v.end ? ` (${shortRangeLabel(v.start, v.end)})` : ''}`;
  }
  return out;
}

/** True when the value pins one calendar day. */
export function isExactDay(v: TimeValue): boolean {
  return v.precision === 'day' && !!v.start && v.start === v.end;
}
