// Article features kept between re-clusterings of one store (the server after each POST, `watch`
// after each round): computing them is about a third of clustering, and most articles are the same
// as last time. An entry is reused only for the same article text, the same analysis (its JSON:
// the corpus pass may relink an analysis without a new version) and the same "today".
import { createHash } from 'node:crypto';
import type { ArticleWithAnalysis } from '../types.ts';
import { articleFeatures, type ArticleFeatures } from '../events/features.ts';

export class FeatureCache {
  private entries = new Map<string, { key: string; features: ArticleFeatures }>();
  private seen = new Set<string>();
  hits = 0;
  misses = 0;

  /** The features of an item, from the cache when nothing they depend on changed. */
  readonly features = (item: ArticleWithAnalysis, today: string): ArticleFeatures => {
    const id = item.article.id;
    const key = createHash('sha1').update(today).update('\u0000').update(item.article.content_hash).update('\u0000').update(JSON.stringify(item.analysis)).digest('base64');
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (hit && hit.key === key) {
      this.hits++;
      return hit.features;
    }
    this.misses++;
    const features = articleFeatures(item, today);
    this.entries.set(id, { key, features });
    return features;
  };

  /** Drops the entries of articles the last clustering did not ask for (deleted or no longer originals). */
  prune(): void {
    for (const id of this.entries.keys()) if (!this.seen.has(id)) this.entries.delete(id);
    this.seen.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
