// A bounded sample of a large event for the sentence-level work of a brief. Aligning facts
// compares every sentence with every other (time and memory grow with the square: 5,000
// sentences took a minute and 1 GB), so past MAX_BRIEF_SENTENCES the brief reads each article's
// first sentences — where reports put what happened — as deep as the budget allows, every
// article at the same depth; past one lead per article, the leads of independent reports first,
// taken outlet by outlet. Coverage still counts every article.
import type { ArticleWithAnalysis } from '../types.ts';

/** Sentences a brief aligns at most (about 3 s on this machine with embeddings off). */
export const MAX_BRIEF_SENTENCES = 1500;

export interface BriefSample {
  items: ArticleWithAnalysis[];
  /** Set when the sample is smaller than the event: what was read, for the brief's warnings. */
  note: string | null;
}

const firstSentences = (it: ArticleWithAnalysis, k: number): ArticleWithAnalysis =>
  it.analysis.sentences.length <= k ? it : { article: it.article, analysis: { ...it.analysis, sentences: it.analysis.sentences.slice(0, k) } };

/** Articles taken outlet by outlet (one from each, then a second from each, ...). */
function acrossOutlets(items: ArticleWithAnalysis[]): ArticleWithAnalysis[] {
  const byOutlet = new Map<string, ArticleWithAnalysis[]>();
  for (const it of items) {
    const key = it.article.outlet?.id ?? it.article.outlet?.name ?? it.article.id;
    const list = byOutlet.get(key) ?? [];
    list.push(it);
    byOutlet.set(key, list);
  }
  const out: ArticleWithAnalysis[] = [];
  const queues = [...byOutlet.values()];
  for (let round = 0; out.length < items.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}

/** Leads in an order that spreads a limited number over outlets: every original before any copy. */
function leadOrder(items: ArticleWithAnalysis[]): ArticleWithAnalysis[] {
  return [...acrossOutlets(items.filter((it) => !it.article.duplicate_of)), ...acrossOutlets(items.filter((it) => it.article.duplicate_of))];
}

export function sampleForBrief(items: ArticleWithAnalysis[], max = MAX_BRIEF_SENTENCES): BriefSample {
  const total = items.reduce((s, it) => s + it.analysis.sentences.length, 0);
  if (total <= max) return { items, note: null };
  if (items.length > max) {
    // not even one lead each: the leads of `max` articles, spread over outlets
    const keep = new Set(leadOrder(items).slice(0, max));
    const picked = items.filter((it) => keep.has(it)).map((it) => firstSentences(it, 1));
    return { items: picked, note: `large event: facts, quotes and framing read the lead sentence of ${picked.length} of ${items.length} articles (all outlets counted in coverage)` };
  }
  // the deepest k with every article cut at its first k sentences within the budget
  let k = 1;
  while (items.reduce((s, it) => s + Math.min(it.analysis.sentences.length, k + 1), 0) <= max) k++;
  const picked = items.map((it) => firstSentences(it, k));
  const read = picked.reduce((s, it) => s + it.analysis.sentences.length, 0);
  return { items: picked, note: `large event: facts, quotes and framing read the first ${k} sentences of each article (${read} of ${total} sentences)` };
}
