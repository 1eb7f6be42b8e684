// Storylines: events that continue one story, linked over time (union of linked pairs), events
// in timeline order. Two events continue a story when they share protagonists, or, without a
// shared person, a specific organisation or place *and* what they are about (topic words) within
// a season: a strike's walkout, talks and deal. A place or organisation alone (a city's fire and
// its strike, a ministry's many announcements) links nothing; countries never are event places.
// Reports that refer back to an earlier event's day ("the fire that killed 12 on Monday") count
// towards linking them, as much as a shared organisation.
import type { Event, Storyline } from '../types.ts';
import type { CoreEntities } from './core-entities.ts';
import { stableId } from './ids.ts';
import { byTimeline, timelineKey } from './order.ts';
import { isoToDayNumber } from '../util/calendar.ts';

function refersTo(days: Set<number> | undefined, day: number | undefined): boolean {
  return day !== undefined && !!days?.has(day);
}

/** Weights of what two events share; a pair is one story at STORY_LINK. */
const WEIGHT = { person: 1, organisation: 0.6, place: 0.4, topic: 0.2, backref: 0.6 };
/** Two storylines join only while one entity is at the core of at least this share of the union's events. */
const SPINE = 0.5;
const STORY_LINK = 1.4; // two people; one person and an organisation or place; or, see below
const MAX_TOPICS = 5; // shared topic words counted at most
const MIN_TOPICS = 2; // without a shared person, at least this many shared topic words
/** With one shared person who leads both events and nothing else named in common, this many shared topic words. */
const LEAD_TOPICS = 3;

/**
 * Both events are first of all about the same person (an accused at arraignment, trial and
 * verdict, whose reports need not name the court each time).
 */
function sameLead(a: CoreEntities, b: CoreEntities, common: Set<string>): boolean {
  return !!a.persons[0] && a.persons[0] === b.persons[0] && !common.has(a.persons[0]);
}

/** Without a shared person, events further apart than this are not linked (a story of a season). */
export const STORY_WINDOW_DAYS = 45;
/** An entity in more events than this links nothing by itself (the index skips it). */
const UBIQUITOUS = 200;

/**
 * How strongly two events continue one story: shared people, organisations/other named things,
 * event places and topic words, weighted (see WEIGHT). `common`: topic words most events of the
 * corpus share, which say nothing about a story.
 */
function storyScore(a: CoreEntities, b: CoreEntities, common: Set<string> = new Set(), refers = false): { score: number; persons: number; anchors: number; topics: number } {
  // an entity most of the corpus shares (see commonKeys) says nothing about a story
  const both = (xs: string[], ys: string[]) => xs.filter((x) => ys.includes(x) && !common.has(x)).length;
  const persons = both(a.persons, b.persons);
  const orgs = both(a.others, b.others);
  const places = both(a.places, b.places);
  // an organisation read as a place on one side (or the other way round) still counts
  const crossed = both(a.others, b.places) + both(a.places, b.others);
  const tb = new Set(b.topics ?? []);
  const topics = (a.topics ?? []).filter((t) => tb.has(t) && !common.has(t)).length;
  const score =
    WEIGHT.person * persons + WEIGHT.organisation * orgs + WEIGHT.place * (places + crossed) + WEIGHT.topic * Math.min(MAX_TOPICS, topics) + (refers ? WEIGHT.backref : 0);
  return { score, persons, anchors: orgs + places + crossed, topics };
}

/** Two events continue one story: two protagonists, one plus a place/organisation, the same lead
 *  person and several topic words, or (without a shared person) a shared organisation/place and
 *  topic words — the last only within `gapDays`. `refers`: the later event's reports refer back to
 *  the earlier one's day as the happening they follow ("the fire that killed 12 on Monday"),
 *  which counts as much as a shared organisation (see WEIGHT.backref). */
