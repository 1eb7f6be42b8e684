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
    this.idfs = null;
    const ids = new Int32Array(f.tf.size);
    let i = 0;
    for (const k of f.tf.keys()) {
      const id = this.vocab.id(k);
      this.df[id] = (this.df[id] ?? 0) + 1;
      ids[i++] = id;
    }
    return ids;
  }

  /**
   * add() for a batch fitted on features kept between clusterings (the server's FeatureCache):
   * the same ids, through per-article term numbers kept with the features (see layoutOf).
   */
  fit(f: ArticleFeatures): Int32Array {
    this.n++;
    this.idfs = null;
    const layout = layoutOf(f, true);
    const n = layout.keys.length;
    const ids = new Int32Array(n);
    // Terms by their process-wide number (see layoutOf): a string lookup only the first time
    // this table meets a term, in the same order as looking every term up.
    let local = this.local;
    for (let i = 0; i < n; i++) {
      const g = layout.gids[i]!;
      if (g >= local.length) {
        const grown = new Int32Array(Math.max(g + 1, local.length * 2)).fill(-1);
        grown.set(local);
        this.local = local = grown;
      }
      let id = local[g]!;
      if (id < 0) local[g] = id = this.vocab.id(layout.keys[i]!);
      this.df[id] = (this.df[id] ?? 0) + 1;
      ids[i] = id;
    }
    return ids;
  }
  private local = new Int32Array(0);

  /**
   * Idf of every term known so far, computed once: a fitted batch's table does not change after
   * fitting (add() drops it), and each article's vector would otherwise take a logarithm per term.
   */
  freeze(): void {
    const t = new Float64Array(this.vocab.terms.length);
    for (let id = 0; id < t.length; id++) t[id] = this.computeIdf(id);
    this.idfs = t;
    this.frozenMinDf = this.minDf;
  }
  private idfs: Float64Array | null = null;
  private frozenMinDf = 0;
  /** Fitted and frozen (see freeze): vectorize may keep per-article arrays with the features. */
  get frozen(): boolean {
    return this.idfs !== null && this.frozenMinDf === this.minDf;
  }
  /**
   * Weight in an article's norm of a term too rare to count (see minDf): its idf had it been in
   * minDf documents, damped as the batch grows (SMALL_BATCH). Left out entirely, the words only
   * one article of a small pile uses vanish from its vector, and what is left — the town, the
   * union, "said" — makes reports of different events in one place look alike (a school fire
   * and a dock strike sharing only "Port Tessel" scored 0.35). In a large batch a word no other
   * article has is mostly a rare name or a typo, and the threshold was tuned without it.
   */
  idfBelowMin(): number {
    if (this.minDf <= 1 || this.n === 0) return 0;
    return (Math.log((this.n + 1 + BACKGROUND_DOCS) / (this.minDf + 1)) + 1) * Math.min(1, SMALL_BATCH / this.n);
  }
  idf(id: number): number {
    const t = this.idfs;
    return t !== null && id < t.length && this.frozenMinDf === this.minDf ? t[id]! : this.computeIdf(id);
  }
  private computeIdf(id: number): number {
    const d = this.df[id] ?? 0;
    // Smoothed idf (+1): in a small corpus about one story most words are in most articles,
    // and they still say the articles are about the same thing.
    return d < this.minDf ? 0 : Math.log((this.n + 1 + BACKGROUND_DOCS) / (d + 1)) + 1;
  }
}

/**
 * Batch size up to which the words only one article uses weigh fully in its norm (see
 * DocFreq.idfBelowMin). Measured on ECB+ (982 documents, weight 0.03): B-cubed F1 0.930 as
 * without it; at full weight there it fell to 0.889 (every cosine diluted below the threshold).
 */
export const SMALL_BATCH = 30;

/**
 * Documents assumed besides the batch when weighing a term (idf smoothing toward a background
 * corpus that lacks it). Idf read off a small batch alone ranks lowest exactly the words that
 * define its story: in four reports of one flood, "flood" and the valley's name are in all
 * four and weighed 0.66 of a word only one outlet used, so the reports scored below the
 * threshold and split 2 + 2. A batch is a sample of the news, where such words are rare; with
 * 30 background documents they weigh 0.85 of it. In a large batch the prior vanishes (ECB+,
 * 982 documents: content-only B-cubed F1 0.9304 with and without it).
 */
export const BACKGROUND_DOCS = SMALL_BATCH;

/** Key prefix of an article's residual term: the weight of its uncounted words in one entry. */
const RESIDUAL = '\u0000';
/** A residual term (see vectorize) matches no other article: not worth querying the index with. */
export function isResidual(vocab: Vocabulary, id: number): boolean {
  return vocab.terms[id]?.charCodeAt(0) === 0;
}

