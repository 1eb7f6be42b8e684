// Sentence embeddings on every core: the encoder is single-threaded WebAssembly and embedding is
// most of a brief's time (~20–60 sentences/s), so a batch of events is embedded up front by
// worker threads, each with its own model, and the results go into embed.ts's cache — the briefs
// then find every sentence there. Vectors equal the main thread's to float rounding (~1e-7).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheEmbeddings, uncached } from './embed.ts';

/** Fewer texts than this are not worth starting workers for (a model takes ~1 s to load). */
const MIN_TEXTS = 200;

/** How many workers to use: PARALLAX_EMBED_WORKERS, else one per core up to 4 (0 or 1: none). */
export function embedWorkers(): number {
  const env = process.env.PARALLAX_EMBED_WORKERS;
  if (env !== undefined && env !== '') return Math.max(0, Math.min(16, Math.floor(Number(env)) || 0));
  return Math.min(4, availableParallelism());
}

function run(worker: Worker, texts: string[]): Promise<Float32Array[]> {
  return new Promise((resolve, reject) => {
    const done = (m: { vecs?: Float32Array[]; error?: string }) => {
      worker.off('error', reject);
      if (m.error || !m.vecs) reject(new Error(m.error ?? 'no vectors'));
      else resolve(m.vecs);
    };
    worker.once('message', done);
    worker.once('error', reject);
    worker.postMessage({ texts });
  });
}

/**
 * Embeds the texts not cached yet on `workers` threads and caches them. Returns how many were
 * embedded; 0 (and nothing cached) when there are too few, one worker or less, or the workers
 * fail — the briefs then embed on the main thread as before.
 */
export async function prefetchEmbeddings(texts: string[], workers = embedWorkers(), minTexts = MIN_TEXTS): Promise<number> {
  const todo = uncached(texts).sort((a, b) => a.length - b.length);
  if (workers < 2 || todo.length < Math.max(1, minTexts)) return 0;
  const n = Math.max(2, Math.min(workers, Math.ceil(todo.length / 64)));
  // round-robin over the length order: every worker gets short and long texts alike
  const shares: string[][] = Array.from({ length: n }, () => []);
  todo.forEach((t, k) => shares[k % n]!.push(t));
  const pool = shares.map(() => new Worker(new URL('./embed-worker.mjs', import.meta.url)));
  try {
    const results = await Promise.all(pool.map((w, k) => run(w, shares[k]!)));
    results.forEach((vecs, k) => cacheEmbeddings(shares[k]!, vecs));
    return todo.length;
  } catch {
    return 0;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
