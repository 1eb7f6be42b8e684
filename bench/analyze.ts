// `npm run bench -- analyze`: articles/s of full analysis (analyzeArticle) on ECB+ documents
// (../shared/data/ecbplus/documents.jsonl, skipped when absent) and on the synthetic corpus.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, loadGazetteer } from '../src/analyze/index.ts';
import type { Article } from '../src/types.ts';
import { generateCorpus } from './corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));

function asArticle(id: string, title: string, text: string): Article {
  return { id, input: id, title, text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: '', warnings: [] };
}

function measure(name: string, articles: Article[]) {
  const gazetteer = loadGazetteer();
  for (const a of articles.slice(0, 20)) analyzeArticle(a, { gazetteer }); // warm-up (JIT, caches)
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const t0 = performance.now();
  let findings = 0;
  for (const a of articles) {
    const r = analyzeArticle(a, { gazetteer });
    findings += r.entities.length + r.times.length + r.quantities.length + r.quotes.length;
  }
  const ms = performance.now() - t0;
  const res = { corpus: name, articles: articles.length, avg_chars: Math.round(chars / Math.max(1, articles.length)), seconds: +(ms / 1000).toFixed(3), articles_per_s: +((articles.length / ms) * 1000).toFixed(1), ms_per_article: +(ms / Math.max(1, articles.length)).toFixed(2), findings };
  console.log(`${name}: ${res.articles} articles (avg ${res.avg_chars} chars) in ${res.seconds}s -> ${res.articles_per_s} articles/s (${res.ms_per_article} ms/article, single thread)`);
  return res;
}

export async function run(): Promise<object> {
  const results: object[] = [];
  const ecb = join(here, '../../shared/data/ecbplus/documents.jsonl');
  if (existsSync(ecb)) {
    const docs = readFileSync(ecb, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; title?: string; text: string });
    results.push(measure('ecbplus', docs.map((d) => asArticle(d.id, d.title ?? '', d.text ?? ''))));
  } else {
    console.log(`ECB+ not found at ${ecb}: skipping that corpus`);
  }
  const synth = [...generateCorpus(2000, 7)].map((c) => asArticle(c.id, c.title, c.text));
  results.push(measure('synthetic', synth));
  const out = { bench: 'analyze', node: process.version, machine_cores: (await import('node:os')).cpus().length, results };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results/analyze.json'), JSON.stringify(out, null, 2) + '\n');
  return out;
}
