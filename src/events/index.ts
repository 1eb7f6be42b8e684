// Events stage: AnalyzedArticle[] -> Event[], Storyline[] (+ the Assignment behind each article).
// Batch clustering is agglomerative (average linkage over the sparse candidate graph, the
// streaming clusterer's consolidation run from singletons); streams use StreamClusterer.add().
import type { Article, ArticleWithAnalysis, Assignment, Event } from '../types.ts';
import type { EventSet } from '../store/store.ts';
import { AMBIGUOUS_RULE, StreamClusterer, type ClusterOptions } from './stream.ts';
import { articleFeatures, type ArticleFeatures } from './features.ts';
import { dateFromMembers, type DatingResult } from './dating.ts';
import { corpusMentions, narrowWithCorpus } from './corpus-dating.ts';
import type { CoreEntities } from './core-entities.ts';
import { linkStorylines } from './storylines.ts';
import { stableId } from './ids.ts';
import { rerunInTime } from '../extract/dedupe.ts';
import { byTimeline } from './order.ts';
import { eventTitle } from './title.ts';
import { candidateDays } from './candidate-days.ts';

export { StreamClusterer, DEFAULT_THRESHOLD, AMBIGUOUS_RULE, type ClusterOptions } from './stream.ts';
export type { EventSet } from '../store/store.ts';

export interface EventOptions extends ClusterOptions {
  /** Latest possible date (YYYY-MM-DD) for anything reported; default: today (UTC). */
  today?: string;
  /**
   * Where an article's features come from (default: computed). A long-running caller that
   * re-clusters a growing store (the server, `watch`) passes a cache (pipeline/feature-cache.ts):
   * features are a pure function of the article, its analysis and `today`.
   */
  features?: (item: ArticleWithAnalysis, today: string) => ArticleFeatures;
  /**
   * Where an event's own date and core entities come from (default: dateFromMembers, a pure
   * function of the members and `today`); the same cache memoises it per member set. The result
   * is the caller's to change (its evidence gets added to).
   */
  dating?: (members: ArticleWithAnalysis[], today: string) => DatingResult;
}

/** Follows duplicate_of chains to the stored original (or the article itself). */
function originalOf(id: string, byId: Map<string, ArticleWithAnalysis>): string {
  let cur = id;
  const seen = new Set<string>();
  for (;;) {
    const d = byId.get(cur)?.article.duplicate_of;
    if (!d || !byId.has(d) || seen.has(d) || !copyOf(byId.get(cur)!.article, byId.get(d)!.article)) return cur;
    seen.add(cur);
    cur = d;
  }
}

/**
 * An exact copy, or a near copy published within REPOST_DAYS of the article it copies
 * (extract/dedupe.ts). Ingest no longer marks the others, but stores ingested before may hold such
 * links: a near copy days apart is clustered like any other (it still joins the original's event
 * when its date allows).
 */
function copyOf(a: Article, original: Article): boolean {
  return a.content_hash === original.content_hash || rerunInTime(a, original);
}

