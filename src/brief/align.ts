// Facts: sentences of different articles that say the same thing, grouped by greedy
// complete-linkage over the pair scores (at most one sentence per article in a group).
import type { Similarity } from './similarity.ts';
import type { EventText, Unit } from './units.ts';
import { otherSpeakers } from './quotes.ts';

/** Pair score from which two sentences are taken to say the same thing. */
export const ALIGN = 0.42;
/** Every pair inside one group must still reach this. */
const LINK = 0.3;
/** A sentence already placed elsewhere joins a second group only from this score. */
const ATTACH = 0.5;

export interface UnitGroup {
  units: Unit[]; // representative first
  score: number; // weakest pair score (1 for a single sentence)
  signals: string[];
}

/** The speakers of the quotes that make up most of a sentence ("“…,” he added." / "X said: “…”"). */
function voicesOf(u: Unit): string[] {
  if (u.quoted <= 0.5) return [];
  return u.quotes.filter((q) => q.kind === 'speech' && q.speaker_name).map((q) => q.speaker_name!);
}

export function alignUnits(ev: EventText, sim: Similarity): UnitGroup[] {
  const { units } = ev;
  const n = units.length;
  const group = units.map((_, i) => i); // group id per unit
  const members = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
  const edges: [number, number, number][] = [];
  // two sentences that are each mostly one person's quote, of two different people: two
  // statements, however alike the words (one may echo or mock the other)
  const voices = units.map(voicesOf);
  const otherVoices = (i: number, j: number) => otherSpeakers(voices[i]!, voices[j]!);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (units[i]!.article_id === units[j]!.article_id) continue;
      if (otherVoices(i, j)) continue;
      const s = sim.at(i, j);
      if (s >= ALIGN) edges.push([s, i, j]);
    }
  edges.sort((a, b) => b[0] - a[0]);
  for (const [, i, j] of edges) {
    const gi = group[i]!;
    const gj = group[j]!;
    if (gi === gj) continue;
    const A = members.get(gi)!;
    const B = members.get(gj)!;
    const artsA = new Set(A.map((k) => units[k]!.article_id));
    if (B.some((k) => artsA.has(units[k]!.article_id))) continue;
    let ok = true;
    for (const a of A) {
      for (const b of B) if (sim.at(a, b) < LINK) ok = false;
      if (!ok) break;
    }
    if (!ok) continue;
    for (const b of B) group[b] = gi;
    A.push(...B);
    members.delete(gj);
  }
  // A long sentence can carry several facts ("X, while Y"): let it join a second group
  // when it matches that group well but was kept out because it already sits elsewhere.
  const joined = new Map<number[], Set<number>>(); // per group: the sentences that joined it second
  for (const ids of members.values()) {
    const arts = new Set(ids.map((k) => units[k]!.article_id));
    const best = new Map<string, { u: number; s: number }>();
    for (const u of units) {
      if (arts.has(u.article_id) || u.clauses.length < 2 || ids.some((k) => otherVoices(u.i, k))) continue;
      let mx = 0;
      let mn = 1;
      for (const k of ids) {
        const s = sim.at(u.i, k);
        mx = Math.max(mx, s);
        mn = Math.min(mn, s);
      }
      if (mx < ATTACH || mn < LINK) continue;
      const cur = best.get(u.article_id);
      if (!cur || mx > cur.s) best.set(u.article_id, { u: u.i, s: mx });
    }
    for (const { u } of best.values()) ids.push(u);
    joined.set(ids, new Set([...best.values()].map((x) => x.u)));
  }
  const out: UnitGroup[] = [];
  for (const ids of members.values()) {
    // representative: a sentence that says this fact first (one that joined as its second fact
    // stands for the other group, or two facts would read the same), most central in the group,
    // then earliest in its article
    const second = joined.get(ids) ?? new Set<number>();
    const ranked = ids
      .map((i) => ({ i, c: ids.reduce((s, j) => s + (j === i ? 0 : sim.at(i, j)), 0) }))
      .sort((a, b) => Number(second.has(a.i)) - Number(second.has(b.i)) || b.c - a.c || units[a.i]!.quoted - units[b.i]!.quoted || units[a.i]!.position - units[b.i]!.position);
    const ordered = ranked.map((r) => units[r.i]!);
    let score = 1;
    const signals = new Set<string>();
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        score = Math.min(score, sim.at(ids[a]!, ids[b]!));
        for (const s of sim.signals(ids[a]!, ids[b]!)) signals.add(s);
      }
    out.push({ units: ordered, score, signals: [...signals] });
  }
  return out;
}

/** Indexes of the groups each unit belongs to (a long sentence may sit in several). */
export function groupOf(groups: UnitGroup[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  groups.forEach((g, k) =>
    g.units.forEach((u) => {
      const l = m.get(u.i) ?? [];
      l.push(k);
      m.set(u.i, l);
    }),
  );
  return m;
}

export function shareGroup(index: Map<number, number[]>, a: number, b: number): boolean {
  const A = index.get(a) ?? [];
  return (index.get(b) ?? []).some((k) => A.includes(k));
}
