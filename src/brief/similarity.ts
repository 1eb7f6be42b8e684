// How alike two sentences of one event are: tf-idf word overlap (whole sentence or best
// clause pair), shared entities, shared figures, and — when wording differs — sentence
// embeddings. One symmetric score in 0..1 per pair, plus which signals fired.
import { cosine, embedAll } from './embed.ts';
import { isHeadlineUnit, type EventText, type Unit } from './units.ts';
import { dotMaps as dot } from '../util/sparse.ts';

type Vec = Map<string, number>;

export interface Similarity {
  n: number;
  score: Float32Array; // n*n combined score
  lex: Float32Array; // n*n lexical score (max of sentence / clause cosine)
  plain: Float32Array; // n*n score without embeddings (wording + shared figures)
  embedded: boolean;
  at(i: number, j: number): number;
  /** How much of sentence i's weighted wording sentence j already holds (0..1). */
  contained(i: number, j: number): number;
  signals(i: number, j: number): string[];
}

function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [w, c] of df) idf.set(w, Math.log((n + 1) / c));
  return idf;
}

/** How much a word of the attribution frame ("Interior Minister X said") counts against what is said. */
const FRAME_WEIGHT = 0.3;

/** How much a word of a trailing subordinate clause ("… after Orm scored twice") counts. */
const SUB_WEIGHT = 0.5;

/**
 * tf-idf vector, unit length; stems from index `frameFrom` on are the attribution frame's, those
 * from `subFrom` to `frameFrom` a trailing subordinate clause's.
 */
function vec(stems: string[], idf: Map<string, number>, frameFrom = stems.length, subFrom = frameFrom): Vec {
  const v: Vec = new Map();
  const weight = (k: number) => (k >= frameFrom ? FRAME_WEIGHT : k >= subFrom ? SUB_WEIGHT : 1);
  stems.forEach((w, k) => v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? 1) * weight(k)));
  let n = 0;
  for (const x of v.values()) n += x * x;
  n = Math.sqrt(n) || 1;
  for (const [k, x] of v) v.set(k, x / n);
  return v;
}

export { dotMaps as dot } from '../util/sparse.ts';

/** Telling figures of a unit, key -> whether its main clause holds it. */
function figureKeys(u: Unit): Map<string, boolean> {
  const m = new Map<string, boolean>();
  for (const f of u.figures) if (f.telling) m.set(f.key, (m.get(f.key) ?? false) || f.main);
  return m;
}

/**
 * The figure bonus of a pair: full for a figure both main clauses hold, half when one of them
 * holds it only in a trailing clause — a sentence with several figures leans to the fact of its main one.
 */
function figureBonus(a: Map<string, boolean>, b: Map<string, boolean>): number {
  let best = 0;
  for (const [k, mainA] of a) {
    const mainB = b.get(k);
    if (mainB === undefined) continue;
    best = Math.max(best, mainA && mainB ? 1 : 0.5);
  }
  return best;
}

/** Word vectors of a list of texts with idf from the same list (for titles/quotes). */
export function vectorsFor(stemLists: string[][]): Vec[] {
  const idf = idfOf(stemLists);
  return stemLists.map((s) => vec(s, idf));
}

/** Embeddings are limited to this many sentences per event (earliest sentences first). */
const EMBED_MAX = 400;

/** The units of an event whose sentences are embedded: the EMBED_MAX earliest in their articles. */
export function embeddedUnits(units: Unit[]): Unit[] {
  return [...units].sort((a, b) => a.position - b.position).slice(0, EMBED_MAX);
}

