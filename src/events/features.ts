// Per-article clustering features, computed once (independent of corpus statistics): two
// sub-vectors, word lemmas and names/numbers/entities (after Miranda et al. 2018), plus a date.
// Their cosines are blended 50/50 (see vector.ts).
import type { ArticleWithAnalysis } from '../types.ts';
import { contentTokens, isStopword, stem } from './tokens.ts';
import { datePoint, dayNumber, type DatePoint } from './time-feature.ts';
import { STATEMENT_RULE, dateFromMembers } from './dating.ts';
import { eventPlaces } from './places.ts';
import { leadFigures } from './lead-figures.ts';
import { leadActs, toldActs } from './lead-acts.ts';
import { priorDays } from './back-references.ts';
import { tellsOngoing } from './ongoing.ts';

/** Block prefixes of the feature keys, with their weight in the combined vector. */
export const BLOCKS: Record<Block, number> = {
  w: 1.0, // word lemmas of title and body, stopwords out
  e: 1.0, // names: capitalised runs, numbers, URL year, analysis entity ids
};
export type Block = 'w' | 'e';

export interface ArticleFeatures {
  id: string;
  /** Sub-linear term frequency per prefixed key ("w:quak", "e:lake_tahoe", "e:place:lake-tahoe"). */
  tf: Map<string, number>;
  date: DatePoint | null;
  /** Entity ids with their type, for explanations, dating and storylines. */
  entities: Array<{ id: string; type: string; count: number }>;
  /** Specific places: where the article puts its event, and all it names (`typed`: unknown to the
   *  gazetteer but named with a place noun, see src/lexicon/place-nouns.ts). */
  places: { event: string[]; all: string[]; typed?: string[] };
  /** People: those the lead is about (named in it and again twice later), and all it names. */
  people?: { event: string[]; all: string[] };
  /** Figure keys (see lead-figures.ts): those the lead states, and all the text states. */
  figures?: { event: string[]; all: string[] };
  /** Days the text names precisely (day numbers): an article about an earlier event names its day. */
  mentioned: number[];
  /** Verb stems of the lede clause naming the event's day (see lead-acts.ts), when the text names it. */
  acts?: string[];
  /** ...and the past-tense verb stems of its whole text (what else it tells happened). */
  told?: string[];
  /** ...and those it tells without dating them to another day (see recalledActs): acts it tells as part of its own happening. */
  recalls?: string[];
  /** Its title or lede tells of an event still going on (see ongoing.ts), when the text names its day. */
  ongoing?: boolean;
  /** Days before its own of earlier happenings the text refers back to (see back-references.ts). */
  priors?: number[];
  /** Written in another language than English: compared by names only (see articleFeatures). */
  foreign?: boolean;
}

function addCounts(tf: Map<string, number>, prefix: string, keys: Iterable<string>): void {
  const raw = new Map<string, number>();
  for (const k of keys) raw.set(k, (raw.get(k) ?? 0) + 1);
  for (const [k, c] of raw) tf.set(prefix + k, 1 + Math.log(c));
}

/**
 * Name features of a text: every capitalised word of a name run and the joined run
 * ("aurel", "kastrani", "aurel_kastrani"), numbers ("N4200") and a year from the URL path.
 * They match names across outlets even when the analysis links no entity (ECB+ reports on
 * unknown people and places), and numbers tell apart events of one kind.
 */
