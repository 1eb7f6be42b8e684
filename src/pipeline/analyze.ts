// Glue: analyse stored articles (all whose analysis is missing or outdated, or the given ids).
import type { Store } from '../store/store.ts';
import { analyzeArticle, ANALYZER_VERSION, type AnalyzeOptions } from '../analyze/index.ts';

export interface AnalyzeStoredOptions {
  onProgress?: (done: number) => void;
  /** Re-analyse even when a current analysis is stored. */
  force?: boolean;
  analyze?: AnalyzeOptions;
}

export async function analyzeStored(store: Store, ids?: string[], opts: AnalyzeStoredOptions = {}): Promise<{ analyzed: number }> {
  const articles = ids ? ids.map((id) => store.article(id)).filter((a) => a !== null) : store.articles();
  let analyzed = 0;
  let done = 0;
  const batch: ReturnType<typeof analyzeArticle>[] = [];
  const flush = () => {
    if (!batch.length) return;
    store.transaction(() => {
      for (const a of batch) store.putAnalysis(a);
    });
    batch.length = 0;
  };
  for (const article of articles) {
    const current = opts.force || ids ? null : store.analysis(article.id);
    if (!current || current.version !== ANALYZER_VERSION || opts.force || ids) {
      batch.push(analyzeArticle(article, opts.analyze));
      analyzed++;
      if (batch.length >= 50) flush();
    }
    done++;
    opts.onProgress?.(done);
    // Yield to the event loop now and then so progress bars can redraw.
    if (done % 200 === 0) await new Promise((r) => setImmediate(r));
  }
  flush();
  return { analyzed };
}
