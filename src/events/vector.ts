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
  const block = new Uint8Array(n); // index into BLOCK_KEYS
  const norms = new Float64Array(BLOCK_KEYS.length);
  let i = 0;
  f.tf.forEach((tf, k) => {
    const b = BLOCK_INDEX[k[0]!] ?? 0;
    const x = tf * df.idf(id[i]!);
    w[i] = x;
    block[i] = b;
    if (x > 0) norms[b]! += x * x;
    i++;
  });
  const scale = BLOCK_KEYS.map((b, j) => Math.sqrt(BLOCKS[b]) / Math.sqrt(norms[j] || 1));
  const all = new Int32Array(n);
  let m = 0;
  for (let j = 0; j < n; j++) {
    if (w[j]! <= 0) continue;
    w[j] = w[j]! * scale[block[j]!]!;
    all[m++] = j;
  }
  const order = byWeight(all.subarray(0, m), w, id);
  const kept = Math.min(order.length, maxTerms);
  let norm = 0;
  for (let k = 0; k < kept; k++) norm += w[order[k]!]! * w[order[k]!]!;
  norm = Math.sqrt(norm) || 1;
  const outIds = new Int32Array(kept);
  const vals = new Float32Array(kept);
  for (let k = 0; k < kept; k++) {
    outIds[k] = id[order[k]!]!;
    vals[k] = w[order[k]!]! / norm;
  }
  return { ids: outIds, vals };
}

/**
 * Indices sorted by weight, heaviest first (ties: lower term id first). A merge sort with the
 * comparison inline: Array.prototype.sort calls a comparator per comparison, several times
 * slower on the ~200 terms of every article.
 */
function byWeight(idx: Int32Array, w: Float64Array, id: Int32Array): Int32Array {
  let a = Int32Array.from(idx);
  let b = new Int32Array(a.length);
  const n = a.length;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const x = a[i]!;
        const y = a[j]!;
        // x first unless y is heavier, or as heavy with a lower id
        if (w[y]! > w[x]! || (w[y] === w[x] && id[y]! < id[x]!)) {
          b[k++] = y;
          j++;
        } else {
          b[k++] = x;
          i++;
        }
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

const BLOCK_KEYS = Object.keys(BLOCKS) as Block[];
const BLOCK_INDEX: Record<string, number> = Object.fromEntries(BLOCK_KEYS.map((b, j) => [b, j]));
