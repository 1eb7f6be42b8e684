// Ingest throughput: ECB+ documents (gold fields stripped) and a generated 100k-article corpus,
// each written to a temp JSONL and ingested into a temp SQLite db. `npm run bench -- ingest`
// (BENCH_INGEST_N overrides the corpus size).
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { openStore } from '../src/store/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { generateCorpus } from './corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ECB = resolve(here, '../../shared/data/ecbplus/documents.jsonl');

interface Row {
  dataset: string;
  articles: number;
  ingested: number;
  duplicates: number;
  near_duplicates: number;
  rejected: number;
  seconds: number;
  articles_per_second: number;
  /** CPU time of this process: a measure that does not depend on how busy the machine is. */
  cpu_seconds: number;
  articles_per_cpu_second: number;
}

async function writeJsonl(path: string, rows: AsyncIterable<object> | Iterable<object>): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  for await (const r of rows) {
    if (!out.write(JSON.stringify(r) + '\n')) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

async function timeIngest(dataset: string, jsonl: string, db: string, n: number): Promise<Row> {
  const store = openStore(db);
  try {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const r = await ingest(store, [jsonl], {
      onProgress: (done) => {
        if (done % 20000 === 0) process.stderr.write(`  ${dataset}: ${done} read\n`);
      },
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const row: Row = {
      dataset,
      articles: n,
      ingested: r.ingested,
      duplicates: r.duplicates,
      near_duplicates: r.nearDuplicates,
      rejected: r.rejected.length,
      seconds: +seconds.toFixed(2),
      articles_per_second: Math.round(n / seconds),
      cpu_seconds: +cpuSeconds.toFixed(2),
      articles_per_cpu_second: Math.round(n / cpuSeconds),
    };
    console.log(`${dataset}: ${n} articles in ${row.seconds}s = ${row.articles_per_second} articles/s wall, ${row.articles_per_cpu_second} articles per CPU-second (stored ${r.ingested}, exact dup ${r.duplicates}, near dup ${r.nearDuplicates}, rejected ${row.rejected})`);
    return row;
  } finally {
    store.close();
  }
}

async function* ecbRows(): AsyncGenerator<object> {
  const rl = createInterface({ input: createReadStream(ECB, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Record<string, unknown>;
    // only what a user would have: no gold cluster, topic, corpus part or date guess
    yield { id: d.id, title: d.title, text: d.text, url: d.url ?? undefined };
  }
}

export async function run(): Promise<object> {
  const tmp = mkdtempSync(join(tmpdir(), 'parallax-bench-ingest-'));
  const rows: Row[] = [];
  try {
    if (existsSync(ECB)) {
      const f = join(tmp, 'ecb.jsonl');
      const n = await writeJsonl(f, ecbRows());
      rows.push(await timeIngest('ecbplus', f, join(tmp, 'ecb.db'), n));
    } else console.log(`ecbplus: skipped (${ECB} not found)`);

    const N = Number(process.env.BENCH_INGEST_N ?? 100000);
    const f = join(tmp, 'corpus.jsonl');
    const g0 = Date.now();
    // the gold `event`/`kind` fields are left out: the system never sees them
    const n = await writeJsonl(f, (function* () {
      for (const a of generateCorpus(N)) yield { id: a.id, title: a.title, text: a.text, url: a.url, outlet: a.outlet, published: a.published ?? undefined };
    })());
    console.log(`generated ${n} articles in ${((Date.now() - g0) / 1000).toFixed(1)}s`);
    rows.push(await timeIngest(`generated-${N}`, f, join(tmp, 'corpus.db'), n));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const result = { bench: 'ingest', node: process.version, when: new Date().toISOString(), results: rows };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'ingest.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}
