// Combining date constraints: each rule contributes a TimeValue with evidence and a strength;
// the strongest are intersected first and a constraint that contradicts them is dropped (and said so).
// Shared with event dating.
import type { DatedValue, Evidence, TimeValue } from '../../types.ts';
import { intersect, unknownValue } from '../../util/calendar.ts';

export interface DateConstraint {
  value: TimeValue;
  /** Higher wins on conflict: metadata 100, dateline 90, reporting date 80, anchored duration 70, ... */
  strength: number;
  evidence: Evidence;
  /** Constraints that only narrow (e.g. "not after today") do not by themselves make a date. */
  narrowOnly?: boolean;
  /** The bound comes from the run date ("today"), not from the text or metadata. */
  runDate?: boolean;
}

export interface Combined {
  value: TimeValue | null;
  used: DateConstraint[];
  dropped: DateConstraint[];
}

export function combineConstraints(constraints: DateConstraint[]): Combined {
  const sorted = [...constraints].sort((a, b) => b.strength - a.strength);
  let acc: TimeValue = unknownValue();
  const used: DateConstraint[] = [];
  const dropped: DateConstraint[] = [];
  for (const c of sorted) {
    const next = intersect(acc, c.value);
    if (!next) {
      dropped.push(c);
      continue;
    }
    acc = next;
    used.push(c);
  }
  if (!used.some((c) => !c.narrowOnly)) return { value: null, used: [], dropped };
  return { value: acc, used, dropped };
}

/** The combined value with its evidence list (used constraints, then a note per dropped one). */
export function toDated(c: Combined): DatedValue | null {
  if (!c.value) return null;
  const evidence: Evidence[] = c.used.map((u) => u.evidence);
  for (const d of c.dropped) evidence.push({ ...d.evidence, note: `ignored (contradicts stronger evidence): ${d.evidence.note ?? ''}`.trim() });
  return { ...c.value, evidence };
}
