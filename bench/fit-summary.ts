// A learned sentence scorer for the summary, measured: a linear model over general sentence
// features (src/brief/sentence-features.ts: position, length, cross-outlet agreement, title
// echo, tone, names/numbers density, ...) fitted by ridge regression on the FIRST half of the
// NeuS validation clusters to each sentence's ROUGE-1 precision against the reference, then
// added to the summary's search objective (SummaryOptions.prior) at a few weights and scored
// on both halves. Held-out results decide whether it ships; so far it does not beat the
// divergence alone (see bench/results/fit-summary.json), so the summarizer uses no weights.
// `npm run bench -- fit-summary`; skips when the data set is absent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analyze/index.ts';
import { parseCluster } from '../src/brief/clusters.ts';
import { FEATURES, featuresOf } from '../src/brief/sentence-features.ts';
import { similarity, type Similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { buildUnits, type EventText } from '../src/brief/units.ts';
import { rouge, rougeTokens } from './rouge.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'shared', 'data', 'neus-val', 'clusters.jsonl');
const WORDS = 60;
const LAMBDA = 1; // ridge penalty (features are on 0..1 scales)
const WEIGHTS = [0, 0.5, 1, 2, 4];

/** Ridge regression with an unpenalised intercept: w[0] + sum_j w[j+1] x[j]. */
export function ridge(X: number[][], y: number[], lambda: number): number[] {
  const d = (X[0]?.length ?? 0) + 1;
  const A = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  X.forEach((row, r) => {
    const x = [1, ...row];
    for (let i = 0; i < d; i++) {
      b[i]! += x[i]! * y[r]!;
      for (let j = 0; j < d; j++) A[i]![j]! += x[i]! * x[j]!;
    }
  });
  for (let i = 1; i < d; i++) A[i]![i]! += lambda;
  // Gauss-Jordan with partial pivoting
  for (let i = 0; i < d; i++) {
    let p = i;
    for (let r = i + 1; r < d; r++) if (Math.abs(A[r]![i]!) > Math.abs(A[p]![i]!)) p = r;
    [A[i], A[p]] = [A[p]!, A[i]!];
    [b[i], b[p]] = [b[p]!, b[i]!];
    for (let r = 0; r < d; r++) {
      if (r === i || !A[i]![i]) continue;
      const f = A[r]![i]! / A[i]![i]!;
      for (let c = i; c < d; c++) A[r]![c]! -= f * A[i]![c]!;
      b[r]! -= f * b[i]!;
    }
  }
  return b.map((x, i) => (A[i]![i] ? x / A[i]![i]! : 0));
}

const predict = (w: number[], x: number[]) => x.reduce((s, v, j) => s + v * w[j + 1]!, w[0]!);

function pearson(p: number[], y: number[]): number {
  const n = p.length;
  const mp = p.reduce((s, x) => s + x, 0) / n;
  const my = y.reduce((s, x) => s + x, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (p[i]! - mp) * (y[i]! - my);
    sxx += (p[i]! - mp) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** ROUGE-1 precision of a sentence against the reference (clipped unigram counts). */
function precision(text: string, ref: Map<string, number>): number {
  const toks = rougeTokens(text);
  const c = new Map<string, number>();
  for (const t of toks) c.set(t, (c.get(t) ?? 0) + 1);
  let ov = 0;
  for (const [t, x] of c) ov += Math.min(x, ref.get(t) ?? 0);
  return toks.length ? ov / toks.length : 0;
}

interface Cluster {
  k: number;
  ref: string;
  ev: EventText;
  sim: Similarity;
  X: number[][];
  y: number[];
}

export async function run(): Promise<object> {
  if (!existsSync(DATA)) {
    console.log(`fit-summary skipped: ${DATA} not found`);
    return { skipped: true };
  }
  const lines = readFileSync(DATA, 'utf8').split('\n').filter((l) => l.trim());
  const half = Math.ceil(lines.length / 2);
  const clusters: Cluster[] = [];
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k]!;
    const ref = (JSON.parse(raw) as { reference_summary?: { text?: string } }).reference_summary?.text ?? '';
    const { items } = parseCluster(raw, k + 1, (a) => analyzeArticle(a));
    const ev = buildUnits(items);
    const sim = await similarity(ev, false);
    const refCounts = new Map<string, number>();
    for (const t of rougeTokens(ref)) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
    clusters.push({ k, ref, ev, sim, X: featuresOf(ev, sim), y: ev.units.map((u) => precision(u.text, refCounts)) });
  }
  const rows = (part: Cluster[]) => {
    const X: number[][] = [];
    const y: number[] = [];
    for (const c of part) c.X.forEach((x, i) => c.ev.units[i]!.words >= 5 && (X.push(x), y.push(c.y[i]!)));
    return { X, y };
  };
  const train = rows(clusters.filter((c) => c.k < half));
  const test = rows(clusters.filter((c) => c.k >= half));
  const w = ridge(train.X, train.y, LAMBDA);
  const fit = {
    train_sentences: train.X.length,
    test_sentences: test.X.length,
    pearson_train: +pearson(train.X.map((x) => predict(w, x)), train.y).toFixed(3),
    pearson_held_out: +pearson(test.X.map((x) => predict(w, x)), test.y).toFixed(3),
    intercept: +w[0]!.toFixed(4),
    coefficients: Object.fromEntries(FEATURES.map((f, j) => [f, +w[j + 1]!.toFixed(4)])),
  };
  console.log(`sentence model: pearson r train ${fit.pearson_train}, held-out ${fit.pearson_held_out} (${fit.train_sentences} / ${fit.test_sentences} sentences)`);
  const scores = new Map(clusters.map((c) => [c.ev, c.X.map((x) => predict(w, x))]));
  const score = (ev: EventText) => scores.get(ev)!;
  const selection: Record<string, { rouge1_f: number; first_half: number; second_half: number }> = {};
  for (const weight of WEIGHTS) {
    const sum = [0, 0, 0];
    const n = [0, 0, 0];
    for (const c of clusters) {
      const text = summarize(c.ev, c.sim, WORDS, weight ? { prior: { score, weight } } : {})
        .map((s) => s.text)
        .join(' ');
      const r = rouge(text, c.ref, { limit: WORDS }).r1.f;
      const h = c.k < half ? 1 : 2;
      sum[0]! += r;
      sum[h]! += r;
      n[0]!++;
      n[h]!++;
    }
    const m = (i: number) => +(sum[i]! / Math.max(1, n[i]!)).toFixed(4);
    selection[`weight_${weight}`] = { rouge1_f: m(0), first_half: m(1), second_half: m(2) };
    console.log(`prior weight ${weight}${weight ? '' : ' (shipped: divergence + tone only)'}: ROUGE-1 ${m(0)}  halves ${m(1)} / ${m(2)}`);
  }
  const result = { dataset: 'neus-val', clusters: clusters.length, words_budget: WORDS, target: 'sentence ROUGE-1 precision vs reference', fitted_on: 'first half', ridge_lambda: LAMBDA, fit, selection };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'fit-summary.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}
