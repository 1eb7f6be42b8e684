// How much of a sentence the rest of the event says too: its best wording match in each other
// outlet (averaged; with one outlet, its mean match with the other sentences of its article),
// and its tf-idf cosine with the titles (averaged). The summary's sentence score and the
// learned scorer's features (bench/fit-summary.ts) both start from these.
import { dot, vectorsFor, type Similarity } from './similarity.ts';
import type { EventText, Unit } from './units.ts';

/** Plain wording similarity of units i and j. */
export const lexAt = (sim: Similarity, i: number, j: number): number => sim.plain[i * sim.n + j]!;

export function agreement(ev: EventText, sim: Similarity): Array<{ cross: number; title: number }> {
  const { units } = ev;
  const sourceKeys = [...new Set(units.map((u) => u.source.key))];
  const bySource = new Map<string, Unit[]>(sourceKeys.map((k) => [k, units.filter((u) => u.source.key === k)]));
  const titleVecs = vectorsFor([...ev.titles, ...units.map((u) => u.stems)]);
  const tv = titleVecs.slice(0, ev.titles.length).filter((_, k) => ev.titles[k]!.length > 0);
  const uv = titleVecs.slice(ev.titles.length);
  return units.map((u) => {
    let cross = 0;
    let others = 0;
    for (const k of sourceKeys) {
      if (k === u.source.key) continue;
      others++;
      let best = 0;
      for (const v of bySource.get(k)!) best = Math.max(best, lexAt(sim, u.i, v.i));
      cross += best;
    }
    // with one source, centrality inside the article stands in for agreement
    if (others === 0) {
      const mine = ev.byArticle.get(u.article_id)!.filter((v) => v !== u);
      cross = mine.length ? mine.reduce((s, v) => s + lexAt(sim, u.i, v.i), 0) / mine.length : 0;
    } else cross /= others;
    const title = tv.length ? tv.reduce((s, t) => s + dot(t, uv[u.i]!), 0) / tv.length : 0;
    return { cross, title };
  });
}
