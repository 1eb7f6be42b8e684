// Event dating: combine the member articles' time expressions and article dates into the most
// precise date they all support, then let the rest of the corpus narrow what is still open.
// Precision only ever comes from the evidence: constraints are intersected (util/calendar),
// contradicting ones are skipped (and said so), and nothing is rounded to a made-up day.
import type { ArticleWithAnalysis, DatedValue, Evidence, TimeExpression, TimeValue } from '../types.ts';
import { addDays, fromDayNumber, intersect, isoToDayNumber, unknownValue } from '../util/calendar.ts';
import { isFutureContext, isReportTime, isStatementTime, keyOf, kindOf, valueOf, type MentionKind } from './time-values.ts';
import { isBackReference } from './back-references.ts';
import { localDay, localPublished, localValue } from './local-day.ts';
import { coreEntities, type CoreEntities } from './core-entities.ts';
import { count } from '../util/count.ts';

/** How long before its publication an article's event may lie and still be "news". */
export const LOOKBACK_DAYS = 31;

interface Mention {
  item: ArticleWithAnalysis;
  t: TimeExpression;
  value: TimeValue;
  kind: MentionKind;
  key: string;
  weight: number;
  report: boolean;
  /** A report time that dates a statement which is the report's event (see isStatementTime). */
  statement?: boolean;
  future: boolean;
  /** Years between this date and the article's event, when the article marks an anniversary of it (see anniversaryYears). */
  anniversary?: number;
  /** Named as a reference point (see referenceCue): never the event's own date. */
  cue?: ReferenceCue;
}

function evidenceOf(m: Mention, rule: string, note: string): Evidence {
  return { rule, article_id: m.item.article.id, start: m.t.start, end: m.t.end, text: m.t.text, note };
}

function sentenceEntityHits(item: ArticleWithAnalysis, sentence: number, ids: Set<string>): number {
  let n = 0;
  for (const e of item.analysis.entities) if (ids.has(e.id) && e.mentions.some((m) => m.sentence === sentence)) n++;
  return n;
}

function collectMentions(items: ArticleWithAnalysis[], core: CoreEntities): Mention[] {
  const coreIds = new Set([...core.persons, ...core.others]);
  const out: Mention[] = [];
  const back = new Set<Mention>();
  const perArticle: Mention[][] = [];
  for (const item of items) {
    const years = anniversaryYears(item);
    const local = localDay(item);
    const own: Mention[] = [];
    for (const t of item.analysis.times ?? []) {
      const read = valueOf(t);
      if (!read) continue;
      const kind = kindOf(t, read);
      const key = keyOf(kind, read);
      if (!key) continue;
      // "today" in a text published just after midnight GMT may be the day before (see local-day.ts)
      const value = localValue(read, t.symbolic?.relative, local);
      const report = isReportTime(item.article, item.analysis, t);
      const future = isFutureContext(item.article, item.analysis, t);
      // A mention counts more in a sentence about the event's protagonists, near the lead.
      let weight = 1 + Math.min(2, sentenceEntityHits(item, t.sentence, coreIds)) * 0.5;
      if (t.sentence <= 2) weight += 0.25;
      // The lede says when its event happened; a day named later is more often background
      // ("...on Wednesday upheld the result. Oblak won the April 28 vote...").
      if (t.sentence === 0) weight += 0.25;
      // News reports recent events: a day far from the article's own date is background, and so
      // is one long before the earliest day the article can have been written (an obituary that
      // mentions 2005 as past is not reporting a birth "April 22, 1923").
      const gap = distanceFromArticleDate(item, value);
      if (gap !== null ? gap > LOOKBACK_DAYS : beforeArticle(item, value)) weight *= BACKGROUND_WEIGHT;
      // A date introduced as a life or founding date, or as a starting point, is background.
      const cue = referenceCue(item.article.text, t);
      if (cue) weight *= 0.2;
      if (report) weight *= REPORT_WEIGHT;
      if (future) weight *= 0.5;
      // An anniversary ("to mark one year since the crash"): a dated day after the lead is the
      // day remembered, not the day of the remembrance.
      // In the lead only when the words say so: "the 20th anniversary of the Sept. 11, 2001, attacks".
      const ofAnniversary = /\banniversary of\s+(?:the\s+)?$/i.test(item.article.text.slice(Math.max(0, t.start - 30), t.start));
      const remembered = years !== null && (t.sentence > 0 || ofAnniversary) && t.symbolic?.year !== undefined && !future && !!value.start;
      if (remembered) weight *= BACKGROUND_WEIGHT;
      const m: Mention = { item, t, value, kind, key, weight, report, future, ...(remembered ? { anniversary: years } : {}), ...(cue ? { cue } : {}) };
      if (report && isStatementTime(item.article, item.analysis, t)) m.statement = true;
      if (!report && DAYLIKE.has(kind) && isBackReference(item, t)) back.add(m);
      own.push(m);
    }
    perArticle.push(own);
    out.push(...own);
  }
  // A day named only as that of an earlier happening ("the fire that killed 12 on Monday",
  // "Monday's quake") is background when the article names a later day for its own event — a
  // statement's day too ("said on Thursday she had opened an inquiry after Monday's fire") —
  // unless another report of the event names that day as its own: then the later reports tell
  // of the same event going on ("the toll from Monday's crash rose on Tuesday"), which began then.
  const ownDay = (m: Mention) => (!m.report || m.statement) && !back.has(m) && DAYLIKE.has(m.kind);
  const named = new Set(out.filter(ownDay).map((m) => m.key));
  for (const own of perArticle) {
    const later = own.filter(ownDay);
    for (const b of own) {
      if (!back.has(b) || named.has(b.key)) continue;
      if (later.some((m) => !b.value.start || !m.value.start || b.value.start < m.value.start)) b.weight *= BACKGROUND_WEIGHT;
    }
  }
  return out;
}