export function clusterEvents(items: ArticleWithAnalysis[], opts: EventOptions = {}): EventSet {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const byId = new Map(items.map((it) => [it.article.id, it]));
  const originals = items.filter((it) => originalOf(it.article.id, byId) === it.article.id);
  // Features once; the batch knows its whole corpus, so document frequencies are fitted first.
  const featuresOf = opts.features ?? articleFeatures;
  const feats = originals.map((it) => featuresOf(it, today)); // the same "today" as the event dates
  const sc = new StreamClusterer({ ...opts, prefit: opts.prefit ?? feats });
  // Batch = agglomerative: every article starts alone, consolidate() merges by average linkage.
  for (const f of feats) sc.seed(f);
  sc.consolidate();

  const live = sc.liveClusters();
  const eventIdOf = new Map<number, string>();
  for (const c of live) eventIdOf.set(c.key, stableId('ev', c.ids));
  const name = (key: number): string => eventIdOf.get(sc.liveKey(key)) ?? `c${key}`;

  // Duplicates join their original's event and are not counted again.
  const dupsOf = new Map<string, string[]>();
  for (const it of items) {
    const o = originalOf(it.article.id, byId);
    if (o !== it.article.id) (dupsOf.get(o) ?? dupsOf.set(o, []).get(o)!).push(it.article.id);
  }

  const mentions = corpusMentions(originals);
  const dating = opts.dating ?? dateFromMembers;
  const cores = new Map<string, CoreEntities>();
  const events: Event[] = [];
  for (const c of live) {
    const id = eventIdOf.get(c.key)!;
    const members = c.ids.map((x) => byId.get(x)!);
    const { date, core } = dating(members, today);
    const dated = narrowWithCorpus(date, core, new Set(c.ids), mentions);
    cores.set(id, core);
    const article_ids = c.ids.flatMap((x) => [x, ...(dupsOf.get(x) ?? [])]);
    events.push({
      id,
      title: eventTitle(c.ranked.map((x) => byId.get(x)!), core, dated),
      date: dated,
      article_ids,
      entity_ids: [...core.persons, ...core.others, ...core.places],
      storyline_id: null,
    });
  }
  // An event kept out of two others it fits equally well says which, in its date's evidence.
  const byKey = new Map(live.map((c) => [c.key, events.find((e) => e.id === eventIdOf.get(c.key))!]));
  for (const c of live) {
    const pair = sc.ambiguousBetween(c.key);
    const rivals = pair?.map((k) => byKey.get(sc.liveKey(k)));
    if (!rivals || !rivals[0] || !rivals[1]) continue;
    const [a, b] = rivals[0].date.label <= rivals[1].date.label ? [rivals[0], rivals[1]] : [rivals[1], rivals[0]];
    const ev = byKey.get(c.key)!;
    // Few days it can be (the two rivals' own days, when its evidence allows both): name them.
    const named = candidateDays(ev.date, [a.date, b.date]);
    if (named) ev.date = named;
    ev.date.evidence.push({
      rule: 'kept-apart:fits-two-events',
      note: `fits the event of ${a.date.label} (${a.id}) and that of ${b.date.label} (${b.id}) equally well, in wording and date; joined to neither${named ? `: it is on ${named.label}` : ''}`,
    });
  }
  events.sort(byTimeline);
  // days each event's reports refer back to as earlier happenings (see back-references.ts)
  const priorsOf = new Map(feats.map((f) => [f.id, f.priors ?? []]));
  const refs = new Map<string, Set<number>>();
  for (const c of live) refs.set(eventIdOf.get(c.key)!, new Set(c.ids.flatMap((x) => priorsOf.get(x) ?? [])));
  const storylines = linkStorylines(events, cores, refs);
  for (const s of storylines) for (const e of s.event_ids) events.find((x) => x.id === e)!.storyline_id = s.id;

  const assignments: Assignment[] = [];
  originals.forEach((it, mi) => {
    const now = sc.clusterOf(mi);
    // Each article started its own event (key = its index): still there, absorbed, or moved.
    // Alone because it fits two events of different dates equally well: said so first.
    const alone = sc.memberCount(now) === 1;
    const rule =
      alone && sc.ambiguousBetween(now) ? AMBIGUOUS_RULE : sc.liveKey(mi) !== now ? 'moved-on-consolidation' : !alone ? 'joined' : 'opened-new-event';
    assignments.push(sc.finalAssignment(mi, rule, name));
    for (const d of dupsOf.get(it.article.id) ?? []) {
      assignments.push({
        article_id: d,
        event_id: name(now),
        score: 1,
        runner_up: null,
        shared_terms: [],
        shared_entities: [],
        date_gap_days: null,
        rule: 'duplicate-of',
      });
    }
  });
  return { events, storylines, assignments };
}