export function nameFeatures(text: string, url: string | null): string[] {
  const out: string[] = [];
  for (const sent of text.split(/(?<=[.!?"”])\s+|\n/)) {
    const toks = sent.match(/\p{L}[\p{L}'’-]*|\d[\d,.]*\d|\d/gu) ?? [];
    let run: string[] = [];
    const flush = (): void => {
      if (run.length) {
        for (const r of run) out.push(r);
        if (run.length > 1) out.push(run.join('_'));
      }
      run = [];
    };
    toks.forEach((t, i) => {
      const low = t.toLowerCase().replace(/[’']s$/, '');
      if (/^\p{Lu}/u.test(t) && !(i === 0 && isStopword(low))) {
        if (!isStopword(low)) run.push(low);
        else flush();
      } else {
        flush();
        if (/^\d/.test(t)) out.push('N' + t.replace(/,/g, '').replace(/\.$/, ''));
      }
    });
    flush();
  }
  const m = url?.match(/\/((?:19|20)\d\d)\//);
  if (m) out.push('N' + m[1]);
  return out;
}

/** `today`: latest possible date of anything reported (as EventOptions.today; default: today, UTC). */
export function articleFeatures(item: ArticleWithAnalysis, today: string = TODAY): ArticleFeatures {
  const { article, analysis } = item;
  const tf = new Map<string, number>();
  const title = article.title ?? '';
  let body = article.text ?? '';
  // The title is often repeated as the first line of the text; count it once.
  if (title && body.startsWith(title)) body = body.slice(title.length);
  const all = title + '\n' + body;
  // Word lemmas are English ones (English stopwords and stemmer): the words of a text in another
  // language match no report in English and only dilute what its names, numbers and entities share
  // with them (a German report of a fire scored 0.22 against the English ones it names the plant,
  // town and fire chief of). Such an article is compared by its names alone.
  const other = foreign(article.language);
  if (!other) addCounts(tf, 'w:', contentTokens(all).map(stem));
  const names = nameFeatures(all, article.url);
  const entities: ArticleFeatures['entities'] = [];
  for (const e of analysis?.entities ?? []) {
    const n = Math.max(1, e.mentions.length);
    entities.push({ id: e.id, type: e.type, count: n });
    // Canonical ids join what the names alone cannot ("the Velorian leader" = Kastrani).
    for (let i = 0; i < n; i++) names.push(e.id);
  }
  addCounts(tf, 'e:', names);
  const date = articleDatePoint(item, today);
  // Only a day the text names for its event says what happened that day, or what came before it.
  const own = date?.named && date.lo !== null && date.lo === date.hi ? date.lo : null;
  const acts = leadActs(item, own);
  const priors = priorDays(item, own, dayNumber);
  const { told, recalls } = own !== null ? toldActs(item, own) : { told: [], recalls: [] };
  return {
    id: article.id, tf, date, entities, places: eventPlaces(item), people: leadPeople(item), figures: leadFigures(item), mentioned: mentionedDays(item, date),
    ...(acts.length ? { acts } : {}), ...(own !== null ? { told, ...(tellsOngoing(item) ? { ongoing: true } : {}) } : {}), ...(recalls.length ? { recalls } : {}), ...(priors.length ? { priors } : {}), ...(other ? { foreign: true } : {}),
  };
}

/** A language other than English, as the extract stage detected or the input declared it. */
function foreign(language: string | null | undefined): boolean {
  return !!language && !/^en\b/i.test(language);
}

/** Sentences that make an article's lead: who its event is about is named there. */
const LEAD = 3;

/**
 * People of an article. The lead's people (named in the first sentences and at least three times
 * in all) tell apart events of one kind with different participants (two celebrities entering
 * rehab, two earthquakes' victims) that share most of their vocabulary.
 */
export function leadPeople(item: ArticleWithAnalysis): { event: string[]; all: string[] } {
  const event: string[] = [];
  const all: string[] = [];
  for (const e of item.analysis?.entities ?? []) {
    if (e.type !== 'person') continue;
    all.push(e.id);
    if (e.mentions.length >= 3 && e.mentions.some((m) => m.sentence < LEAD)) event.push(e.id);
  }
  return { event, all };
}

const TODAY = new Date().toISOString().slice(0, 10);

/**
 * How long before its own event day an article may name another day as the event it follows
 * up ("three days after Monday's earthquake"). A day named further back is background: a
 * court ruling that recalls "the April 28 vote" is not a report of the vote.
 */
export const FOLLOW_UP_DAYS = 7;

/** Days the text names that its event may follow up (see FOLLOW_UP_DAYS). */
function mentionedDays(item: ArticleWithAnalysis, date: DatePoint | null): number[] {
  const out = new Set<number>();
  if (!date || date.lo === null || date.hi === null) return []; // only used against exact gaps
  for (const t of item.analysis?.times ?? []) {
    const v = t.resolved;
    if (!v || v.precision !== 'day' || !v.start) continue;
    const d = dayNumber(v.start);
    if (d >= date.lo - FOLLOW_UP_DAYS && d <= date.hi) out.add(d);
    if (out.size >= 16) break;
  }
  return [...out];
}

/** Dating rules by which a text names its event's day (see DatePoint.named). */
const NAMING_RULES = new Set(['time-expression:date', 'time-expression:month-day', 'time-expression:weekday', STATEMENT_RULE]);

/**
 * True when the article's date is one the input declares (a field, page metadata), not one read
 * from its text: "on Monday" is a firm day only against such a date. A date line in the text is
 * often the last update ("Last updated at 14:00 GMT 10 June"), and a weekday resolved against it
 * may be off by days (ECB+ reports of one shooting, read so, named days four days apart).
 */
function declared(item: ArticleWithAnalysis): boolean {
  const pub = item.article.published;
  return pub?.precision === 'day' && pub.evidence.some((e) => e.rule === 'explicit-field' || e.rule === 'page-metadata');
}

/**
 * The date an article's event most likely has, as a clustering feature: its own event-dating
 * (a day, a month-day like "14 June", a range) when the text gives one, else its article date.
 */
export function articleDatePoint(item: ArticleWithAnalysis, today: string = TODAY): DatePoint | null {
  const pub = item.analysis?.published ?? item.article.published;
  const fromPub = datePoint(pub);
  if (!item.analysis?.times?.length) return fromPub;
  // only the date is read here: no topic words (a second pass over the whole text per article)
  const dated = dateFromMembers([item], today, false).date;
  const own = datePoint(dated);
  if (!own) return fromPub;
  const narrow = (p: DatePoint | null) => !!p && p.lo !== null && p.hi !== null && p.hi - p.lo <= 3;
  // A preview ("will open on June 12"): its date is when it was written, marked as ahead of its event.
  if (narrow(fromPub) && dated.evidence.some((e) => e.rule === 'article-date:announced-in-advance')) return { ...fromPub!, ahead: true };
  // A precise article date is the more reliable clue; the text's own day refines it only when
  // it lies shortly before (an event is reported on or soon after it happens).
  const named = declared(item) && dated.evidence.some((e) => NAMING_RULES.has(e.rule));
  if (narrow(fromPub)) return narrow(own) && own.lo! <= fromPub!.hi! && own.lo! >= fromPub!.lo! - FOLLOW_UP_DAYS ? (named ? { ...own, named } : own) : fromPub;
  // The text's own reading (already bounded by the article date) keeps a month-day or weekday.
  if (narrow(own) || own.md !== null || (own.wd ?? null) !== null) return own;
  return fromPub ?? own;
}
