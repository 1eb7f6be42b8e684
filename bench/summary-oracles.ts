// Where the summary's ROUGE-1 on NeuS validation could come from: upper bounds measured with
// information the summarizer does not have, beside the shipped summary. Each line answers one
// question (first half / second half / all, ROUGE-1 F at 60 words as in bench/summarize.ts):
//   - sentence-set oracle: the best set of whole sentences within the budget (choice of sentences
//     is all that an extractive summary controls);
//   - reference words as the target: the same search with the reference's own word distribution
//     mixed into the event's (mix 1, 0.5, 0.2) — how much a better estimate of what the summary
//     should say is worth;
//   - one article up-weighted (x4) in the event's distribution: the article whose lead scores best
//     (an oracle) against each article index in turn (a blind pick);
//   - budget oracle: the best of the summaries at 25..60 words (knowing the reference's length).
// `npm run bench -- summary-oracles`; skips when the data set is absent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analyze/index.ts';
import { parseCluster } from '../src/brief/clusters.ts';
import { sampleForBrief } from '../src/brief/sample.ts';
import { similarity, type Similarity } from '../src/brief/similarity.ts';
import { summarize, type SummaryOptions } from '../src/brief/summary.ts';
import { buildUnits, type EventText } from '../src/brief/units.ts';
import { rouge } from './rouge.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'shared', 'data', 'neus-val', 'clusters.jsonl');
const WORDS = 60;
const BUDGETS = [25, 35, 45, 52, 60];
const ARTICLE_WEIGHT = 4;
const MAX_SETS = 200_000; // per cluster, for the sentence-set oracle

interface Cluster {
  ref: string;
  ev: EventText;
  sim: Similarity;
}

const r1 = (text: string, ref: string) => rouge(text, ref, { limit: WORDS }).r1.f;

function summaryScore(c: Cluster, opts: SummaryOptions = {}, words = WORDS): number {
  return r1(summarize(c.ev, c.sim, words, opts).map((s) => s.text).join(' '), c.ref);
}

/** Best ROUGE-1 of any maximal set of whole sentences (4..WORDS words) within the budget. */
function setOracle(c: Cluster): number {
  const us = c.ev.units.filter((u) => u.words >= 4 && u.words <= WORDS);
  let best = 0;
  let sets = 0;
  const chosen: string[] = [];
  const visit = (from: number, used: number) => {
    if (sets >= MAX_SETS) return;
    let extended = false;
    for (let j = from; j < us.length; j++) {
      if (used + us[j]!.words > WORDS) continue;
      extended = true;
      chosen.push(us[j]!.text);
      visit(j + 1, used + us[j]!.words);
      chosen.pop();
    }
    if (extended || !chosen.length) return;
    sets++;
    best = Math.max(best, r1(chosen.join(' '), c.ref));
  };
  visit(0, 0);
  return best;
}

/** The item whose first WORDS words score best against the reference. */
function bestArticle(c: Cluster): number {
  let best = 0;
  let bestScore = -1;
  c.ev.items.forEach((it, k) => {
    const s = r1(it.article.text, c.ref);
    if (s > bestScore) [best, bestScore] = [k, s];
  });
  return best;
}

/** Means over the first half, the second half and all clusters. */
class Halves {
  private readonly sum = [0, 0];
  private readonly n = [0, 0];
  add(h: number, x: number) {
    this.sum[h]! += x;
    this.n[h]!++;
  }
  get() {
    const f = (x: number, n: number) => +(n ? x / n : 0).toFixed(4);
    return { first_half: f(this.sum[0]!, this.n[0]!), second_half: f(this.sum[1]!, this.n[1]!), all: f(this.sum[0]! + this.sum[1]!, this.n[0]! + this.n[1]!) };
  }
}

export async function run(): Promise<object> {
  if (!existsSync(DATA)) {
    console.log(`summary-oracles bench skipped: ${DATA} not found`);
    return { skipped: true };
  }
  const t0 = Date.now();
  const lines = readFileSync(DATA, 'utf8').split('\n').filter((l) => l.trim());
  const half = Math.ceil(lines.length / 2);
  const rows: Record<string, Halves> = {};
  const add = (name: string, h: number, x: number) => (rows[name] ??= new Halves()).add(h, x);
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k]!;
    const ref = (JSON.parse(raw) as { reference_summary?: { text?: string } }).reference_summary?.text ?? '';
    const { items } = parseCluster(raw, k + 1, (a) => analyzeArticle(a));
    const ev = buildUnits(sampleForBrief(items).items);
    if (!ev.units.length) continue;
    const c: Cluster = { ref, ev, sim: await similarity(ev, false) };
    const h = k < half ? 0 : 1;
    add('shipped summary', h, summaryScore(c));
    add('sentence-set oracle', h, setOracle(c));
    for (const mix of [1, 0.5, 0.2]) add(`reference words as target, mix ${mix}`, h, summaryScore(c, { target: { text: ref, mix } }));
    const best = bestArticle(c);
    const weights = (a: number) => ev.items.map((_, i) => (i === a ? ARTICLE_WEIGHT : 1));
    add(`best article x${ARTICLE_WEIGHT} (oracle)`, h, summaryScore(c, { articleWeights: weights(best) }));
    let blind = 0;
    for (let a = 0; a < ev.items.length; a++) blind += summaryScore(c, { articleWeights: weights(a) });
    add(`an article x${ARTICLE_WEIGHT} picked blindly (mean)`, h, blind / ev.items.length);
    add(`budget oracle (${BUDGETS.join('/')} words)`, h, Math.max(...BUDGETS.map((b) => summaryScore(c, {}, b))));
  }
  const result = { dataset: 'neus-val', words_budget: WORDS, rouge1_f: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.get()])), seconds: +((Date.now() - t0) / 1000).toFixed(1) };
  for (const [name, v] of Object.entries(result.rouge1_f)) console.log(`${name.padEnd(44)} ROUGE-1 ${v.all.toFixed(4)}  (halves ${v.first_half.toFixed(4)} / ${v.second_half.toFixed(4)})`);
  console.log(`summary oracles (NeuS val, ${lines.length} clusters, ${WORDS} words): ${result.seconds}s`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'summary-oracles.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}
