// Publication dates from metadata strings and from agency datelines. Never invents a year:
// "September 14" in a dateline is month-day precision with the year left open.
import type { TimeValue } from '../types.ts';
import { parseNumericDate, type DateOrder } from './numeric-date.ts';
import { dayValue, isValidDate, isValidMonthDay, monthDayValue, monthValue, yearValue } from '../util/calendar.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
export const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];

function day(y: number, m: number, d: number): TimeValue | null {
  return isValidDate(y, m, d) ? dayValue(y, m, d) : null;
}

/**
 * A metadata date string: ISO 8601 (date part as written, the publisher's local day), RFC 2822,
 * "14 September 2021", "September 14, 2021", "2021-09", "2021", a yearless "September 14", or an
 * all-numeric "03/04/2024" (in `order` when the page's locale gives one).
 */
export function parseDateString(raw: string, order: DateOrder | null = null): TimeValue | null {
  const s = raw.trim();
  if (/^\d{10}(\d{3})?$/.test(s)) {
    // Unix time in seconds or milliseconds (UTC)
    const d = new Date(s.length === 10 ? +s * 1000 : +s);
    return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? monthValue(+m[1]!, +m[2]!) : null;
  m = /^(\d{4})$/.exec(s);
  if (m) return +m[1]! >= 1 ? yearValue(+m[1]!) : null;
  m = new RegExp(`^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return day(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = new RegExp(`^(?:[A-Za-z]{3,9},?\\s+)?${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return day(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  m = new RegExp(`^${MONTH_RE}\\.?\\s+(\\d{4})$`, 'i').exec(s);
  if (m) return monthValue(+m[2]!, monthNumber(m[1]!)!);
  m = new RegExp(`^(?:${MONTH_RE}\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_RE}\\.?)$`, 'i').exec(s);
  if (m) {
    const mo = monthNumber(m[1] ?? m[4]!)!;
    const d = +(m[2] ?? m[3]!);
    return isValidMonthDay(mo, d) ? monthDayValue(mo, d) : null;
  }
  // "03/04/2024": read in the page's order when known, else the span between both readings
  return parseNumericDate(s, order)?.value ?? null;
}

export interface Dateline {
  /** Char range of the whole dateline in the text. */
  start: number;
  end: number;
  text: string;
  place: string | null;
  /** The agency named in the dateline ("TASS", "Reuters"), with its range. */
  agency: { name: string; start: number; end: number; form: string } | null;
  /** The date as written, if any, with its range. */
  date: { value: TimeValue; start: number; end: number; text: string } | null;
}

const MONTH_NC = MONTH_RE.replace('(', '(?:');
const PLACE = "(?<place>[A-Z][A-Z'’. -]{1,40}[A-Z](?:,\\s*[A-Z][A-Za-z'’. -]{1,30}[A-Za-z])?)";
// A numeric date ("12.03.2024", "3/12/24", "12-03-2024"): one separator throughout.
const NUMERIC = '\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})|\\d{1,2}\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}-\\d{4}';
const DATE_WORDS = `(?<date>${MONTH_NC}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_NC}\\.?(?:\\s+\\d{4})?|${NUMERIC})`;
const AGENCY = "(?:\\/\\s*(?<slash>[A-Za-z][\\w .&'’-]{1,40}?)\\s*\\/|\\(\\s*(?<paren>[A-Za-z][\\w .&/'’-]{1,40}?)\\s*\\))";
// PLACE, DATE. /AGENCY/.   PLACE, DATE (AGENCY) -   PLACE (AGENCY) -   (AGENCY) -
const WITH_AGENCY = new RegExp(`^(?:${PLACE}(?:\\s*,\\s*${DATE_WORDS})?\\s*[.,]?\\s*)?${AGENCY}\\s*(?:[-–—]{1,2}|[.:])\\s*`);
// PLACE, DATE -   (no agency)
const PLACE_DATE = new RegExp(`^${PLACE},\\s*${DATE_WORDS}\\s*[-–—:.]\\s+`);
// European and plain-text datelines: "Kessingen, 12.03.2024 —" (a place in title case, a comma and
// a full date), "KESSINGEN 3/12/24 -" (a capitalised place, then a numeric date). Weekdays and months
// are no places ("Monday, 12.03.2024 -" is a date line, not a dateline).
const TITLE_PLACE = "(?<place>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|" + MONTH_NC + "\\b)\\p{Lu}[\\p{Ll}'’.-]+(?:[ -]\\p{Lu}[\\p{Ll}'’.-]+){0,3})";
const TITLE_PLACE_DATE = new RegExp(`^${TITLE_PLACE},\\s*(?<date>${NUMERIC}|\\d{1,2}\\.?\\s+${MONTH_NC}\\.?\\s+\\d{4}|${MONTH_NC}\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*[-–—:]\\s+`, 'u');
const PLACE_NUMERIC = new RegExp(`^${PLACE}\\s+(?<date>${NUMERIC})\\s*[-–—:]\\s+`);

/** A dateline's date as written: a numeric one dotted is day first (nobody writes 03.12.2024 for
 *  March 12), a two-digit year is this century's; else parseDateString (an ambiguous d/m order is a span). */
function datelineDate(text: string): TimeValue | null {
  const n = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (!n) return parseDateString(text.replace(/(\d)(st|nd|rd|th)\b/, '$1'));
  const full = `${n[1]}${n[2]}${n[3]}${n[2]}${n[4]!.length === 2 ? '20' + n[4] : n[4]}`;
  return parseNumericDate(full, n[2] === '.' ? 'dmy' : null)?.value ?? null;
}

/** An agency-style dateline at the start of one of the first lines of the text. */
export function findDateline(text: string, maxLines = 4): Dateline | null {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const m = WITH_AGENCY.exec(line) ?? PLACE_DATE.exec(line) ?? TITLE_PLACE_DATE.exec(line) ?? PLACE_NUMERIC.exec(line);
      if (m) {
        const [whole] = m;
        const g = m.groups ?? {};
        const place = g.place ?? null;
        const dateText = g.date ?? null;
        const agencyName = (g.slash ?? g.paren ?? '').trim() || null;
        const d: Dateline = { start: offset, end: offset + whole.trimEnd().length, text: whole.trim(), place, agency: null, date: null };
        if (agencyName) {
          const i = line.indexOf(agencyName, (place?.length ?? 0) + (dateText?.length ?? 0));
          d.agency = { name: agencyName, start: offset + i, end: offset + i + agencyName.length, form: g.slash ? `/${agencyName}/` : `(${agencyName})` };
        }
        if (dateText) {
          const value = datelineDate(dateText);
          const i = line.indexOf(dateText);
          if (value) d.date = { value, start: offset + i, end: offset + i + dateText.length, text: dateText };
        }
        // an agency dateline must name an agency or a date, not just "WORD -"
        if (d.agency || d.date) return d;
      }
      if (++seen >= maxLines) return null;
    }
    offset += line.length + 1;
  }
  return null;
}

// Zone abbreviations RFC 2822 allows, in hours from UTC.
const ZONES: Record<string, number> = { z: 0, ut: 0, utc: 0, gmt: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The time of day a metadata date string carries, as ISO 8601: a UTC instant ("...Z") when the
 * zone is given, the wall-clock time without a zone suffix when it is not, null without a time.
 * Kept beside the day (never instead of it) so copies published the same day can be ordered.
 */
export function parseTimestamp(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{10}(\d{3})?$/.test(s)) return new Date(s.length === 10 ? +s * 1000 : +s).toISOString().replace('.000Z', 'Z');
  let y: number, mo: number, d: number, h: number, mi: number, sec: number, zone: string | undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m) [y, mo, d, h, mi, sec, zone] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7]];
  else {
    m = new RegExp(`^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+${MONTH_RE}\\.?,?\\s+(\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})?$`, 'i').exec(s);
    if (!m) return null;
    [y, mo, d, h, mi, sec, zone] = [+m[3]!, monthNumber(m[2]!)!, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7]];
  }
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || sec > 60) return null;
  const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(Math.min(sec, 59))}`;
  if (!zone) return local;
  let offsetMin: number;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (z) offsetMin = (z[1] === '-' ? -1 : 1) * (+z[2]! * 60 + +(z[3] ?? 0));
  else if (zone.toLowerCase() in ZONES) offsetMin = ZONES[zone.toLowerCase()]! * 60;
  else return local; // a zone name we cannot place: keep the wall-clock time only
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(sec, 59)) - offsetMin * 60_000;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}
