// Sparse TF-IDF vectors over interned term ids, and the streaming document-frequency table.
import { BLOCKS, type ArticleFeatures, type Block } from './features.ts';
// Shared sparse-map dot product (re-exported: the clusterer imports it from here).
export { dotMaps } from '../util/sparse.ts';

export interface SparseVec {
  ids: Int32Array; // interned term ids
  vals: Float32Array; // unit-length overall
}

/** Interns term strings to small integers (memory and speed for 100k-article streams). */
export class Vocabulary {
  private readonly index = new Map<string, number>();
  readonly terms: string[] = [];
  id(term: string): number {
    let i = this.index.get(term);
    if (i === undefined) {
      i = this.terms.length;
      this.index.set(term, i);
      this.terms.push(term);
    }
    return i;
  }
  lookup(term: string): number | undefined {
    return this.index.get(term);
  }
}

/** Document frequencies, updated as articles stream in (or pre-fitted for a batch). */
export class DocFreq {
  n = 0;
  readonly df: number[] = [];
  /**
   * Fewest documents a term must be in to count. A fitted batch knows every document: a term
   * only one has can match nothing and would only dilute its vector (2). A stream cannot know
   * whether a later article will share it (1).
   */
  minDf = 1;
  constructor(readonly vocab: Vocabulary) {}
  add(f: ArticleFeatures): void {
    this.n++;
    for (const k of f.tf.keys()) {
      const id = this.vocab.id(k);
      this.df[id] = (this.df[id] ?? 0) + 1;
    }
  }
  idf(id: number): number {
    const d = this.df[id] ?? 0;
    // Smoothed idf (+1): in a small corpus about one story most words are in most articles,
    // and they still say the articles are about the same thing.
    return d < this.minDf ? 0 : Math.log((this.n + 1) / (d + 1)) + 1;
  }
}

/** Max terms kept per article vector: the discriminative head carries the similarity. */
export const MAX_TERMS = 250;
/** Max terms per article vector in a stream (no prefit), where vectors live long. */
export const STREAM_MAX_TERMS = 96;

/**
 * TF-IDF per block, each block scaled to unit length then weighted, the whole unit length,
 * pruned to the MAX_TERMS heaviest terms.
 */
export function vectorize(f: ArticleFeatures, df: DocFreq, maxTerms = MAX_TERMS): SparseVec {
  const byBlock = new Map<Block, Array<[number, number]>>();
  for (const [k, tf] of f.tf) {
    const block = k[0] as Block;
    const id = df.vocab.id(k);
    const w = tf * df.idf(id);
    if (w <= 0) continue;
    let arr = byBlock.get(block);
    if (!arr) byBlock.set(block, (arr = []));
    arr.push([id, w]);
  }
  const all: Array<[number, number]> = [];
  for (const [block, arr] of byBlock) {
    let norm = 0;
    for (const [, w] of arr) norm += w * w;
    const scale = Math.sqrt(BLOCKS[block]) / Math.sqrt(norm || 1);
    for (const p of arr) all.push([p[0], p[1] * scale]);
  }
  all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = all.slice(0, maxTerms);
  let norm = 0;
  for (const [, w] of kept) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const ids = new Int32Array(kept.length);
  const vals = new Float32Array(kept.length);
  kept.forEach(([id, w], i) => {
    ids[i] = id;
    vals[i] = w / norm;
  });
  return { ids, vals };
}

export function dotMap(v: SparseVec, m: Map<number, number>): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const x = m.get(v.ids[i]!);
    if (x !== undefined) s += x * v.vals[i]!;
  }
  return s;
}
