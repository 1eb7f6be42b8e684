// A readable event title: a real headline of the most central article that has one, else the
// most central article's title or first sentence. A "real headline" is what an editor wrote
// (metadata, front matter, an HTML/feed title, a short first line), not a sentence of the body
// promoted to a title: short, and not ending like a sentence.
import type { ArticleWithAnalysis, TimeValue } from '../types.ts';
import type { CoreEntities } from './core-entities.ts';
import { loadedCount } from '../lexicon/framing.ts';
import { isoToDayNumber } from '../util/calendar.ts';

const MAX = 140;
const HEADLINE_MAX_CHARS = 110;
const HEADLINE_MAX_WORDS = 16;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function cut(s: string): string {
  return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s;
}

// A "title" that is only a date line ("THURSDAY, JUNE 30, 2005", "Posted at 3:21 PM ET, 01/5/2011").
const DATE_CORE = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^\d{1,4}(?:st|nd|rd|th|am|pm)?$/i;
const DATE_FILLER = /^(?:updated|published|posted|last|at|on|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|et|est|edt|ct|cst|cdt|pt|pst|pdt|ist|hkt|jst|msk)$/i;
function onlyDate(t: string): boolean {
  const words = t.split(/[\s,|/:@-]+/).filter(Boolean);
  return words.some((w) => DATE_CORE.test(w)) && words.every((w) => DATE_CORE.test(w) || DATE_FILLER.test(w));
}

/** True for a title that reads as a headline rather than a body sentence. */
export function isHeadline(item: ArticleWithAnalysis): boolean {
  const t = clean(item.article.title ?? '');
  if (t.length < 12 || t.length > HEADLINE_MAX_CHARS || onlyDate(t)) return false;
  if (t.split(' ').length > HEADLINE_MAX_WORDS) return false;
  if (/[.;,:]$/.test(t) && !/\.\.\.$/.test(t)) return false; // a sentence (or a cut-off one)
  const s = item.analysis.sentences[0];
  const first = s ? clean(item.article.text.slice(s.start, s.end)) : '';
  // The first sentence of the body reused as the title is no headline when it is a long one.
  return !(first === t && /[.!?]["”’]?$/.test(first));
}

/** True for a title carrying a quotation ('Varga: "We keep our word"'); a lone apostrophe is not one. */
function quotesSomeone(t: string): boolean {
  return /“[^”]{3,}”|"[^"]{3,}"|«[^»]{3,}»|„[^“”]{3,}[“”]|(?:^|[\s:])'[^']{3,}'(?=$|[\s,.:;!?])/.test(t);
}

/**
 * How far a headline leans: one side's quoted words, loaded wording (the framing lexicon's
 * list), a question or an exclamation. An event's title should state the event, not a take on it.
 */
function slant(title: string | null): number {
  const t = title ?? '';
  return (quotesSomeone(t) ? 1 : 0) + loadedCount(t) + (/[?!]["”’]?\s*$/.test(t) ? 1 : 0);
}

/** Headlines this far down the centrality ranking still speak for the event as a whole. */
const TITLE_CANDIDATES = 3;

/** Days after the event's last possible day an article may be dated and still be a report of it, not a follow-up. */
const TIMELY_DAYS = 1;

/**
 * True when the article is dated (to a few days at most) more than TIMELY_DAYS after the event's
 * last possible day: a follow-up ("Inquiry to look at bridge repairs" two days after the
 * collapse), whose headline tells what came next rather than what happened.
 */
function followUp(item: ArticleWithAnalysis, date: TimeValue | undefined): boolean {
  const pub = item.analysis.published ?? item.article.published;
  if (!date?.end || !pub?.start || !pub.end || pub.precision === 'month-day') return false;
  const [lo, hi, end] = [isoToDayNumber(pub.start), isoToDayNumber(pub.end), isoToDayNumber(date.end)];
  if (lo === null || hi === null || end === null || hi - lo > 3) return false; // only a range: cannot tell
  return lo - end > TIMELY_DAYS;
}

/**
 * `ranked`: the event's articles, most central first; `date`: the event's date, when known
 * (a headline written on the event's day is preferred to a follow-up's).
 */
export function eventTitle(ranked: ArticleWithAnalysis[], core: CoreEntities, date?: TimeValue): string {
  const central = ranked[0]!;
  // Among the most central articles' headlines, the one that leans least; then one written on
  // the event's day before a later follow-up's (the most central on a tie).
  let headline: ArticleWithAnalysis | null = null;
  let least = Infinity;
  for (const x of ranked.filter(isHeadline).slice(0, TITLE_CANDIDATES)) {
    const s = slant(x.article.title) * 2 + (followUp(x, date) ? 1 : 0);
    if (s < least) [headline, least] = [x, s];
  }
  if (headline) return cut(clean(headline.article.title ?? ''));
  const t = clean(central.article.title ?? '');
  if (t.length >= 12 && !onlyDate(t)) return cut(t);
  const s = central.analysis.sentences[0];
  const first = s ? clean(central.article.text.slice(s.start, s.end)) : '';
  if (first) return cut(first);
  const names = [...core.persons, ...core.places].slice(0, 3).map((id) => core.names.get(id) ?? id);
  return names.length ? names.join(', ') : central.article.id;
}