/** Factor of a mention that dates the report, not its event ("police said on Thursday"). */
const REPORT_WEIGHT = 0.2;
/** Evidence rule of an event dated by the day its statement was made (see isStatementTime). */
export const STATEMENT_RULE = 'time-expression:statement-day';

/** Mention kinds that name a day (or a weekday) for an event. */
const DAYLIKE = new Set<MentionKind>(['day', 'month-day', 'weekday']);

/**
 * Factor of a mention that is background (far from the article's date): the heaviest mention,
 * 2.5 in a lead sentence about the protagonists, stays below MIN (0.5) alone. At 0.2 it reached
 * MIN exactly: a crash report "said on Thursday that a faulty sensor caused the crash ... in March"
 * (written in June) was dated "March" — the crash's month, not the report's.
 */
const BACKGROUND_WEIGHT = 0.19;

/**
 * An article marking an anniversary or looking back ("A year after the crash", "to mark one year
 * since", "on the second anniversary of"): the years its lead puts between the day remembered and
 * its own event (1 for "the anniversary of"), else null.
 */
export function anniversaryYears(item: ArticleWithAnalysis): number | null {
  const s = item.analysis.sentences;
  const lead = item.article.text.slice(0, s[1]?.end ?? s[0]?.end ?? 400);
  const m = ANNIVERSARY.exec(lead);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const n = /^\d+/.test(word) ? parseInt(word, 10) : (YEAR_WORDS[word.replace(/(?:st|nd|rd|th)$/, '')] ?? 1);
  return n >= 1 && n <= 200 ? n : null;
}
const YEAR_WORDS: Record<string, number> = {
  a: 1, one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5,
  six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10, twenty: 20, twentieth: 20,
};
const ANNIVERSARY = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\s+years?\s+(?:since|after|on from)\b|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|\d{1,3}(?:st|nd|rd|th))\s+anniversary\b|\banniversary of\b)/i;
/** An anniversary is marked near the day, give or take this many days. */
const ANNIVERSARY_SLACK_DAYS = 60;

/** A precise article date (metadata or inferred), or null. */
function preciseArticleDate(item: ArticleWithAnalysis): { lo: number; hi: number } | null {
  const pub = item.analysis.published ?? item.article.published;
  if (!pub || !pub.start || !pub.end || pub.precision === 'month-day') return null;
  const lo = isoToDayNumber(pub.start);
  const hi = isoToDayNumber(pub.end);
  if (lo === null || hi === null || hi - lo > LOOKBACK_DAYS) return null;
  return { lo, hi };
}

/** "born April 22, 1923", "founded in 1987", "since Sept. 11, 2001": dates that are not the news, and before it. */
const PAST_CUE = /\b(?:born|founded|established|incorporated|built|married|since)\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i;
/** "before March 3", "ahead of Tuesday's vote": a reference point on either side of the news. */
const POINT_CUE = /\b(?:before|until|prior to|ahead of)\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i;

