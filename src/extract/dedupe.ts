// Exact duplicates by a hash of normalised text; near duplicates (re-posts, light rewrites)
// by word-shingle MinHash with LSH banding, so lookups stay cheap at 100k articles.
// The signature uses one-permutation hashing (one hash per shingle, split into bins) with
// densification, which costs O(shingles) instead of O(shingles x permutations).
import { createHash } from 'node:crypto';
import { daysBetween } from '../util/calendar.ts';
import type { Article } from '../types.ts';

export const SHINGLE = 4; // words per shingle
export const BINS = 64; // signature length
export const ROWS = 3; // rows per LSH band
export const BANDS = Math.floor(BINS / ROWS);
/** Estimated Jaccard similarity at or above which two texts are the same story re-posted. */
export const NEAR_DUP_THRESHOLD = 0.6;

/**
 * Declared publication days further apart than this make a near copy (not the same text) news of
 * its own: a wire template reused a month later ("The central bank raised its main rate by a
 * quarter point to 4.5% on Thursday…") shares most of its words with last month's decision, but is
 * another event.
 */
export const REPOST_DAYS = 2;

/** The day an article declares, when it declares one day. */
export const declaredDay = (a: Pick<Article, 'published'>): string | null => (a.published?.precision === 'day' && a.published.start) || null;

/** Whether two declared days (ISO) are close enough for a near copy to be a re-run; an unknown day is. */
export function rerunDays(x: string | null, y: string | null): boolean {
  const d = x && y ? daysBetween(x, y) : null;
  return d === null || Math.abs(d) <= REPOST_DAYS;
}

/** Whether a near copy can be a re-run of `original`: published within REPOST_DAYS of it, or either day unknown. */
export function rerunInTime(a: Pick<Article, 'published'>, original: Pick<Article, 'published'>): boolean {
  return rerunDays(declaredDay(a), declaredDay(original));
}

/** Lower-case words only: punctuation, case and whitespace differences do not matter. */
export function normalizeForHash(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(); // fast path
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function contentHash(text: string, normalized = normalizeForHash(text)): string {
  return createHash('sha256').update(normalized).digest('hex');
}

/** 32-bit FNV-1a over a string, then a murmur finaliser to spread the bits. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, k: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d + k);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

const BIN_SHIFT = 32 - Math.log2(BINS); // top bits choose the bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;

export function minhash(text: string, normalized = normalizeForHash(text)): number[] {
  const words = normalized.split(' ').filter(Boolean);
  const sig = new Array<number>(BINS).fill(EMPTY);
  const wh = words.map(hash32);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // shingle hash combined from word hashes: order-sensitive, no string building
    let h = 0x9747b28c;
    for (let j = i; j < i + SHINGLE && j < wh.length; j++) h = mix(h ^ wh[j]!, j - i);
    h >>>= 0;
    const bin = h >>> BIN_SHIFT;
    const v = h & VALUE_MASK;
    if (v < sig[bin]!) sig[bin] = v;
  }
  // densify: an empty bin borrows the next non-empty bin's value, tagged by the distance
  if (sig.some((v) => v !== EMPTY) && sig.some((v) => v === EMPTY)) {
    const out = sig.slice();
    for (let b = 0; b < BINS; b++) {
      if (sig[b] !== EMPTY) continue;
      for (let k = 1; k < BINS; k++) {
        const j = (b + k) % BINS;
        if (sig[j] !== EMPTY) {
          out[b] = (sig[j]! + k * 0x9e3779b) >>> 0;
          break;
        }
      }
    }
    return out;
  }
  return sig;
}

/** Candidates kept per LSH bucket; keeps lookups O(1) when a band value is very common. */
export const MAX_BUCKET = 64;

export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}

/** Like similarity, but gives up (returns 0) as soon as the threshold is out of reach. */
function similarityAtLeast(a: ArrayLike<number>, b: ArrayLike<number>, threshold: number): number {
  const n = Math.min(a.length, b.length);
  const maxMisses = n - Math.ceil(threshold * n);
  let misses = 0;
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && ++misses > maxMisses) return 0;
  return n ? (n - misses) / n : 0;
}

/** In-memory LSH index of stored signatures; `root` maps a copy to the original it repeats. */
export class NearDuplicateIndex {
  private buckets = new Map<number, string[]>();
  private sigs = new Map<string, Uint32Array>();
  private roots = new Map<string, string>();

  get size(): number {
    return this.sigs.size;
  }

  /** One numeric key per band: band number in the high bits, a hash of its rows below (collisions only cost a check). */
  private keys(sig: ArrayLike<number>): number[] {
    const out: number[] = [];
    for (let b = 0; b < BANDS; b++) {
      let h = 0x3c6ef372 ^ b;
      for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!, r);
      out.push(b * 0x2000000 + (h >>> 7)); // stays a small integer (fast Map key): 5 bits band, 25 bits hash
    }
    return out;
  }

  add(id: string, sig: number[], duplicateOf: string | null = null): void {
    if (sig.length !== BINS) return; // signature from another configuration: not comparable
    this.sigs.set(id, Uint32Array.from(sig));
    if (duplicateOf) this.roots.set(id, duplicateOf);
    for (const k of this.keys(sig)) {
      const list = this.buckets.get(k);
      // a band shared by very many texts is stock phrasing, not evidence of a copy: stop growing it
      if (list) {
        if (list.length < MAX_BUCKET) list.push(id);
      } else this.buckets.set(k, [id]);
    }
  }

  /** Re-points a stored copy at another original. */
  setRoot(id: string, root: string | null): void {
    if (root) this.roots.set(id, root);
    else this.roots.delete(id);
  }

  root(id: string): string {
    let cur = id;
    for (let i = 0; i < 10 && this.roots.has(cur); i++) cur = this.roots.get(cur)!;
    return cur;
  }

  /** The most similar stored text at or above the threshold, if any. */
  query(sig: number[], threshold = NEAR_DUP_THRESHOLD): { id: string; similarity: number } | null {
    if (sig.length !== BINS) return null;
    const seen = new Set<string>();
    let best: { id: string; similarity: number } | null = null;
    for (const k of this.keys(sig)) {
      const list = this.buckets.get(k);
      if (!list || list.length >= MAX_BUCKET) continue; // stock phrasing shared by many texts
      for (const id of list) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = similarityAtLeast(sig, this.sigs.get(id)!, threshold);
        if (s >= threshold && (!best || s > best.similarity)) best = { id, similarity: s };
      }
    }
    return best;
  }
}
