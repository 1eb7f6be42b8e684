// Extractive summary within a word budget. A sentence scores high when other outlets say
// the same thing (centrality across sources), when it echoes the titles, and when it is a
// lead; quotes and loaded wording score lower. Redundant sentences are skipped (MMR), and
// the chosen ones are ordered by where they stand in their articles. Selection compares
// wording only (sentence embeddings did not pick better sentences and cost time); the
// echo citations use the full alignment score, embeddings included.
import { ALIGN } from './align.ts';
import { loadedCount } from './lexicon.ts';
import { dot, vectorsFor, type Similarity } from './similarity.ts';
import type { Citation, SummarySentence } from './types.ts';
import { cite, type EventText, type Unit } from './units.ts';

const JUNK = /(https?:\/\/|www\.|\bsubscribe\b|\bsign up\b|\bread more\b|\bclick here\b|\bnewsletter\b|©|\ball rights reserved\b)/i;
// Two sentences the fact alignment would call "the same thing" are redundant.
const REDUNDANT = ALIGN;
// A sentence whose wording is mostly inside an already chosen one adds little.
const CONTAIN = 0.7;

const lexAt = (sim: Similarity, i: number, j: number) => sim.plain[i * sim.n + j]!;

export function usable(u: Unit): boolean {
  if (u.words < 5 || u.words > 80) return false;
  if (JUNK.test(u.text)) return false;
  if (!/\p{Ll}/u.test(u.text)) return false;
  if (/[:]$/.test(u.text)) return false; // "X said:" introduces a quote that is elsewhere
  return true;
}

export function scoreUnits(ev: EventText, sim: Similarity): number[] {
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
      const mine = units.filter((v) => v.article_id === u.article_id && v !== u);
      cross = mine.length ? mine.reduce((s, v) => s + lexAt(sim, u.i, v.i), 0) / mine.length : 0;
    } else cross /= others;
    const title = tv.length ? tv.reduce((s, t) => s + dot(t, uv[u.i]!), 0) / tv.length : 0;
    const lead = 1 / (1 + u.position);
    let s = 0.45 * cross + 0.3 * title + 0.25 * lead;
    if (u.quoted > 0.5) s *= 0.6;
    else if (u.quoted > 0.2) s *= 0.85;
    s *= Math.pow(0.85, loadedCount(u.text));
    if (/\?["”]?$/.test(u.text)) s *= 0.5;
    if (u.words < 8) s *= 0.7;
    if (!/[.!?…]["”’')\]]*$/.test(u.text)) s *= 0.5; // headlines, captions, datelines
    return s;
  });
}

/** The sentences of other articles that say what unit i says (best first, one per article). */
export function echoes(ev: EventText, sim: Similarity, i: number): Citation[] {
  const best = new Map<string, { s: number; u: Unit }>();
  for (const v of ev.units) {
    if (v.article_id === ev.units[i]!.article_id) continue;
    const s = sim.at(i, v.i);
    if (s < ALIGN) continue;
    const cur = best.get(v.article_id);
    if (!cur || s > cur.s) best.set(v.article_id, { s, u: v });
  }
  return [...best.values()].sort((a, b) => b.s - a.s).map((x) => cite(x.u));
}

export interface SummaryOptions {
  /**
   * 'none' (default): the summary never exceeds the word budget — what a reader is promised.
   * 'last-sentence': sentences are added until the budget is reached, so the last one may
   * cross it. Only for evaluation under the ROUGE `-l N` convention, where the scorer keeps the
   * first N words of the summary (see bench/summarize.ts).
   */
  overflow?: 'none' | 'last-sentence';
}

/** Greedy MMR choice of sentences by score within the budget, then reading order. */
export function selectUnits(ev: EventText, sim: Similarity, scores: number[], words: number, opts: SummaryOptions = {}): Unit[] {
  const overflow = opts.overflow ?? 'none';
  const cands = ev.units.filter(usable).sort((a, b) => scores[b.i]! - scores[a.i]!);
  const chosen: Unit[] = [];
  let used = 0;
  const remaining = new Set(cands);
  while (remaining.size && used < words) {
    let pick: Unit | null = null;
    let pickScore = -Infinity;
    for (const u of remaining) {
      if (overflow === 'none' && used + u.words > words) continue;
      const red = chosen.reduce((m, c) => Math.max(m, lexAt(sim, u.i, c.i), sim.at(u.i, c.i), CONTAIN * sim.contained(u.i, c.i)), 0);
      if (red >= REDUNDANT) continue;
      const mmr = scores[u.i]! - 0.5 * red;
      if (mmr > pickScore) {
        pickScore = mmr;
        pick = u;
      }
    }
    if (!pick) break;
    chosen.push(pick);
    remaining.delete(pick);
    used += pick.words;
  }
  // reading order: leads before later sentences; within one article, its own order
  const rel = (u: Unit) => u.position / Math.max(1, ev.byArticle.get(u.article_id)!.length);
  chosen.sort((a, b) => (a.article_id === b.article_id ? a.position - b.position : rel(a) - rel(b) || scores[b.i]! - scores[a.i]!));
  return chosen;
}

export function summarize(ev: EventText, sim: Similarity, words = 80, opts: SummaryOptions = {}): SummarySentence[] {
  const chosen = selectUnits(ev, sim, scoreUnits(ev, sim), words, opts);
  return chosen.map((u) => ({ text: u.text, citations: [cite(u), ...echoes(ev, sim, u.i)] }));
}
