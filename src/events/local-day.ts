// The local day of an article published shortly after midnight UTC. Feeds give instants in GMT
// ("Thu, 06 Mar 2025 02:30:00 GMT"); for a newsroom in the Americas that is still Wednesday
// evening, and "today", "tonight" or "yesterday" in its text mean Wednesday and Tuesday — one day
// earlier than the analysis resolved them against the GMT date. Without the zone, such a day is
// one of two; a dateline date one day before the GMT date ("PORT ALDEN, March 5 —") says which.
import type { ArticleWithAnalysis, TimeValue } from '../types.ts';
import { addDays } from '../util/calendar.ts';
import { isReportTime } from './time-values.ts';

/** Hours after midnight UTC at which much of the world (the Americas, to UTC-8) still has the day before. */
export const EARLY_UTC_HOURS = 8;

/** Mentions the analysis resolves against the article date itself. */
const DEICTIC = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);

/** How an article's deictic days must be read: shifted by a day (the dateline says so), or either of two days. */
export type LocalDay = { shift: -1 } | { widen: -1 } | null;

/** A publication instant declared in UTC (or GMT) in the early hours, and not turned into a local day. */
function earlyUtc(item: ArticleWithAnalysis): boolean {
  const pub = item.article.published;
  const ts = pub?.timestamp;
  if (!pub || pub.precision !== 'day' || !ts || !ts.endsWith('Z') || pub.start !== ts.slice(0, 10)) return false;
  // an explicit non-zero offset was declared: the day is already local
  if (pub.evidence.some((e) => /[+-](?!00:?00)\d\d:?\d\d\s*$/.test(e.text ?? ''))) return false;
  const hour = Number(ts.slice(11, 13));
  return hour < EARLY_UTC_HOURS;
}

export function localDay(item: ArticleWithAnalysis): LocalDay {
  if (!earlyUtc(item)) return null;
  const before = addDays(item.article.published!.start!, -1);
  if (!before) return null;
  // a dateline date one day before the GMT date is the newsroom's day
  for (const t of item.analysis.times ?? []) {
    if (t.sentence > 0) break;
    const v = t.resolved;
    if (v?.precision === 'day' && v.start === before && isReportTime(item.article, item.analysis, t)) return { shift: -1 };
  }
  return { widen: -1 };
}

/** The value of a mention read in the article's local day (see localDay); other mentions unchanged. */
export function localValue(v: TimeValue, relative: string | undefined, local: LocalDay): TimeValue {
  if (!local || !relative || !DEICTIC.has(relative) || v.precision !== 'day' || !v.start) return v;
  const from = addDays(v.start, -1);
  if (!from) return v;
  if ('shift' in local) return { start: from, end: from, precision: 'day', label: from };
  return { start: from, end: v.end, precision: 'range', label: `${from} – ${v.end}` };
}
