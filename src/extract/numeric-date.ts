// All-numeric dates ("03/04/2024", "15.09.2023 14:20"). Day-first is the norm almost everywhere,
// month-first in the US: when both readings are valid and nothing says which order the page uses,
// the date is kept as the honest span between the two readings, never as a confident wrong day.
import type { TimeValue } from '../types.ts';
import { dayValue, isoDate, isValidDate, rangeValue } from '../util/calendar.ts';

export type DateOrder = 'dmy' | 'mdy';

// A numeric date, optionally followed by a clock time ("14:20", "14h20", "2:05 pm").
export const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:(?:,?\s+|T)(?:at\s+)?\d{1,2}[:.h]\d{2}\S*(?:\s*[ap]\.?m\.?)?(?:\s+[A-Za-z]{1,5})?)?$/i;

// Languages whose numeric dates are year-first: a d/m or m/d date there says nothing about the order.
const YEAR_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn', 'fa']);
// English-speaking regions that write month first ("en-US"); "en-CA" uses both.
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'um', 'vi']);

/**
 * The numeric date order a locale uses: "en-US" month first, "en-GB" and other languages day
 * first; null for bare "en" (both orders are common on English-language pages) and year-first languages.
 */
export function dateOrderFor(locale: string | null | undefined): DateOrder | null {
  const parts = (locale ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  const lang = parts[0]!;
  const region = parts.slice(1).find((p) => /^[a-z]{2}$/.test(p));
  if (!/^[a-z]{2,3}$/.test(lang) || YEAR_FIRST.has(lang)) return null;
  if (lang === 'en') return !region || region === 'ca' ? null : MONTH_FIRST_REGIONS.has(region) ? 'mdy' : 'dmy';
  return 'dmy';
}

export interface NumericDate {
  value: TimeValue;
  /** Both readings when the order decided nothing and both are real dates (value is then their span). */
  readings: { dmy: TimeValue; mdy: TimeValue } | null;
}

/** "03/04/2024" read in `order`; when the order is unknown and both readings are valid, their span. */
export function parseNumericDate(s: string, order: DateOrder | null = null): NumericDate | null {
  const m = NUMERIC_DATE.exec(s.trim());
  if (!m) return null;
  const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
  const dmy = isValidDate(y, b, a) ? dayValue(y, b, a) : null;
  const mdy = isValidDate(y, a, b) ? dayValue(y, a, b) : null;
  if (!dmy || !mdy || a === b) {
    const v = dmy ?? mdy;
    return v ? { value: v, readings: null } : null;
  }
  if (order) return { value: order === 'dmy' ? dmy : mdy, readings: null };
  const [lo, hi] = dmy.start! < mdy.start! ? [dmy, mdy] : [mdy, dmy];
  const value = rangeValue(lo.start, hi.start, `${isoDate(y, b, a)} or ${isoDate(y, a, b)} (day/month order not known)`);
  return { value, readings: { dmy, mdy } };
}
