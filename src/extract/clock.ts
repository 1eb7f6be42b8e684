// A time of day written beside a date ("16:40 GMT", "3:21 p.m. ET", "10:15 UTC+3") -> ISO 8601.
// Used for date lines and metadata strings whose date part is already parsed: the day is given.
import { daysInMonth, isoDate, parseIso, weekdayOf } from '../util/calendar.ts';

// Zone abbreviations in hours from UTC; ambiguous ones (IST, AST, CST-as-China) are left out
// except the US forms, which are by far the commonest on English-language news pages.
const FIXED: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, bst: 1, west: 1, cet: 1, cest: 2, eet: 2, eest: 3, msk: 3,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, akst: -9, akdt: -8, hst: -10,
  jst: 9, kst: 9, aest: 10, aedt: 11, sast: 2,
};
// "ET", "CT", ...: standard or daylight time depending on the date
const US_GENERIC: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Day of month of the n-th (n>0) or last (n=-1) `weekday` of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  if (n > 0) return 1 + ((weekday - weekdayOf(y, m, 1) + 7) % 7) + (n - 1) * 7;
  const last = daysInMonth(y, m);
  return last - ((weekdayOf(y, m, last) - weekday + 7) % 7);
}

/** US daylight saving on that local day (rules since 2007; 1987-2006 before). */
function usDaylight(y: number, m: number, d: number): boolean {
  const [sm, sd, em, ed] = y >= 2007 ? [3, nthWeekday(y, 3, 0, 2), 11, nthWeekday(y, 11, 0, 1)] : [4, nthWeekday(y, 4, 0, 1), 10, nthWeekday(y, 10, 0, -1)];
  const v = m * 100 + d;
  return v >= sm * 100 + sd && v < em * 100 + ed;
}

// "10h15" is how French, Portuguese and other pages write 10:15
const CLOCK = /(?<![\d:.])(\d{1,2})(?:([:.]|h(?=\d{2}))(\d{2})(?::(\d{2}))?)?(?!\d)\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)?/gi;
const ZONE = /^\s*,?\s*\(?\s*(?:(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|([a-z]{1,4}))\b\)?/i;

/**
 * The first clock time in `s` on the day `isoDay`: a UTC instant ("...Z") when a zone is named
 * that we can place, the wall-clock time without suffix otherwise, null when there is no time.
 * A clock time needs a colon ("09:45"), or a.m./p.m.; "9.45" counts only with a.m./p.m. or a zone.
 */
export function clockTimestamp(s: string, isoDay: string): string | null {
  const day = parseIso(isoDay);
  if (!day) return null;
  for (const m of s.matchAll(CLOCK)) {
    const [, hs, sep, ms, ss, ampm] = m;
    const after = s.slice(m.index! + m[0].length);
    const z = ZONE.exec(after);
    let offsetH: number | null = null;
    if (z?.[1]) offsetH = (z[1] === '-' ? -1 : 1) * (+z[2]! + +(z[3] ?? 0) / 60);
    else if (z?.[4]) offsetH = (z[4] === '-' ? -1 : 1) * (+z[5]! + +z[6]! / 60);
    else if (z?.[7]) {
      const k = z[7].toLowerCase();
      if (k in FIXED) offsetH = FIXED[k]!;
      else if (k in US_GENERIC) offsetH = US_GENERIC[k]! + (usDaylight(day.y, day.m, day.d) ? 1 : 0);
    }
    if (!ampm && sep !== ':' && sep?.toLowerCase() !== 'h' && !(sep === '.' && offsetH !== null)) continue;
    let h = +hs!;
    const mi = ms ? +ms : 0;
    const sec = ss ? +ss : 0;
    if (ampm) {
      if (h < 1 || h > 12) continue;
      h = (h % 12) + (/^p/i.test(ampm) ? 12 : 0);
    }
    if (h > 23 || mi > 59 || sec > 59) continue;
    const local = `${isoDate(day.y, day.m, day.d)}T${pad(h)}:${pad(mi)}:${pad(sec)}`;
    if (offsetH === null) return local;
    const t = Date.UTC(day.y, day.m - 1, day.d, h, mi, sec) - offsetH * 3_600_000;
    return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
}
