// The apart/together reasons of `parallax why` (see why-apart.ts), from the stored articles: an
// article against the runner-up event, and against the rest of its own event.
import type { ArticleWithAnalysis, Event } from '../../types.ts';
import type { Store } from '../../store/store.ts';
import { apartReasons, type ApartReason } from '../why-apart.ts';

function itemOf(store: Store, id: string): ArticleWithAnalysis | null {
  const article = store.article(id);
  const analysis = article ? store.analysis(id) : null;
  return article && analysis ? { article, analysis } : null;
}

/** Articles of an event as analysed items (duplicates and the article `skip` left out). */
function itemsOf(store: Store, e: Event, skip: string): ArticleWithAnalysis[] {
  const out: ArticleWithAnalysis[] = [];
  for (const id of e.article_ids) {
    if (id === skip) continue;
    const it = itemOf(store, id);
    if (it && !it.article.duplicate_of) out.push(it);
  }
  return out;
}

export interface WhyApart {
  /** Against the runner-up event: what lowered its score (or kept it level although the days differ). */
  runner_up: ApartReason[];
  /** Against the other articles of its own event. */
  own: ApartReason[];
}

/** `runnerScore`: the article's score with the runner-up; at 0 their dates contradict, and nothing else counted. */
export function whyApart(store: Store, articleId: string, own: Event | null, runner: Event | null, runnerScore: number): WhyApart {
  const item = itemOf(store, articleId);
  if (!item) return { runner_up: [], own: [] };
  return {
    runner_up: runner && runnerScore > 0 ? apartReasons(item, itemsOf(store, runner, articleId)) : [],
    own: own ? apartReasons(item, itemsOf(store, own, articleId)) : [],
  };
}
