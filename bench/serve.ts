// POST latency of the HTTP server: a store of N generated articles (bench/corpus.ts, no gold
// fields sent) filled by one bulk POST, then single-article POSTs, each of which ingests,
// analyses and re-clusters the whole store. Reports the median and worst of those POSTs and where
// the time goes (clustering vs the rest, and a re-cluster with the server's warm cache), for a few
// store sizes. `npm run bench -- serve` (BENCH_SERVE_SIZES="500,2000,5000" overrides the sizes).
// Needs no data set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parallaxServer } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';
import { clusterStore, storedItems } from '../src/pipeline/cluster.ts';
import { FeatureCache } from '../src/pipeline/feature-cache.ts';
import { generateCorpus, type CorpusArticle } from './corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SINGLE_POSTS = 5;

const body = (a: CorpusArticle) => ({ title: a.title, text: a.text, url: a.url, outlet: a.outlet, published: a.published });

async function atSize(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-serve-'));
  const store = openStore(join(dir, 'serve.db'));
  const server = parallaxServer(store, { embed: false, maxBody: 512 * 1024 * 1024 });
  try {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/articles`;
    const arts = [...generateCorpus(n + SINGLE_POSTS, 11)];
    let t = performance.now();
    const bulk = await fetch(url, { method: 'POST', body: arts.slice(0, n).map((a) => JSON.stringify(body(a))).join('\n'), headers: { 'content-type': 'application/x-ndjson' } });
    if (bulk.status !== 201) throw new Error(`bulk POST: ${bulk.status} ${await bulk.text()}`);
    const bulkSeconds = (performance.now() - t) / 1000;
    const singles: number[] = [];
    for (const a of arts.slice(n)) {
      t = performance.now();
      const r = await fetch(url, { method: 'POST', body: JSON.stringify(body(a)), headers: { 'content-type': 'application/json' } });
      await r.text();
      singles.push(performance.now() - t);
    }
    // the re-clustering alone, on the same store
    t = performance.now();
    const items = storedItems(store);
    const loadMs = performance.now() - t;
    t = performance.now();
    clusterStore(store, {}, items);
    const clusterMs = performance.now() - t;
    // ...and as a long-running server does it, with a warm FeatureCache (features and event dates
    // memoised): the cache is warmed without the last article, as before a POST
    const cache = new FeatureCache();
    clusterStore(store, {}, items.slice(0, -1), cache);
    t = performance.now();
    clusterStore(store, {}, items, cache);
    const cachedClusterMs = performance.now() - t;
    singles.sort((a, b) => a - b);
    return {
      articles: n,
      bulk_post_seconds: +bulkSeconds.toFixed(1),
      single_post_median_ms: Math.round(singles[Math.floor(singles.length / 2)]!),
      single_post_max_ms: Math.round(singles[singles.length - 1]!),
      load_ms: Math.round(loadMs),
      cluster_ms: Math.round(clusterMs),
      cached_cluster_ms: Math.round(cachedClusterMs),
    };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<object> {
  const sizes = (process.env.BENCH_SERVE_SIZES ?? '500,2000').split(',').map(Number).filter((x) => x > 0);
  const rows = [];
  for (const n of sizes) {
    const row = await atSize(n);
    console.log(`store of ${n}: bulk POST ${row.bulk_post_seconds} s; one-article POST median ${row.single_post_median_ms} ms, max ${row.single_post_max_ms} ms (load ${row.load_ms} ms + re-cluster ${row.cluster_ms} ms of it; ${row.cached_cluster_ms} ms with the server's warm cache)`);
    rows.push(row);
  }
  const out = { sizes: rows, single_posts: SINGLE_POSTS, embeddings: false };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'serve.json'), JSON.stringify(out, null, 2) + '\n');
  return out;
}
