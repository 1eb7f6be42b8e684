// Resolves time expressions against the article date (when known) into TimeValues.
import type { DatedValue, Sentence, TimeExpression, TimeValue } from '../../types.ts';
import {
  addDays, addMonths, dayNumber, dayNumberToIso, daysInMonth, dayValue, fromDayNumber, intersect, isoDate, isoToDayNumber, isValidDate,
  isValidMonthDay, monthDayValue, monthValue, parseIso, rangeValue, weekdayOf, yearValue,
} from '../../util/calendar.ts';
import type { FoundTime } from './find.ts';
import { anchorOffsets } from './anchored.ts';

/** The reference the words are relative to: a known day, or just a known year/month. */
interface Ref {
  day: number | null; // day number
  year: number | null;
  month: number | null;
}

function refOf(pub: DatedValue | TimeValue | null): Ref {
  if (!pub) return { day: null, year: null, month: null };
  const s = parseIso(pub.start), e = parseIso(pub.end);
  if (pub.precision === 'day' && s) return { day: dayNumber(s.y, s.m, s.d), year: s.y, month: s.m };
  if (pub.precision === 'month' && s) return { day: null, year: s.y, month: s.m };
  if (s && e && s.y === e.y) return { day: null, year: s.y, month: s.m === e.m ? s.m : null };
  return { day: null, year: null, month: null };
}

function spanValue(year: number, span: string, month?: number): TimeValue | null {
  if (!isValidDate(year, 1, 1)) return null;
  const r = (m1: number, m2: number) => rangeValue(isoDate(year, m1, 1), isoDate(year, m2, daysInMonth(year, m2)));
  if (month) {
    if (span === 'early') return rangeValue(isoDate(year, month, 1), isoDate(year, month, 10));
    if (span === 'mid') return rangeValue(isoDate(year, month, 11), isoDate(year, month, 20));
    return rangeValue(isoDate(year, month, 21), isoDate(year, month, daysInMonth(year, month)));
  }
  switch (span) {
    case 'first-half': return r(1, 6);
    case 'second-half': return r(7, 12);
    case 'q1': return r(1, 3);
    case 'q2': return r(4, 6);
    case 'q3': return r(7, 9);
    case 'q4': return r(10, 12);
    case 'early': return r(1, 4);
    case 'mid': return r(5, 8);
    case 'late': return r(9, 12);
    // a fiscal year named by the year it ends in: it may start in the year before
    case 'fiscal': return isValidDate(year - 1, 1, 1) ? rangeValue(isoDate(year - 1, 1, 1), isoDate(year, 12, 31)) : null;
    case 'decade': return isValidDate(year + 9, 12, 31) ? rangeValue(isoDate(year, 1, 1), isoDate(year + 9, 12, 31)) : null;
  }
  return null;
}

const iso = dayNumberToIso;
/** Weekday of a day number, 0 = Sunday (1970-01-01, day 0, was a Thursday). */
const weekdayOfDay = (n: number) => (((n + 4) % 7) + 7) % 7;

/** What the words give without a reference date (absolute expressions), else null. */
export function absoluteValue(t: FoundTime): TimeValue | null {
  const s = t.symbolic ?? {};
  if (t.invalid) return null;
  try {
    switch (t.kind) {
      case 'date': return dayRunValue(t, dayValue(s.year!, s.month!, s.day!));
      case 'month-year': return monthValue(s.year!, s.month!);
      case 'year': return yearValue(s.year!);
      case 'span': case 'decade': return spanValue(s.year!, s.span!, s.month);
      case 'month-day': return isValidMonthDay(s.month!, s.day!) ? monthDayValue(s.month!, s.day!) : null;
    }
  } catch {
    return null;
  }
  return null;
}

// How far past the turn of the year a present-tense schedule may look ahead (about four months: a
// caption present of a day earlier this year is further away than that in the next year).
const AHEAD_ACROSS_YEAR_DAYS = 120;

/** Resolves one expression against a reference date; null when the words need one that is missing. */
export function resolveOne(t: FoundTime, pub: DatedValue | TimeValue | null): TimeValue | null {
  return dayRunValue(t, resolveStart(t, pub));
}

/** "from 3 to 5 March": the resolved first day widened to the run of days the words name. */
function dayRunValue(t: FoundTime, v: TimeValue | null): TimeValue | null {
  const days = t.symbolic?.duration?.days;
  if (!v || !days || (t.kind !== 'date' && t.kind !== 'month-day') || v.precision !== 'day' || !v.start) return v;
  return rangeValue(v.start, addDays(v.start, days));
}