export function sameStory(a: CoreEntities, b: CoreEntities, gapDays = 0, common: Set<string> = new Set(), refers = false): boolean {
  const s = storyScore(a, b, common, refers);
  if (s.persons >= 2) return true;
  // one person and an organisation both events name (a senator and the Senate) continue a story
  // only when the events are also about something in common, or close in time
  if (s.persons === 1) return (s.anchors >= 1 && (s.topics >= 1 || gapDays <= STORY_WINDOW_DAYS)) || (sameLead(a, b, common) && s.topics >= LEAD_TOPICS);
  return s.anchors >= 1 && s.topics >= MIN_TOPICS && gapDays <= STORY_WINDOW_DAYS && s.score >= STORY_LINK;
}

/**
 * An entity or topic word in more than this share of the events is common, in a pile of at least
 * COMMON_MIN_EVENTS events (a year of one country's politics: its president, "administration").
 * In a smaller pile (6+ events) only topic words more than half of them use are.
 */
const COMMON_SHARE = 0.1;
const COMMON_MIN_EVENTS = 20;

/** The core entities of an event, each once. */
const coreIds = (c: CoreEntities): string[] => [...new Set([...c.persons, ...c.others, ...c.places])];

/** Keys (from `keysOf`, each once per event) more than `share` of the events have. */
function frequent(events: Event[], cores: Map<string, CoreEntities>, keysOf: (c: CoreEntities) => string[], share: number): Set<string> {
  const df = new Map<string, number>();
  for (const e of events) {
    const c = cores.get(e.id);
    if (c) for (const k of keysOf(c)) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n > events.length * share).map(([k]) => k));
}

/**
 * What says nothing about a story: topic words most events use, and — in a big pile — entities a
 * large share of its events have at their core (a head of state in a pile of one country's
 * politics), which would chain unrelated events into one storyline. With few events the pile may
 * be one story, and its protagonist links it.
 */
function commonKeys(events: Event[], cores: Map<string, CoreEntities>): Set<string> {
  if (events.length < 6) return new Set();
  if (events.length < COMMON_MIN_EVENTS) return frequent(events, cores, (c) => c.topics ?? [], 0.5);
  return frequent(events, cores, (c) => [...new Set(c.topics ?? []), ...coreIds(c)], COMMON_SHARE);
}

/** A storyline's title names the entities at least this prominent (mentions, summed over its events) next to the most prominent one. */
const TITLE_SHARE = 0.5;

/**
 * Who or what a story is about: the shared entities most prominent across its events (the
 * accused of a trial, not its judge; the two clubs of a rivalry, not their players), at most
 * three. Events without prominence scores fall back to the shared people first.
 */
function storyTitle(shared: string[], evs: Event[], cores: Map<string, CoreEntities>, people: Set<string>, names: Map<string, string>): string[] {
  const weight = new Map<string, number>();
  for (const k of shared) weight.set(k, evs.reduce((sum, e) => sum + (cores.get(e.id)?.prominence?.get(k) ?? 0), 0));
  const ranked = [...shared].sort((a, b) => weight.get(b)! - weight.get(a)! || Number(people.has(b)) - Number(people.has(a)) || a.localeCompare(b));
  const top = weight.get(ranked[0] ?? '') ?? 0;
  if (top <= 0) {
    const persons = shared.filter((k) => people.has(k)).slice(0, 3);
    return persons.length ? persons : shared.slice(0, 2);
  }
  const out: string[] = [];
  const name = (k: string) => (names.get(k) ?? k).toLowerCase();
  for (const k of ranked) {
    if (out.length >= 3 || weight.get(k)! < TITLE_SHARE * top) break;
    // "Brekka" beside "Brekka United" says nothing more
    if (!out.some((o) => name(o).includes(name(k)) || name(k).includes(name(o)))) out.push(k);
  }
  return out;
}

/**
 * `refs`: per event, the days (day numbers) its reports refer back to as earlier happenings
 * (see back-references.ts); an event on such a day, sharing a place, organisation or person and
 * topic words with it, is the happening they follow.
 */
