// Which sentences of an event disagree: they sit on incompatible sides of one conflict. A summary
// line must not cite such a sentence as "saying the same thing" (12 killed is not echoed by 25
// killed), and a fact whose sentences disagree is contested.
import { compatible } from './figures-norm.ts';
import type { Conflict, ConflictSide } from './types.ts';
import type { EventText } from './units.ts';

/** Two sides of one conflict really clash (a three-sided conflict may hold "12" and "about 12"). */
export function sidesClash(a: ConflictSide, b: ConflictSide): boolean {
  if (a.value === undefined || b.value === undefined) return true;
  return !compatible({ value: a.value, qualifier: a.qualifier ?? null }, { value: b.value, qualifier: b.qualifier ?? null });
}

/** A predicate over unit indices: true when the two sentences are on clashing sides of a conflict. */
export function disagreement(ev: EventText, conflicts: Conflict[]): (i: number, j: number) => boolean {
  const unitOf = new Map(ev.units.map((u) => [`${u.article_id}#${u.sentence}`, u.i]));
  const pairs = new Set<number>();
  const n = ev.units.length;
  for (const c of conflicts)
    for (let a = 0; a < c.sides.length; a++)
      for (let b = a + 1; b < c.sides.length; b++) {
        if (!sidesClash(c.sides[a]!, c.sides[b]!)) continue;
        for (const x of c.sides[a]!.citations)
          for (const y of c.sides[b]!.citations) {
            const i = unitOf.get(`${x.article_id}#${x.sentence}`);
            const j = unitOf.get(`${y.article_id}#${y.sentence}`);
            if (i === undefined || j === undefined || i === j) continue;
            pairs.add(i * n + j).add(j * n + i);
          }
      }
  return (i, j) => pairs.has(i * n + j);
}
