// Article features kept between re-clusterings of one store (the server after each POST, `watch`
// after each round): computing them is about a third of clustering, and most articles are the same
// as last time. An entry is reused only for the same article (as JSON: text, title, dates,
// duplicate link), the same analysis (as JSON: the corpus pass may relink an analysis without a
// new version) and the same "today"; it keeps a private copy of both to compare with (same-json.ts),
// which costs memory (about the parsed store) but no serialising and hashing at every run.
// The same keys memoise each event's own date and core entities (dateFromMembers): a pure function
// of its member articles and "today", so an event whose members are the same articles as last time,
// unchanged, gets the same result. Most events are untouched by one new article.
import type { ArticleWithAnalysis } from '../types.ts';
import { articleFeatures, type ArticleFeatures } from '../events/features.ts';
import { dateFromMembers, type DatingResult } from '../events/dating.ts';
import { sameJson } from './same-json.ts';

interface Entry {
  today: string;
  /** A private copy of the item the features were computed from (callers may change theirs). */
  item: ArticleWithAnalysis;
  /** Unique per entry: an article's entry is replaced whenever it changes. */
  key: number;
  features: ArticleFeatures;
}

export class FeatureCache {
  private entries = new Map<string, Entry>();
  private nextKey = 0;
  /** This run's key of each article asked for, with the very item it was asked for (prune keeps these entries). */
  private current = new Map<string, { key: number; item: ArticleWithAnalysis }>();
  private datings = new Map<string, DatingResult>();
  private datingsUsed = new Set<string>();
  hits = 0;
  misses = 0;
  datingHits = 0;
  datingMisses = 0;

  /** The features of an item, from the cache when nothing they depend on changed. */
  readonly features = (item: ArticleWithAnalysis, today: string): ArticleFeatures => {
    const id = item.article.id;
    let e = this.entries.get(id);
    if (e && e.today === today && sameJson(e.item.article, item.article) && sameJson(e.item.analysis, item.analysis)) this.hits++;
    else {
      this.misses++;
      e = { today, item: structuredClone(item), key: this.nextKey++, features: articleFeatures(item, today) };
      this.entries.set(id, e);
    }
    this.current.set(id, { key: e.key, item });
    return e.features;
  };

  /**
   * dateFromMembers, memoised by the members' keys (in order) when every member's features were
   * asked for in this run (so its key is that of this very item); else computed. Callers get a
   * copy: the events stage adds evidence to the date it is given.
   */
  readonly dating = (members: ArticleWithAnalysis[], today: string): DatingResult => {
    const keys: Array<string | number> = [today];
    for (const m of members) {
      const cur = this.current.get(m.article.id);
      if (!cur || cur.item !== m) return dateFromMembers(members, today);
      keys.push(cur.key);
    }
    const key = keys.join(',');
    this.datingsUsed.add(key);
    let hit = this.datings.get(key);
    if (hit) this.datingHits++;
    else {
      this.datingMisses++;
      hit = dateFromMembers(members, today);
      this.datings.set(key, hit);
    }
    return structuredClone(hit);
  };

  /** Drops the entries of articles (and events) the last clustering did not ask for (deleted, no longer originals, regrouped). */
  prune(): void {
    for (const id of this.entries.keys()) if (!this.current.has(id)) this.entries.delete(id);
    for (const key of this.datings.keys()) if (!this.datingsUsed.has(key)) this.datings.delete(key);
    this.current.clear();
    this.datingsUsed.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Events whose dating is memoised. */
  get datingSize(): number {
    return this.datings.size;
  }
}
