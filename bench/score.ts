// Shared by the clustering benches (cluster.ts ecbplus(), neus-clusters.ts): rounding, P/R/F1 to
// three places, the article → predicted event map, and an item with every date taken away.
import type { ArticleWithAnalysis } from '../src/types.ts';
import type { clusterEvents } from '../src/events/index.ts';
import type { PRF } from '../src/events/metrics.ts';

export const r3 = (x: number) => Math.round(x * 1000) / 1000;
export const prf = (p: PRF) => ({ precision: r3(p.precision), recall: r3(p.recall), f1: r3(p.f1) });

/** Article id → the id of the event it was clustered into. */
export function predicted(set: ReturnType<typeof clusterEvents>): Map<string, string> {
  const pred = new Map<string, string>();
  for (const e of set.events) for (const id of e.article_ids) pred.set(id, e.id);
  return pred;
}

/** The item with no publication date and no dates read from its text (content alone). */
export const undated = (it: ArticleWithAnalysis): ArticleWithAnalysis => ({ article: { ...it.article, published: null }, analysis: { ...it.analysis, times: [], published: null } });