function resolveStart(t: FoundTime, pub: DatedValue | TimeValue | null): TimeValue | null {
  const abs = absoluteValue(t);
  const s = t.symbolic ?? {};
  const ref = refOf(pub);
  const future = t.tense === 'future';
  try {
    if (t.kind === 'month-day' && abs) {
      if (ref.day !== null) {
        const y0 = fromDayNumber(ref.day).y;
        // A present-tense month-day that has passed this year but comes a few weeks after the turn of
        // the year is ahead in the next year ("polls on January 10" in a November article).
        if (t.ahead && !future && isValidDate(y0 + 1, s.month!, s.day!)) {
          const next = dayNumber(y0 + 1, s.month!, s.day!);
          const thisYear = isValidDate(y0, s.month!, s.day!) ? dayNumber(y0, s.month!, s.day!) : -Infinity;
          if (thisYear < ref.day - 7 && next - ref.day <= AHEAD_ACROSS_YEAR_DAYS) return dayValue(y0 + 1, s.month!, s.day!);
        }
        // Past-tense mentions of a date well after the article date belong to the year before (and vice versa).
        for (const y of future ? [y0, y0 + 1] : [y0, y0 - 1]) {
          if (!isValidDate(y, s.month!, s.day!)) continue;
          const n = dayNumber(y, s.month!, s.day!);
          // a present-tense month-day later in the year than the article is ahead in the same year
          if (future ? n >= ref.day - 7 : n <= ref.day + 7 || (t.ahead && y === y0)) return dayValue(y, s.month!, s.day!);
        }
        return abs;
      }
      if (ref.year !== null && isValidDate(ref.year, s.month!, s.day!)) return dayValue(ref.year, s.month!, s.day!);
      // The article date is a month-day with candidate years: the same candidates (a year earlier
      // for a past date later in the year than the article).
      if (pub && pub.years && pub.years.length && pub.month) {
        const later = s.month! * 100 + s.day! > pub.month * 100 + (pub.day ?? 31) + 7;
        const shift = later && !future && !t.ahead ? -1 : 0;
        const v = monthDayValue(s.month!, s.day!, { years: pub.years.map((y) => y + shift) });
        if (v.precision !== 'month-day' || (v.years && v.years.length)) return v;
      }
      return pub && pub.start && pub.end ? (intersect(abs, pub) ?? abs) : abs;
    }
    if (abs) return abs;
    if (t.kind === 'month') {
      if (ref.year === null) return null;
      let y = ref.year;
      // "Schools stay shut until March" (present, no past marker) in a January article: this March.
      if (ref.month !== null && !future && !t.ahead && s.month! > ref.month) y -= 1;
      if (ref.month !== null && future && s.month! < ref.month) y += 1;
      // "by the end of March": the part of the month the words name.
      return s.span ? (spanValue(y, s.span, s.month) ?? monthValue(y, s.month!)) : monthValue(y, s.month!);
    }
    if (t.kind === 'weekday') {
      if (ref.day === null) return null;
      const wd = s.weekday!;
      const refWd = weekdayOfDay(ref.day);
      const rel = s.relative;
      let n: number;
      if (rel === 'next-weekday' || (future && rel !== 'last-weekday')) n = ref.day + (((wd - refWd + 7) % 7) || 7);
      else if (rel === 'last-weekday') n = ref.day - (((refWd - wd + 7) % 7) || 7);
      else n = ref.day - ((refWd - wd + 7) % 7);
      return dayValue(fromDayNumber(n).y, fromDayNumber(n).m, fromDayNumber(n).d);
    }
    if (t.kind === 'relative' && s.relative === 'the-weekend') {
      if (ref.day === null) return null;
      // Saturday..Sunday: the last one begun by the article date, or the next one when the words look ahead.
      const wd = weekdayOfDay(ref.day);
      const sat = future ? ref.day + ((6 - wd + 7) % 7) : ref.day - ((wd + 1) % 7);
      return rangeValue(iso(sat), iso(sat + 1));
    }
    if (t.kind === 'relative' && s.span && s.relative && /^(?:this|last|next)-(?:year|month)$/.test(s.relative)) {
      const whole = relativeValue({ relative: s.relative }, ref, 'relative');
      return whole ? partOf(whole, s.span, ref) : null;
    }
    if (t.kind === 'relative' || t.kind === 'duration' || t.kind === 'offset') return relativeValue(s, ref, t.kind);
  } catch {
    return null;
  }
  return null;
}

