// Glue: analyse stored articles (all whose analysis is missing or outdated, or the given ids), then a
// cheap corpus pass links surname-only people to the one full name the corpus gives them.
import type { Store } from '../store/store.ts';
import type { AnalyzedArticle } from '../types.ts';
import { analyzeArticle, ANALYZER_VERSION, type AnalyzeOptions } from '../analyze/index.ts';
import { applyCorpusSurnames, corpusSurnames } from '../analyze/entities/corpus-aliases.ts';

export interface AnalyzeStoredOptions {
  onProgress?: (done: number) => void;
  /** Re-analyse even when a current analysis is stored. */
  force?: boolean;
  analyze?: AnalyzeOptions;
}

export async function analyzeStored(store: Store, ids?: string[], opts: AnalyzeStoredOptions = {}): Promise<{ analyzed: number; relinked: number }> {
  // Without ids: the articles whose analysis is missing or outdated, found by the stored
  // versions, so a store already analysed is not read through again.
  const all = ids ? null : store.articleIds();
  const versions = ids || opts.force ? null : store.analysisVersions();
  const todo = ids ?? (versions ? all!.filter((id) => versions.get(id) !== ANALYZER_VERSION) : all!);
  // One "today" for the whole run: a run that crosses midnight still gives one answer per input.
  const analyzeOpts: AnalyzeOptions = { ...opts.analyze, today: opts.analyze?.today ?? new Date().toISOString().slice(0, 10) };
  let analyzed = 0;
  let done = all ? all.length - todo.length : 0; // current ones count as done
  if (done) opts.onProgress?.(done);
  const batch: AnalyzedArticle[] = [];
  const flush = () => {
    if (!batch.length) return;
    store.transaction(() => {
      for (const a of batch) store.putAnalysis(a);
    });
    batch.length = 0;
  };
  for (const id of todo) {
    const article = store.article(id);
    if (!article) continue;
    batch.push(analyzeArticle(article, analyzeOpts));
    analyzed++;
    if (batch.length >= 50) flush();
    done++;
    opts.onProgress?.(done);
    // Yield to the event loop now and then so progress bars can redraw.
    if (done % 200 === 0) await new Promise((r) => setImmediate(r));
  }
  flush();
  const relinked = analyzed ? linkCorpusSurnames(store) : 0;
  return { analyzed, relinked };
}

/**
 * Corpus pass over every stored analysis: surname-only person entities ("Marek") take the id and name
 * of the one full-name person with that surname in the corpus ("person:jovan-marek"). Idempotent.
 * Returns how many analyses changed.
 */
export function linkCorpusSurnames(store: Store): number {
  const analyses: AnalyzedArticle[] = [];
  for (const id of store.articleIds()) {
    const a = store.analysis(id);
    if (a) analyses.push(a);
  }
  const surnames = corpusSurnames(analyses);
  if (!surnames.size) return 0;
  const changed: AnalyzedArticle[] = [];
  for (const a of analyses) {
    const next = applyCorpusSurnames(a, surnames);
    if (next) changed.push(next);
  }
  if (changed.length) store.transaction(() => {
    for (const a of changed) store.putAnalysis(a);
  });
  return changed.length;
}
