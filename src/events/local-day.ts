// The local day of an article whose publication instant is given in UTC. Feeds give instants in
// GMT ("Thu, 06 Mar 2025 02:30:00 GMT"); for a newsroom in the Americas that is still Wednesday
// evening, and "today", "tonight" or "yesterday" in its text mean Wednesday and Tuesday — one day
// earlier than the analysis resolved them against the GMT date; for a newsroom in Tokyo, 20:00
// GMT is already the next morning. The outlet's country (from the registry) gives the offsets
// its newsrooms publish in (data/country-utc-offsets.json): the local day is then one day, or
// one of two when the country's offsets straddle midnight. Without a country, an instant in the
// early hours after midnight UTC is one of two days (the Americas, to UTC-8, still have the day
// before). A dateline date naming one of the two days says which.
import { readFileSync } from 'node:fs';
import type { ArticleWithAnalysis, DatedValue, TimeValue } from '../types.ts';
import { addDays } from '../util/calendar.ts';
import { isReportTime } from './time-values.ts';

/** Hours after midnight UTC at which much of the world (the Americas, to UTC-8) still has the day before. */
export const EARLY_UTC_HOURS = 8;
/** Offsets assumed for an outlet of unknown country: the Americas to UTC-8, and GMT (see EARLY_UTC_HOURS). */
const UNKNOWN: [number, number] = [-EARLY_UTC_HOURS, 0];

/** Mentions the analysis resolves against the article date itself. */
const DEICTIC = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);

/** How an article's deictic days must be read: moved by a day (the local day is the day before or after the UTC one), or either of the two. */
export type LocalDay = { shift: -1 | 1 } | { widen: -1 | 1 } | null;

let offsets: Map<string, [number, number]> | null = null;

/** UTC offsets (hours, lowest and highest) of a country's newsrooms, or null when unknown. */
export function countryOffsets(country: string | null | undefined): [number, number] | null {
  if (!country) return null;
  offsets ??= new Map(Object.entries((JSON.parse(readFileSync(new URL('../../data/country-utc-offsets.json', import.meta.url), 'utf8')) as { offsets: Record<string, [number, number]> }).offsets));
  return offsets.get(country.trim().toUpperCase()) ?? null;
}

/** The publication instant (ms) when declared in UTC (or GMT) and not turned into a local day, else null. */
function utcInstant(item: ArticleWithAnalysis): number | null {
  const pub = item.article.published;
  const ts = pub?.timestamp;
  if (!pub || pub.precision !== 'day' || !ts || !ts.endsWith('Z') || pub.start !== ts.slice(0, 10)) return null;
  // an explicit non-zero offset was declared: the day is already local
  if (pub.evidence.some((e) => /[+-](?!00:?00)\d\d:?\d\d\s*$/.test(e.text ?? ''))) return null;
  const ms = Date.parse(ts);
  return Number.isFinite(ms) ? ms : null;
}

/** Days between the UTC day of instant `ms` and its day at `offset` hours (-1, 0 or 1). */
function dayShift(ms: number, offset: number): number {
  const utc = Math.floor(ms / 86_400_000);
  return Math.floor((ms + offset * 3_600_000) / 86_400_000) - utc;
}

export function localDay(item: ArticleWithAnalysis): LocalDay {
  const ms = utcInstant(item);
  if (ms === null) return null;
  const [lo, hi] = countryOffsets(item.article.outlet?.country) ?? UNKNOWN;
  const a = dayShift(ms, lo);
  const b = dayShift(ms, hi);
  if (a === 0 && b === 0) return null;
  if (a === b) return { shift: a < 0 ? -1 : 1 }; // every offset of the country has the other day
  const other = a < 0 ? -1 : 1;
  const day = item.article.published!.start!;
  const alt = addDays(day, other);
  if (!alt) return null;
  // a dateline date naming one of the two days is the newsroom's day
  for (const t of item.analysis.times ?? []) {
    if (t.sentence > 0) break;
    const v = t.resolved;
    // ("said today" is what is in question, not an answer)
    if (v?.precision !== 'day' || DEICTIC.has(t.symbolic?.relative ?? '') || !isReportTime(item.article, item.analysis, t)) continue;
    if (v.start === alt) return { shift: other };
    if (v.start === day) return null;
  }
  return { widen: other };
}

/** The value of a mention read in the article's local day (see localDay); other mentions unchanged. */
export function localValue(v: TimeValue, relative: string | undefined, local: LocalDay): TimeValue {
  if (!local || !relative || !DEICTIC.has(relative) || v.precision !== 'day' || !v.start || !v.end) return v;
  const by = 'shift' in local ? local.shift : local.widen;
  const moved = addDays(by < 0 ? v.start : v.end, by);
  if (!moved) return v;
  if ('shift' in local) return { start: moved, end: moved, precision: 'day', label: moved };
  const [start, end] = by < 0 ? [moved, v.end] : [v.start, moved];
  return { start, end, precision: 'range', label: `${start} – ${end}` };
}

/**
 * The article date `pub` as an upper bound on what the article reports, in its newsroom's day:
 * one day later when the local day is, or may be, the day after the UTC date (20:00 UTC in
 * Tokyo); as it is otherwise (a local day before the UTC date is still before it).
 */
export function localPublished(item: ArticleWithAnalysis, pub: DatedValue | null): DatedValue | null {
  if (!pub || pub.precision !== 'day' || !pub.start || !pub.end) return pub;
  const local = localDay(item);
  if (!local || ('shift' in local ? local.shift : local.widen) < 0) return pub;
  const next = addDays(pub.end, 1);
  if (!next) return pub;
  if ('shift' in local) return { ...pub, start: next, end: next, label: next };
  return { ...pub, end: next, precision: 'range', label: `${pub.start} – ${next}` };
}
