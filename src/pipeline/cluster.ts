// Glue: cluster every stored article (with its analysis) into events and storylines, date
// them, and replace the stored event set. Deterministic: same store, same result and ids.
import type { Store, EventSet } from '../store/store.ts';
import type { AnalyzedArticle, ArticleWithAnalysis } from '../types.ts';
import { clusterEvents, type EventOptions } from '../events/index.ts';
import type { FeatureCache } from './feature-cache.ts';
import { analyzeStored } from './analyze.ts';

function emptyAnalysis(articleId: string): AnalyzedArticle {
  return { article_id: articleId, version: 0, sentences: [], entities: [], times: [], quantities: [], quotes: [], published: null, warnings: [] };
}

export function storedItems(store: Store): ArticleWithAnalysis[] {
  return store.articles().map((article) => ({ article, analysis: store.analysis(article.id) ?? emptyAnalysis(article.id) }));
}

/**
 * Clusters the stored articles (pass `items` when the caller already loaded them) and stores the
 * set. A FeatureCache kept by a long-running caller spares recomputing unchanged articles.
 */
export function clusterStore(store: Store, opts: EventOptions = {}, items: ArticleWithAnalysis[] = storedItems(store), cache?: FeatureCache): EventSet {
  const set = clusterEvents(items, cache ? { ...opts, features: cache.features, dating: cache.dating } : opts);
  cache?.prune();
  store.transaction(() => store.replaceEvents(set));
  return set;
}

/**
 * After new articles were stored (a POST, a `watch` round): analyse what lacks a current analysis
 * and re-cluster the whole store, so events do not depend on the order articles arrived in.
 */
export async function analyzeAndCluster(store: Store, cache?: FeatureCache): Promise<EventSet> {
  await analyzeStored(store);
  return clusterStore(store, {}, undefined, cache);
}
