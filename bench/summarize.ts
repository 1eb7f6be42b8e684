// NeuS validation (AllSides roundups): summarise each three-outlet cluster at 60 words and
// score ROUGE-1/2/L F1 against the neutral reference; also the share of summary sentences
// that carry a citation resolving to the source text (must be 100%).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analyze/index.ts';
import { parseCluster } from '../src/brief/clusters.ts';
import { summarizeItems } from '../src/brief/index.ts';
import { wordCount } from '../src/brief/tokens.ts';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { rouge } from './rouge.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'shared', 'data', 'neus-val', 'clusters.jsonl');
const WORDS = 60;

/** First sentences of each article in turn, then second sentences, while they fit. */
function leadBaseline(items: ArticleWithAnalysis[], words: number): string {
  const sents = items.flatMap((it) => it.analysis.sentences.map((s, k) => ({ k, text: it.article.text.slice(s.start, s.end).trim() })));
  sents.sort((a, b) => a.k - b.k);
  const out: string[] = [];
  let used = 0;
  for (const s of sents) {
    const w = wordCount(s.text);
    if (used + w > words) continue;
    out.push(s.text);
    used += w;
  }
  return out.join(' ');
}

export async function run(): Promise<object> {
  if (!existsSync(DATA)) {
    console.log(`summarize bench skipped: ${DATA} not found`);
    return { skipped: true };
  }
  // sentence choice compares wording only, so embeddings change only the echo citations
  // (and take ~2 minutes here): off unless PARALLAX_BENCH_EMBED=1
  const embed = process.env.PARALLAX_BENCH_EMBED === '1';
  const limit = Number(process.env.PARALLAX_BENCH_LIMIT ?? 0) || Infinity;
  const lines = readFileSync(DATA, 'utf8').split('\n').filter((l) => l.trim());
  const sum = { r1: 0, r2: 0, rl: 0 };
  const lead = { r1: 0, r2: 0, rl: 0 }; // baseline: first sentences of each article in turn
  let n = 0;
  let sentences = 0;
  let cited = 0;
  let words = 0;
  const t0 = Date.now();
  for (let k = 0; k < lines.length && n < limit; k++) {
    const line = lines[k]!;
    const ref = (JSON.parse(line) as { reference_summary?: { text?: string } }).reference_summary?.text ?? '';
    const { items } = parseCluster(line, k + 1, (a) => analyzeArticle(a));
    const summary = await summarizeItems(items, WORDS, { embed });
    const byId = new Map(items.map((it) => [it.article.id, it.article.text]));
    for (const s of summary) {
      sentences++;
      const c = s.citations[0];
      if (c && byId.get(c.article_id)?.slice(c.start, c.end) === s.text) cited++;
    }
    const text = summary.map((s) => s.text).join(' ');
    words += text.split(/\s+/).filter(Boolean).length;
    const r = rouge(text, ref);
    const lb = rouge(leadBaseline(items, WORDS), ref);
    lead.r1 += lb.r1.f;
    lead.r2 += lb.r2.f;
    lead.rl += lb.rl.f;
    sum.r1 += r.r1.f;
    sum.r2 += r.r2.f;
    sum.rl += r.rl.f;
    n++;
  }
  const result = {
    dataset: 'neus-val',
    clusters: n,
    words_budget: WORDS,
    embeddings: embed,
    rouge1_f: +(sum.r1 / n).toFixed(4),
    rouge2_f: +(sum.r2 / n).toFixed(4),
    rougeL_f: +(sum.rl / n).toFixed(4),
    mean_summary_words: +(words / n).toFixed(1),
    lead_baseline: { rouge1_f: +(lead.r1 / n).toFixed(4), rouge2_f: +(lead.r2 / n).toFixed(4), rougeL_f: +(lead.rl / n).toFixed(4) },
    citation_coverage: sentences ? +(cited / sentences).toFixed(4) : 1,
    seconds: +((Date.now() - t0) / 1000).toFixed(1),
  };
  console.log(`lead baseline: ROUGE-1 ${result.lead_baseline.rouge1_f}  ROUGE-2 ${result.lead_baseline.rouge2_f}  ROUGE-L ${result.lead_baseline.rougeL_f}`);
  console.log(
    `summarize (NeuS val, ${n} clusters, ${WORDS} words${embed ? ', embeddings' : ''}): ROUGE-1 ${result.rouge1_f}  ROUGE-2 ${result.rouge2_f}  ROUGE-L ${result.rougeL_f}  citation coverage ${(result.citation_coverage * 100).toFixed(1)}%  (${result.seconds}s)`,
  );
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'summarize.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}
