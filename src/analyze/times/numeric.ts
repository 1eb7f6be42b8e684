// All-number dates ("26/11/2019", "02/08/2025", "14.08.2025"). Whether the day or the month comes
// first is a convention of the writer, not of the date: an article that writes one unambiguous date
// ("26/11/2019") says its order for the others; else the outlet's country does (the United States
// writes the month first, nearly everyone else the day); with neither, "02/08/2025" only says 2025.
import { isValidDate } from '../../util/calendar.ts';

export interface NumericDate {
  start: number;
  end: number;
  text: string;
  year: number;
  /** Month and day when the order is known (or both readings agree), else only the year. */
  month?: number;
  day?: number;
}

// Slashes in either order; dots only day-first (a US writer does not use dots). Four-digit years only:
// "3/4" or "12/11/19" are too often scores, ratios or fractions.
const NUMERIC_DATE_RE = /(?<![\d/.,-])\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b(?![/.,-]?\d)/g;

// Countries (ISO 3166 alpha-2) whose press writes the month first.
const MONTH_FIRST_COUNTRIES = new Set(['US', 'PH', 'FM', 'MH', 'PW']);

/** Day-first order of the outlet's country: true (day first), false (month first), null (unknown). */
export function dayFirstOfCountry(country: string | null | undefined): boolean | null {
  if (!country) return null;
  return !MONTH_FIRST_COUNTRIES.has(country.toUpperCase());
}

/** Numeric dates of the text, read in the order the text itself shows, else `dayFirst` (the outlet's). */
export function findNumericDates(text: string, dayFirst: boolean | null = null): NumericDate[] {
  // asMD: the month-first reading, never for dots.
  const raw: Array<{ m: RegExpExecArray; a: number; b: number; y: number; dots: boolean; asDM: boolean; asMD: boolean }> = [];
  NUMERIC_DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_DATE_RE.exec(text)) && raw.length < 2000) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!, dots = m[2] === '.';
    raw.push({ m, a, b, y, dots, asDM: isValidDate(y, b, a), asMD: !dots && isValidDate(y, a, b) });
  }
  // The text's own evidence: a slashed date that only reads one way.
  let dayFirstVotes = 0, monthFirstVotes = 0;
  for (const { dots, asDM, asMD } of raw) {
    if (dots) continue;
    if (asDM && !asMD) dayFirstVotes++;
    if (asMD && !asDM) monthFirstVotes++;
  }
  const order = dayFirstVotes && !monthFirstVotes ? true : monthFirstVotes && !dayFirstVotes ? false : dayFirst;
  const out: NumericDate[] = [];
  for (const r of raw) {
    const { asDM, asMD } = r;
    if (!asDM && !asMD) continue;
    const base = { start: r.m.index, end: r.m.index + r.m[0].length, text: r.m[0], year: r.y };
    const dm = { ...base, month: r.b, day: r.a };
    const md = { ...base, month: r.a, day: r.b };
    if (asDM && (!asMD || r.a === r.b || order === true)) out.push(dm);
    else if (asMD && (!asDM || order === false)) out.push(md);
    else out.push(base);
  }
  return out;
}