/** "late last year", "earlier this month": the part of a resolved year or month the words name. */
function partOf(whole: TimeValue, span: string, ref: Ref): TimeValue {
  const a = whole.start ? parseIso(whole.start) : null;
  if (!a || !whole.start || !whole.end) return whole;
  const month = whole.precision === 'month' ? a.m : undefined;
  if (span === 'early' || span === 'mid' || span === 'late') return spanValue(a.y, span, month) ?? whole;
  // "earlier this month" ends at the article date, "later this year" starts there (when it falls inside).
  if (ref.day !== null) {
    const d = iso(ref.day);
    if (d >= whole.start && d <= whole.end) {
      if (span === 'earlier') return rangeValue(whole.start, d);
      if (span === 'later') return rangeValue(d, whole.end);
    }
  }
  return whole;
}

function relativeValue(s: NonNullable<TimeExpression['symbolic']>, ref: Ref, kind: string): TimeValue | null {
  if (kind !== 'relative') return null; // durations and "a month after" need an anchor event, not the article date
  const rel = s.relative ?? '';
  const d = ref.day;
  if (d !== null) {
    const mk = (n: number) => {
      const p = fromDayNumber(n);
      return dayValue(p.y, p.m, p.d);
    };
    const monday = d - ((((d + 4) % 7) + 6) % 7);
    switch (rel) {
      case 'today': case 'tonight': return mk(d);
      case 'yesterday': return mk(d - 1);
      case 'tomorrow': return mk(d + 1);
      case 'this-week': return rangeValue(iso(monday), iso(monday + 6));
      case 'last-week': return rangeValue(iso(monday - 7), iso(monday - 1));
      case 'next-week': return rangeValue(iso(monday + 7), iso(monday + 13));
      case 'this-weekend': return rangeValue(iso(monday + 5), iso(monday + 6));
      case 'last-weekend': return rangeValue(iso(monday - 2), iso(monday - 1));
      case 'recent-days': return rangeValue(iso(d - 7), iso(d));
      case 'recent-weeks': return rangeValue(iso(d - 35), iso(d));
      case 'recent-months': return rangeValue(addMonths(iso(d), -6), iso(d));
      case 'recent-24-hours': return rangeValue(iso(d - 1), iso(d));
      case 'recent-48-hours': return rangeValue(iso(d - 2), iso(d));
    }
    const ago = /^(\d+)-(year|month|week|day|decade)-ago$/.exec(rel);
    if (ago) {
      const n = +ago[1];
      const base = iso(d);
      if (ago[2] === 'day') return mk(d - n);
      if (ago[2] === 'week') return rangeValue(iso(d - 7 * n - 3), iso(d - 7 * n + 3));
      if (ago[2] === 'month') {
        const x = parseIso(addMonths(base, -n))!;
        return monthValue(x.y, x.m);
      }
      const years = ago[2] === 'decade' ? 10 * n : n;
      return yearValue(fromDayNumber(d).y - years);
    }
  }
  if (ref.year !== null) {
    const y = ref.year;
    switch (rel) {
      case 'this-year': return yearValue(y);
      case 'last-year': return yearValue(y - 1);
      case 'next-year': return yearValue(y + 1);
    }
    if (ref.month !== null) {
      const m = ref.month;
      switch (rel) {
        case 'this-month': return monthValue(y, m);
        case 'last-month': return m === 1 ? monthValue(y - 1, 12) : monthValue(y, m - 1);
        case 'next-month': return m === 12 ? monthValue(y + 1, 1) : monthValue(y, m + 1);
      }
    }
  }
  return null;
}

/** Resolves all found expressions and returns the stored form (rule-internal fields dropped). */
export function resolveTimes(found: FoundTime[], published: DatedValue | null, text: string, _sentences: Sentence[]): TimeExpression[] {
  const resolved = found.map((t) => resolveOne(t, published));
  anchorOffsets(found, resolved, text);
  return found.map((t, i) => {
    const out: TimeExpression = { start: t.start, end: t.end, text: t.text, sentence: t.sentence, resolved: resolved[i] ?? null };
    if (t.symbolic && Object.keys(t.symbolic).length) out.symbolic = t.symbolic;
    return out;
  });
}

export { addDays, isoToDayNumber, weekdayOf };