export async function similarity(ev: EventText, useEmbeddings: boolean): Promise<Similarity> {
  const { units } = ev;
  const n = units.length;
  // entities join the words as tokens, so aliases meet and idf discounts the event's
  // protagonists (who appear in nearly every sentence and say little about which fact it is)
  const bags = units.map((u) => u.stems);
  const idf = idfOf([...bags, ...ev.titles]);
  const vs = units.map((u) => vec(u.stems, idf, u.frameFrom, u.subFrom));
  const cvs = units.map((u) => (u.clauses.length > 1 ? u.clauses.map((c) => vec(c, idf)) : []));
  const figs = units.map(figureKeys);
  const headline = units.map((u) => isHeadlineUnit(ev, u));

  let emb: (Float32Array | null)[] | null = null;
  if (useEmbeddings && n > 1) {
    const order = embeddedUnits(units);
    const got = await embedAll(order.map((u) => u.text));
    if (got) {
      emb = new Array(n).fill(null);
      order.forEach((u, k) => (emb![u.i] = got[k]!));
    }
  }

  const score = new Float32Array(n * n);
  const lexA = new Float32Array(n * n);
  const plainA = new Float32Array(n * n);
  const embA = new Float32Array(n * n);
  const entA = new Float32Array(n * n);
  const qtyA = new Float32Array(n * n);
  const clauseA = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    score[i * n + i] = 1;
    lexA[i * n + i] = 1;
    plainA[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const a = units[i]!;
      const b = units[j]!;
      let lex = dot(vs[i]!, vs[j]!);
      let clause = 0;
      const ca = cvs[i]!.length ? cvs[i]! : [vs[i]!];
      const cb = cvs[j]!.length ? cvs[j]! : [vs[j]!];
      // a clause can only beat the whole sentence when they share words; same-article pairs
      // are never aligned, so their clauses need no comparing
      if ((cvs[i]!.length || cvs[j]!.length) && lex >= 0.08 && a.article_id !== b.article_id) {
        for (const x of ca) for (const y of cb) clause = Math.max(clause, dot(x, y));
      }
      const useClause = clause * 0.9 > lex;
      if (useClause) lex = clause * 0.9;
      let ent = 0;
      if (a.entities.size && b.entities.size) {
        let inter = 0;
        for (const e of a.entities) if (b.entities.has(e)) inter++;
        ent = inter / (a.entities.size + b.entities.size - inter);
      }
      const qty = figureBonus(figs[i]!, figs[j]!);
      let s: number;
      let e = -1;
      // two headlines of one event are close in meaning by construction (both name its topic):
      // a headline pairs with another sentence by its words, never by the embedding
      if (emb && emb[i] && emb[j] && !headline[i] && !headline[j]) {
        e = cosine(emb[i]!, emb[j]!);
        const eN = Math.min(1, Math.max(0, (e - 0.4) / 0.5));
        s = 0.6 * lex + 0.4 * eN;
      } else s = lex;
      s = Math.min(1, s + 0.1 * qty);
      const k1 = i * n + j;
      const k2 = j * n + i;
      score[k1] = score[k2] = s;
      lexA[k1] = lexA[k2] = lex;
      plainA[k1] = plainA[k2] = Math.min(1, lex + 0.1 * qty);
      embA[k1] = embA[k2] = e;
      entA[k1] = entA[k2] = ent;
      qtyA[k1] = qtyA[k2] = qty;
      clauseA[k1] = clauseA[k2] = useClause ? 1 : 0;
    }
  }
  return {
    n,
    score,
    lex: lexA,
    plain: plainA,
    embedded: emb !== null,
    at: (i, j) => score[i * n + j]!,
    contained(i, j) {
      let c = 0;
      for (const [w, x] of vs[i]!) if (vs[j]!.has(w)) c += x * x;
      return c;
    },
    signals(i, j) {
      const k = i * n + j;
      const out: string[] = [];
      if (lexA[k]! >= 0.25) out.push(clauseA[k] ? 'clause' : 'lexical');
      if (entA[k]! > 0) out.push('entities');
      if (qtyA[k]) out.push('quantities');
      if (embA[k]! >= 0.6) out.push('embedding');
      return out;
    },
  };
}