/** Max terms kept per article vector: the discriminative head carries the similarity. */
export const MAX_TERMS = 250;
/** Max terms per article vector in a stream (no prefit), where vectors live long. */
export const STREAM_MAX_TERMS = 96;

/**
 * TF-IDF per block, each block scaled to unit length then weighted, the whole unit length,
 * pruned to the MAX_TERMS heaviest terms (plus, in a fitted batch, one residual entry for the
 * words no other article has). `ids` are the interned ids of `f.tf`'s keys in order
 * (what DocFreq.add returned), when known.
 */
export function vectorize(f: ArticleFeatures, df: DocFreq, maxTerms = MAX_TERMS, ids?: Int32Array): SparseVec {
  const n = f.tf.size;
  const id = ids ?? Int32Array.from(f.tf.keys(), (k) => df.vocab.id(k));
  const w = new Float64Array(n);
  const block = new Uint8Array(n); // index into BLOCK_KEYS
  const norms = new Float64Array(BLOCK_KEYS.length);
  // Words too rare to count still dilute the vector (see DocFreq.idfBelowMin).
  const alone = new Float64Array(BLOCK_KEYS.length);
  // A text in another language (see ArticleFeatures.foreign): the capitalised words only it has
  // are mostly its language's nouns ("Großbrand", "Anwohner": German capitalises every noun), no
  // sign of another story; they are left out rather than diluting the names it shares.
  const aloneIdf = f.foreign ? 0 : df.idfBelowMin();
  const layout = layoutOf(f, df.frozen);
  for (let i = 0; i < n; i++) {
    const tf = layout.tf[i]!;
    const b = layout.block[i]!;
    const x = tf * df.idf(id[i]!);
    w[i] = x;
    block[i] = b;
    if (x > 0) norms[b]! += x * x;
    else if (aloneIdf > 0) alone[b]! += (tf * aloneIdf) ** 2;
  }
  for (let j = 0; j < norms.length; j++) norms[j]! += alone[j]!;
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
  let rest = 0;
  for (let j = 0; j < norms.length; j++) rest += alone[j]! * scale[j]! * scale[j]!;
  let norm = rest;
  for (let k = 0; k < kept; k++) norm += w[order[k]!]! * w[order[k]!]!;
  norm = Math.sqrt(norm) || 1;
  const extra = rest > 0 ? 1 : 0;
  const outIds = new Int32Array(kept + extra);
  const vals = new Float32Array(kept + extra);
  for (let k = 0; k < kept; k++) {
    outIds[k] = id[order[k]!]!;
    vals[k] = w[order[k]!]! / norm;
  }
  if (extra) {
    // One entry for them all, last (after the query terms), keyed by the article: it matches
    // nothing else, and it keeps the vector unit length (an article's dot with itself is 1).
    outIds[kept] = df.vocab.id(RESIDUAL + f.id);
    vals[kept] = Math.sqrt(rest) / norm;
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

/**
 * An article's term counts and blocks in the order of `f.tf`, as typed arrays: they do not depend
 * on the document frequencies, so a features object kept between re-clusterings (the server's
 * FeatureCache) is read through once, not at every clustering.
 */
function layoutOf(f: ArticleFeatures, keep: boolean): Layout {
  let l = layouts.get(f);
  if (!l || l.tf.length !== f.tf.size) {
    // (a stream's features are seen once: nothing kept, no process-wide numbers)
    const tf = new Float64Array(f.tf.size);
    const block = new Uint8Array(f.tf.size);
    const gids = new Int32Array(keep ? f.tf.size : 0);
    const keys: string[] = [];
    let i = 0;
    f.tf.forEach((x, k) => {
      tf[i] = x;
      if (keep) {
        gids[i] = globalId(k);
        keys.push(k);
      }
      block[i++] = BLOCK_INDEX[k[0]!] ?? 0;
    });
    l = { tf, block, gids, keys };
    if (keep) layouts.set(f, l);
  }
  return l;
}
interface Layout {
  tf: Float64Array;
  block: Uint8Array;
  /** Process-wide term numbers (see globalId), which tables map to their own ids. */
  gids: Int32Array;
  keys: string[];
}
const layouts = new WeakMap<ArticleFeatures, Layout>();

/**
 * A number per distinct term string for the life of the process (it only grows, by the
 * vocabulary of the articles seen). A DocFreq maps these to its own vocabulary's ids, whose order
 * (first seen in this table) is what the clustering's tie-breaks see.
 */
function globalId(term: string): number {
  let g = globalIds.get(term);
  if (g === undefined) globalIds.set(term, (g = globalIds.size));
  return g;
}
const globalIds = new Map<string, number>();

const BLOCK_KEYS = Object.keys(BLOCKS) as Block[];
const BLOCK_INDEX: Record<string, number> = Object.fromEntries(BLOCK_KEYS.map((b, j) => [b, j]));