export function linkStorylines(events: Event[], cores: Map<string, CoreEntities>, refs: Map<string, Set<number>> = new Map()): Storyline[] {
  const parent = new Map(events.map((e) => [e.id, e.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  const when = new Map(events.map((e) => [e.id, timelineKey(e)]));
  // an event's own day, when it has one (referred back to by a later event's reports)
  const dayOf = new Map(events.flatMap((e) => (e.date.precision === 'day' && e.date.start && e.date.start === e.date.end ? [[e.id, isoToDayNumber(e.date.start)!] as const] : [])));
  const common = commonKeys(events, cores);
  // Only compare events that share a core entity of any type (an index keeps this near-linear).
  const byEntity = new Map<string, string[]>();
  for (const e of events) {
    const c = cores.get(e.id);
    if (!c) continue;
    for (const x of coreIds(c)) (byEntity.get(x) ?? byEntity.set(x, []).get(x)!).push(e.id);
  }
  // What each storyline so far is about: its events per (non-common) core entity. Two storylines
  // join only when one entity is still at the core of at least half the events of the union, so
  // links do not chain a senator's bill to the Senate's budget to a shutdown (single linkage would).
  const about = new Map<string, { size: number; counts: Map<string, number> }>();
  for (const e of events) {
    const c = cores.get(e.id);
    const ids = c ? coreIds(c).filter((x) => !common.has(x)) : [];
    about.set(e.id, { size: 1, counts: new Map(ids.map((x) => [x, 1])) });
  }
  const join = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    const A = about.get(ra)!;
    const B = about.get(rb)!;
    const size = A.size + B.size;
    let top = 0;
    for (const [x, n] of A.counts) top = Math.max(top, n + (B.counts.get(x) ?? 0));
    for (const [x, n] of B.counts) top = Math.max(top, n + (A.counts.get(x) ?? 0));
    if (top < SPINE * size) return;
    for (const [x, n] of B.counts) A.counts.set(x, (A.counts.get(x) ?? 0) + n);
    A.size = size;
    parent.set(rb, ra);
  };
  const tried = new Set<string>();
  for (const ids of byEntity.values()) {
    if (ids.length > UBIQUITOUS) continue; // a ubiquitous entity is not a storyline on its own
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        if (find(a) === find(b)) continue;
        const key = a < b ? a + ' ' + b : b + ' ' + a;
        if (tried.has(key)) continue;
        tried.add(key);
        const gap = Math.abs(when.get(a)! - when.get(b)!); // Infinity (or NaN) when either is undated
        const refers = refersTo(refs.get(a), dayOf.get(b)) || refersTo(refs.get(b), dayOf.get(a));
        if (sameStory(cores.get(a)!, cores.get(b)!, Number.isFinite(gap) ? gap : Infinity, common, refers)) join(a, b);
      }
  }
  const groups = new Map<string, Event[]>();
  for (const e of events) (groups.get(find(e.id)) ?? groups.set(find(e.id), []).get(find(e.id))!).push(e);
  const out: Storyline[] = [];
  for (const evs of groups.values()) {
    if (evs.length < 2) continue;
    evs.sort(byTimeline);
    const ids = evs.map((e) => e.id);
    const count = new Map<string, number>();
    for (const e of evs) for (const x of e.entity_ids) count.set(x, (count.get(x) ?? 0) + 1);
    const names = new Map<string, string>();
    for (const e of evs) for (const [k, v] of cores.get(e.id)?.names ?? []) names.set(k, v);
    const people = new Set(evs.flatMap((e) => cores.get(e.id)?.persons ?? []));
    const shared = [...count.entries()]
      .filter(([, c]) => c >= Math.max(2, Math.ceil(evs.length / 2)))
      .sort((a, b) => Number(people.has(b[0])) - Number(people.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k]) => k);
    const title = storyTitle(shared, evs, cores, people, names)
      .map((k) => names.get(k) ?? k)
      .join(' – ');
    out.push({ id: stableId('st', ids), title: title || evs[0]!.title, event_ids: ids, entity_ids: shared });
  }
  return out;
}
