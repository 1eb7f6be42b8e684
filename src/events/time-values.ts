// Reading time expressions as date constraints for event dating: what value a mention
// carries, how specific it is, and whether it names the event or the moment of reporting.
import { openEnded } from '../analyze/times/open-dates.ts';
import type { AnalyzedArticle, Article, TimeExpression, TimeValue } from '../types.ts';
import { dayValue, isValidDate, isValidMonthDay, monthDayValue, monthOnlyValue, monthValue, weekdayValue, yearValue } from '../util/calendar.ts';

export type MentionKind = 'day' | 'month-day' | 'weekday' | 'month' | 'year' | 'other';

/** The constraint a time expression puts on a date, preferring the analyzer's resolution. */
export function valueOf(t: TimeExpression): TimeValue | null {
  const s = t.symbolic;
  if (t.resolved && t.resolved.precision !== 'unknown') return t.resolved;
  if (!s || s.duration || s.relative) return t.resolved;
  try {
    if (s.year && s.month && s.day && isValidDate(s.year, s.month, s.day)) return dayValue(s.year, s.month, s.day);
    if (s.month && s.day && isValidMonthDay(s.month, s.day)) return monthDayValue(s.month, s.day, { weekday: s.weekday });
    if (s.year && s.month && !s.span) return monthValue(s.year, s.month);
    if (s.year && !s.span) return yearValue(s.year);
    if (s.month) return monthOnlyValue(s.month);
    if (s.weekday !== undefined) return weekdayValue(s.weekday);
  } catch {
    return null;
  }
  return t.resolved;
}

export function kindOf(t: TimeExpression, v: TimeValue): MentionKind {
  if (t.symbolic?.duration) return 'other';
  if (v.precision === 'day') {
    // "on Tuesday" resolved to a day still names a day; a bare weekday unresolved does not.
    return 'day';
  }
  if (v.precision === 'month-day' || (v.month && v.day)) return 'month-day';
  if (v.weekday !== undefined && !v.month) return 'weekday';
  if (v.precision === 'month') return 'month';
  if (v.precision === 'year') return 'year';
  return 'other';
}

/** Grouping key: mentions of the same day agree even when one lacks the year. */
export function keyOf(kind: MentionKind, v: TimeValue): string | null {
  if (kind === 'day' && v.start) return 'md:' + v.start.slice(5);
  if (kind === 'month-day' && v.month && v.day) return 'md:' + String(v.month).padStart(2, '0') + '-' + String(v.day).padStart(2, '0');
  if (kind === 'weekday') return 'wd:' + v.weekday;
  if (kind === 'month' && v.start) return 'm:' + v.start.slice(0, 7);
  if (kind === 'year' && v.start) return 'y:' + v.start.slice(0, 4);
  return null;
}

const REPORT_CUE = /\b(report(?:ed|s)?|sa(?:id|ys)|announc(?:ed|es)|publish(?:ed|es)|told|stat(?:ed|es)|wr(?:ote|ites)|updated|posted|quoted|as of|confirmed|added|declared)\b[^.;]{0,40}$/i;
const SCHEDULED_VERB = /\b(?:will|would|shall)\s+$|\b(?:due|going|set|expected|scheduled|planned|plans?|is|are)\s+to\s+$|['’]ll\s+$/i;
const FUTURE_CUE = /\b(will|would|due|scheduled|planned|plans?|next|upcoming|expected|set to|to be held|ahead of)\b/i;

/**
 * True when the words before the mention make it the time of reporting, not of the event
 * ("state media reported on 14 September", "as of midday on ..."), or when it is the
 * article's own dateline/publication evidence.
 */
export function isReportTime(article: Article, analysis: AnalyzedArticle, t: TimeExpression): boolean {
  const sent = analysis.sentences[t.sentence];
  const from = sent ? sent.start : Math.max(0, t.start - 80);
  const before = article.text.slice(from, t.start);
  const cue = REPORT_CUE.exec(before);
  // "will report its results on July 24", "is due to announce on Friday": a scheduled
  // announcement is an event of its own, not the moment the article was written.
  if (cue && !SCHEDULED_VERB.test(before.slice(0, cue.index))) return true;
  for (const e of analysis.published?.evidence ?? []) {
    if (e.article_id && e.article_id !== article.id) continue;
    if (e.start !== undefined && e.end !== undefined && e.start < t.end && t.start < e.end && /dateline|metadata|byline/i.test(e.rule)) return true;
  }
  // A dateline: "CITY, Month D." at the very start of a paragraph.
  const lineStart = article.text.lastIndexOf('\n', t.start - 1) + 1;
  const lead = article.text.slice(lineStart, t.start);
  return lead.length < 40 && /^[\p{Lu}][\p{Lu}\s.'-]+,\s*$/u.test(lead);
}

/** True when the sentence speaks of something planned or expected, or the date may lie ahead (not a past reference). */
export function isFutureContext(article: Article, analysis: AnalyzedArticle, t: TimeExpression): boolean {
  const sent = analysis.sentences[t.sentence];
  if (!sent) return false;
  if (FUTURE_CUE.test(article.text.slice(sent.start, sent.end))) return true;
  // the end of a period still running, or a year naming an event ("the 2014 Oscars")
  const s = t.symbolic ?? {};
  return openEnded(article.text, t.start, t.end, s.year !== undefined && s.month === undefined && s.day === undefined && !s.span && !s.relative);
}

/** The saying verb of a report-time mention, in the words before it ("said on", "announced late on"). */
const SAYING = /\b(sa(?:id|ys)|announc(?:ed|es)|declared|stated|told|confirmed|publish(?:ed|es)|unveiled|ruled)\b[^.;]{0,40}$/i;
/** Verbs that make the saying an event of its own, wherever they stand in the lede. */
const ANNOUNCING = /^(?:announc(?:ed|es)|declared|publish(?:ed|es)|unveiled|ruled)$/i;
/** Sentences that make a lede (the saying there is what the report is about). */
const STATEMENT_LEDE = 2;

/**
 * True when a report-time mention dates a statement that is the report's event: in the lede,
 * an announcing verb ("the ministry announced on Thursday"), or a speaker who is the lede's
 * subject ("The Board said on Thursday that it had fined…": no clause before the saying). Not
 * "…killing three, police said on Thursday": the killing is the event, the saying only reports it.
 */
export function isStatementTime(article: Article, analysis: AnalyzedArticle, t: TimeExpression): boolean {
  if (t.sentence >= STATEMENT_LEDE) return false;
  const sent = analysis.sentences[t.sentence];
  if (!sent) return false;
  const before = article.text.slice(sent.start, t.start);
  const m = SAYING.exec(before);
  if (!m) return false;
  if (ANNOUNCING.test(m[1]!)) return true;
  return !/[,"“”:;—]/.test(before.slice(0, m.index));
}
