// One round of `parallax watch`: read the inputs again (feeds, URLs, folders), store what is new,
// analyse it, re-cluster, and say what changed since the last round — events that appeared and
// events that gained articles. Event ids hash their members, so an event that grew has a new id:
// it is matched to the event it was by the articles they share.
import type { Store } from '../store/store.ts';
import type { Event, Rejection } from '../types.ts';
import { ingest, type IngestOptions } from './ingest.ts';
import { analyzeAndCluster } from './cluster.ts';
import type { FeatureCache } from './feature-cache.ts';

export interface EventChange {
  kind: 'new' | 'updated';
  event_id: string;
  /** The id the event had before this round (updated only). */
  was?: string;
  title: string;
  date: string;
  articles: number;
  /** The articles this round added to it. */
  added: string[];
}

export interface RoundResult {
  ingested: number;
  duplicates: number;
  rejected: Rejection[];
  changes: EventChange[];
  events: number;
}

/** `validators`: one map kept across rounds, so unchanged feeds and pages answer 304. */
export type RoundOptions = Pick<IngestOptions, 'allowPrivate' | 'followLinks' | 'registryFiles' | 'validators'> & {
  /** Article features kept across rounds (most articles are the same as last round). */
  features?: FeatureCache;
};

/** What the new event set changed against the old one, for the articles this round stored. */
export function eventChanges(before: Event[], after: Event[], added: Set<string>): EventChange[] {
  const eventOf = new Map<string, Event>();
  for (const e of before) for (const id of e.article_ids) eventOf.set(id, e);
  const unchanged = new Set(before.map((e) => e.id));
  const out: EventChange[] = [];
  for (const e of after) {
    const mine = e.article_ids.filter((id) => added.has(id));
    if (!mine.length || unchanged.has(e.id)) continue;
    // the old event holding most of this one's earlier articles
    const votes = new Map<Event, number>();
    for (const id of e.article_ids) {
      const old = eventOf.get(id);
      if (old) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const was = [...votes].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id))[0]?.[0];
    out.push({ kind: was ? 'updated' : 'new', event_id: e.id, ...(was ? { was: was.id } : {}), title: e.title, date: e.date.label, articles: e.article_ids.length, added: mine });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.event_id.localeCompare(b.event_id));
}

export async function watchRound(store: Store, inputs: string[], opts: RoundOptions = {}): Promise<RoundResult> {
  const before = store.events().events;
  const { features, ...ingestOpts } = opts;
  const ing = await ingest(store, inputs, ingestOpts);
  // nothing new, and the stored articles already have their events: nothing to redo
  if (!ing.ingested && (before.length || !store.articleCount())) return { ingested: 0, duplicates: ing.duplicates, rejected: ing.rejected, changes: [], events: before.length };
  const after = (await analyzeAndCluster(store, features)).events;
  return { ingested: ing.ingested, duplicates: ing.duplicates, rejected: ing.rejected, changes: eventChanges(before, after, new Set(ing.articleIds)), events: after.length };
}
