// ROUGE-1/2/L F1 (Lin 2004) as commonly reported: lower-cased word tokens ([a-z0-9]+),
// no stemming, no stopword removal; n-gram counts clipped; ROUGE-L from the longest common
// subsequence of the whole token sequences. "ROUGE at N words" follows ROUGE-1.5.5 `-l N`:
// only the first N whitespace-separated words of the system summary are scored.

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** The first n whitespace-separated words of a summary (ROUGE-1.5.5 `-l n`); n <= 0 keeps all. */
export function truncateWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return n > 0 && words.length > n ? words.slice(0, n).join(' ') : words.join(' ');
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}

function prf(overlap: number, candLen: number, refLen: number): PRF {
  const p = candLen ? overlap / candLen : 0;
  const r = refLen ? overlap / refLen : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(toks: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const k = toks.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string, ref: string, n: number): PRF {
  const c = ngrams(rougeTokens(cand), n);
  const r = ngrams(rougeTokens(ref), n);
  let overlap = 0;
  for (const [k, x] of c) overlap += Math.min(x, r.get(k) ?? 0);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(overlap, sum(c), sum(r));
}

export function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

export function rougeL(cand: string, ref: string): PRF {
  const c = rougeTokens(cand);
  const r = rougeTokens(ref);
  return prf(lcs(c, r), c.length, r.length);
}

export function rouge(cand: string, ref: string, opts: { limit?: number } = {}): { r1: PRF; r2: PRF; rl: PRF } {
  if (opts.limit) cand = truncateWords(cand, opts.limit);
  return { r1: rougeN(cand, ref, 1), r2: rougeN(cand, ref, 2), rl: rougeL(cand, ref) };
}

/** `npm run bench -- rouge`: the scorer on tiny hand-computed examples. */
export async function run(): Promise<object> {
  const ex = rouge('the cat sat on the mat', 'the cat was on the mat');
  // unigrams: overlap the,cat,on,the,mat = 5 of 6 -> P=R=F=0.8333; bigrams: the cat, on the, the mat = 3 of 5 -> 0.6; LCS 5 -> 0.8333
  console.log(`rouge self-check: R1 ${ex.r1.f.toFixed(4)} (expect 0.8333), R2 ${ex.r2.f.toFixed(4)} (expect 0.6000), RL ${ex.rl.f.toFixed(4)} (expect 0.8333)`);
  return ex;
}