type ReferenceCue = 'past' | 'point';

/**
 * A date introduced as a life or founding date or a starting point ('past': the news is later),
 * or as a point before which something happened ('point'), or the day of a "since" clause ("the
 * gains made since the president took office on ..."): a reference point, not the event's date.
 */
function referenceCue(text: string, t: TimeExpression): ReferenceCue | null {
  const near = text.slice(Math.max(0, t.start - 30), t.start);
  if (PAST_CUE.test(near)) return 'past';
  if (POINT_CUE.test(near)) return 'point';
  return SINCE_CLAUSE.test(text.slice(Math.max(0, t.start - 90), t.start)) ? 'past' : null;
}

/** A "since" earlier in the date's clause (no punctuation between). */
const SINCE_CLAUSE = /\bsince\s[^,;:—.!?"“”]{0,80}$/i;

/** A dated mention that ends more than LOOKBACK_DAYS before the earliest day the article can have been written. */
function beforeArticle(item: ArticleWithAnalysis, v: TimeValue): boolean {
  const pub = item.analysis.published ?? item.article.published;
  if (!pub?.start || pub.precision === 'month-day' || !v.end || v.precision === 'month-day') return false;
  const earliest = isoToDayNumber(pub.start);
  const end = isoToDayNumber(v.end);
  return earliest !== null && end !== null && end < earliest - LOOKBACK_DAYS;
}

/** Days between a mentioned date and the article's precise date (a lower bound for month-days), or null. */
function distanceFromArticleDate(item: ArticleWithAnalysis, v: TimeValue): number | null {
  const pub = preciseArticleDate(item);
  if (!pub) return null;
  if (v.start && v.end && v.precision !== 'month-day') {
    const lo = isoToDayNumber(v.start)!;
    const hi = isoToDayNumber(v.end)!;
    return Math.max(0, lo - pub.hi, pub.lo - hi);
  }
  if (v.month && v.day) {
    const p = fromDayNumber(pub.lo);
    const a = (v.month - 1) * 30.44 + v.day;
    const b = (p.m - 1) * 30.44 + p.d;
    const d = Math.abs(a - b);
    return Math.round(Math.min(d, 365.25 - d));
  }
  return null;
}

/** Support of each key: per article its best mention, summed over articles. */
function support(ms: Mention[]): Map<string, { score: number; mentions: Mention[] }> {
  const perArticle = new Map<string, Map<string, number>>();
  const out = new Map<string, { score: number; mentions: Mention[] }>();
  for (const m of ms) {
    let a = perArticle.get(m.key);
    if (!a) perArticle.set(m.key, (a = new Map()));
    a.set(m.item.article.id, Math.max(a.get(m.item.article.id) ?? 0, m.weight));
    let o = out.get(m.key);
    if (!o) out.set(m.key, (o = { score: 0, mentions: [] }));
    o.mentions.push(m);
  }
  for (const [k, a] of perArticle) out.get(k)!.score = [...a.values()].reduce((x, y) => x + y, 0);
  return out;
}

function best(sup: Map<string, { score: number; mentions: Mention[] }>, prefix: string, minScore: number) {
  let top: { key: string; score: number; mentions: Mention[] } | null = null;
  for (const [key, s] of sup) {
    if (!key.startsWith(prefix) || s.score < minScore) continue;
    if (!top || s.score > top.score || (s.score === top.score && key < top.key)) top = { key, ...s };
  }
  return top;
}

export interface DatingResult {
  date: DatedValue;
  core: CoreEntities;
}

/** An event's own date from its member articles (no corpus step); `withTopics` as in coreEntities. */
export function dateFromMembers(items: ArticleWithAnalysis[], today: string, withTopics = true): DatingResult {
  const core = coreEntities(items, withTopics);
  const ms = collectMentions(items, core);
  // A reference point never names the event's date, however many articles give it ("the lowest
  // since December 1969" in three reports of one jobs report).
  const sup = support(ms.filter((m) => !m.cue));
  const evidence: Evidence[] = [];
  let acc: TimeValue = unknownValue();
  const apply = (v: TimeValue, ev: Evidence[]): boolean => {
    const r = intersect(acc, v);
    if (!r) return false;
    acc = r;
    evidence.push(...ev);
    return true;
  };
  // 1. The anchor: the best-supported named day, else weekday, else month, else year.
  const MIN = 0.5; // a report-time or far-from-article-date mention alone (< 0.5) cannot name the event day
  // A named day anchors the event unless a weekday is better supported and the day has no
  // stated year (then the day is background: "launched on September 30. Since then...").
  const wdTop = best(sup, 'wd:', MIN);
  const mdTop = best(sup, 'md:', MIN);
  const fullDate = mdTop?.mentions.some((m) => m.kind === 'day' && m.t.symbolic?.year !== undefined && !m.report) ?? false;
  // A weekday the day can fall on (in a year still possible) corroborates it rather than competes.
  const mdValue = mdTop?.mentions.find((m) => !m.report)?.value ?? null;
  const wdValue = wdTop?.mentions.find((m) => !m.report)?.value ?? null;
  const corroborated = !!mdTop && !!wdTop && mdTop.score >= wdTop.score / 2 && !!mdValue && !!wdValue && intersect(mdValue, wdValue) !== null;
  const md = mdTop && (!wdTop || fullDate || mdTop.score >= wdTop.score || corroborated) ? mdTop : null;
  let anchored: 'day' | 'weekday' | 'month' | 'year' | null = null;
  const used: Mention[] = []; // the mentions that set the anchor
  if (md) {
    // Full dates first: they carry the year; then month-days.
    const ordered = [...md.mentions].sort((a, b) => Number(b.kind === 'day') - Number(a.kind === 'day') || b.weight - a.weight);
    const arts = new Set(md.mentions.map((m) => m.item.article.id));
    for (const m of ordered) {
      if (m.report) continue;
      const ok = apply(m.value, [evidenceOf(m, m.kind === 'day' ? 'time-expression:date' : 'time-expression:month-day', `${count(arts.size, 'article')} name${arts.size === 1 ? 's' : ''} this day for the event`)]);
      if (!ok) evidence.push(evidenceOf(m, 'skipped:contradicts', 'names the same day with a different year; not used'));
      else used.push(m);
    }
    if (acc.precision !== 'unknown') anchored = 'day';
  }
  // The weekday and month the articles give, applied after the article dates (weaker evidence).
  const wd = wdTop;
  const wdMention = wd ? (wd.mentions.filter((x) => !x.report).sort((a, b) => b.weight - a.weight)[0] ?? null) : null;
  const mo = !anchored && !wdMention ? best(sup, 'm:', MIN) : null;
  const moMention = mo ? (mo.mentions.filter((x) => !x.report).sort((a, b) => b.weight - a.weight)[0] ?? null) : null;
  if (moMention && apply(moMention.value, [evidenceOf(moMention, 'time-expression:month', 'the month the articles give for the event')])) {
    anchored = 'month';
    used.push(moMention);
  }
  // A statement is its own event: when nothing else dates it, the day it was said does ("The
  // Board said on Thursday that it had fined…"; see isStatementTime).
  if (!anchored && !wdMention) {
    const said = best(support(ms.filter((m) => m.statement).map((m) => ({ ...m, weight: m.weight / REPORT_WEIGHT }))), '', MIN);
    const m = said?.mentions.sort((a, b) => b.weight - a.weight)[0];
    if (m && apply(m.value, [evidenceOf(m, STATEMENT_RULE, 'the day the statement was made, which is the event reported; nothing else in the text dates it')])) {
      anchored = m.kind === 'weekday' ? 'weekday' : 'day';
      used.push(m);
    }
  }
  // The article names the event's day in the future tense ("will open on June 12"): announced in advance.
  const announces = (id: string): boolean => used.some((m) => m.future && m.item.article.id === id);
  let dated = 0; // articles with a usable date
  let inAdvance = 0; // of them, written before the day they announce
  if (!anchored && wdMention) anchored = 'weekday';
  // 2. Bounds from the articles' own dates: an event is reported on or after it happens, usually soon.
  for (const it of items) {
    // (in the newsroom's day: 20:00 UTC in Tokyo is the next day, see local-day.ts)
    const pub = localPublished(it, it.analysis.published ?? it.article.published);
    // A month-day article date is the analyzer's reading of the same mentions we weigh here.
    if (!pub || pub.precision === 'month-day' || (!pub.start && !pub.end && !pub.years)) continue;
    if (pub.end) dated++;
    const ev: Evidence = {
      rule: 'article-date',
      article_id: it.article.id,
      note: `article dated ${pub.label}; the event is on or before it${pub.start ? `, within ${LOOKBACK_DAYS} days` : ''}`,
      ...(pub.evidence?.[0]?.start !== undefined ? { start: pub.evidence[0].start, end: pub.evidence[0].end, text: pub.evidence[0].text } : {}),
    };
    const windowed: TimeValue = { ...pub, start: pub.start ? addDays(pub.start, -LOOKBACK_DAYS) : null, precision: 'range' };
    if (pub.start && pub.end && apply(windowed, [anchored ? ev : { ...ev, note: `no date for the event in the text; it is within ${LOOKBACK_DAYS} days before the article date ${pub.label}` }])) continue;
    if (pub.years && !pub.start) {
      // Year candidates of the article date bound the event's year (or the one before, in early January).
      const years = [...new Set(pub.years.flatMap((y) => [y - 1, y]))];
      if (apply({ start: null, end: pub.end, precision: 'range', years, label: '' }, [ev])) continue;
    }
    if (pub.end && apply({ start: null, end: pub.end, precision: 'range', label: '' }, [{ ...ev, rule: 'article-date:upper-bound', note: `article dated ${pub.label}: the event is not later` }])) continue;
    // Written before the day the articles name: a preview of the event, not a report of it.
    if (pub.end && acc.start && pub.end < acc.start) {
      const announced = announces(it.article.id);
      if (announced) inAdvance++;
      evidence.push(
        announced
          ? { ...ev, rule: 'article-date:announced-in-advance', note: `article dated ${pub.label}, before the day it names in the future tense: the event was announced in advance` }
          : { ...ev, rule: 'skipped:contradicts', note: `article dated ${pub.label}, before the day the articles name for the event; not used` },
      );
    }
  }
  if (wdMention && !apply(wdMention.value, [evidenceOf(wdMention, 'time-expression:weekday', 'the weekday the articles give for the event')])) {
    evidence.push(evidenceOf(wdMention, 'skipped:contradicts', 'this weekday does not fit the other evidence; not used'));
  }
  // 3. Past references with a year ("his first trip was in October 2015") bound the event from below.
  if (anchored === 'day' || anchored === 'weekday') {
    // The latest compatible one: a later "past" date may belong to what followed the event.
    const refs = ms
      .filter((m) => !m.future && !m.report && m.cue !== 'point' && (m.kind === 'month' || m.kind === 'year' || m.kind === 'day') && !!m.value.start && m.value.start <= today && !(m.kind === 'day' && m.key === md?.key))
      .sort((a, b) => (b.value.start! < a.value.start! ? -1 : b.value.start! > a.value.start! ? 1 : 0));
    for (const lower of refs) {
      const r = intersect(acc, { start: lower.value.start, end: null, precision: 'range', label: '' });
      if (!r) continue;
      if (r.start !== acc.start || r.end !== acc.end || r.precision !== acc.precision) {
        acc = r;
        evidence.push(evidenceOf(lower, 'past-reference:lower-bound', `the articles refer to ${lower.value.label} as past: the event is not earlier`));
      }
      break;
    }
  }
  // An anniversary lies about the years it marks after the day it remembers.
  const remembered = ms.filter((m) => m.anniversary).sort((a, b) => (a.value.start! < b.value.start! ? 1 : -1))[0];
  if (remembered) {
    const from = addDays(remembered.value.start!, Math.round(365.25 * remembered.anniversary!) - ANNIVERSARY_SLACK_DAYS);
    const r = from ? intersect(acc, { start: from, end: null, precision: 'range', label: '' }) : null;
    if (r) {
      acc = r;
      evidence.push(evidenceOf(remembered, 'anniversary:lower-bound', `the article marks ${count(remembered.anniversary!, 'year')} since ${remembered.value.label}: its event is not earlier than ${from}`));
    }
  }
  // 4. Nothing reported can lie in the future.
  if (acc.precision !== 'unknown' || acc.weekday !== undefined || acc.month !== undefined) {
    const r = intersect(acc, { start: null, end: today, precision: 'range', label: '' });
    if (r) acc = r;
  }
  // Every dated article was written before the day it announces: the event is scheduled, not reported.
  if (dated > 0 && inAdvance === dated) acc = { ...acc, label: `${acc.label} (scheduled; announced in advance)` };
  return { date: { ...acc, evidence }, core };
}
