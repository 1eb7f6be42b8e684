// Sparse TF-IDF vectors over interned term ids, and the streaming document-frequency table.
import { BLOCKS, type ArticleFeatures, type Block } from './features.ts';

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
  /** Counts an article's terms; returns their ids in the order of `f.tf` (for vectorize). */
  add(f: ArticleFeatures): Int32Array {
    this.n++;
    const ids = new Int32Array(f.tf.size);
    let i = 0;
    for (const k of f.tf.keys()) {
      const id = this.vocab.id(k);
      this.df[id] = (this.df[id] ?? 0) + 1;
      ids[i++] = id;
    }
    return ids;
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
 * pruned to the MAX_TERMS heaviest terms. `ids` are the interned ids of `f.tf`'s keys in order
 * (what DocFreq.add returned), when known.
 */
export function vectorize(f: ArticleFeatures, df: DocFreq, maxTerms = MAX_TERMS, ids?: Int32Array): SparseVec {
  const n = f.tf.size;
  const id = ids ?? Int32Array.from(f.tf.keys(), (k) => df.vocab.id(k));
  const w = new Float64Array(n);
  const block: Block[] = new Array(n);
  const norms = new Map<Block, number>();
  let i = 0;
  for (const [k, tf] of f.tf) {
    const b = k[0] as Block;
    const x = tf * df.idf(id[i]!);
    w[i] = x;
    block[i] = b;
    if (x > 0) norms.set(b, (norms.get(b) ?? 0) + x * x);
    i++;
  }
  const order: number[] = [];
  for (let j = 0; j < n; j++) {
    if (w[j]! <= 0) continue;
    w[j] = (w[j]! * Math.sqrt(BLOCKS[block[j]!])) / Math.sqrt(norms.get(block[j]!) || 1);
    order.push(j);
  }
  order.sort((a, b) => w[b]! - w[a]! || id[a]! - id[b]!);
  const kept = order.length > maxTerms ? order.slice(0, maxTerms) : order;
  let norm = 0;
  for (const j of kept) norm += w[j]! * w[j]!;
  norm = Math.sqrt(norm) || 1;
  const outIds = new Int32Array(kept.length);
  const vals = new Float32Array(kept.length);
  kept.forEach((j, k) => {
    outIds[k] = id[j]!;
    vals[k] = w[j]! / norm;
  });
  return { ids: outIds, vals };
}
