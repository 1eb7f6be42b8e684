// Numbers as intervals: "more than 90%" is [90, ∞), "about 400" is [360, 440], a bare
// figure allows rounding. Two reports agree when their intervals meet.

export function normUnit(unit: string | null | undefined): string {
  if (!unit) return '';
  const u = unit.toLowerCase().trim();
  if (u === '%' || u === 'percent' || u === 'per cent' || u === 'pct' || u === 'percentage points') return '%';
  if (u === '$' || u === 'usd' || u === 'dollar' || u === 'dollars' || u === 'us dollars') return 'USD';
  if (u === '€' || u === 'eur' || u === 'euro' || u === 'euros') return 'EUR';
  if (u === '£' || u === 'gbp' || u === 'pound' || u === 'pounds') return 'GBP';
  return u.replace(/s$/, '');
}

const TOL = 0.015; // rounding in a figure stated without qualifier

export function interval(value: number, qualifier: string | null | undefined): [number, number] {
  const q = (qualifier ?? '').toLowerCase().trim();
  const lo = value * (1 - TOL);
  const hi = value * (1 + TOL);
  if (/^(more than|over|at least|above|upwards of|in excess of|exceeding|no fewer than|no less than|not less than|at minimum|\+|>|>=)$/.test(q)) return [lo, Infinity];
  if (/^(just over|just above|slightly more than)$/.test(q)) return [lo, value * 1.15];
  if (/^(nearly|almost|close to|just under|just below|slightly less than|approaching)$/.test(q)) return [value * 0.85, hi];
  if (/^(less than|under|fewer than|below|up to|at most|no more than|<|<=)$/.test(q)) return [-Infinity, hi];
  if (/^(about|around|approximately|roughly|some|an estimated|estimated|circa|approx\.?|~|nearly about|as many as|some \d+)$/.test(q)) return [value * 0.9, value * 1.1];
  if (q) return [value * 0.9, value * 1.1]; // unknown qualifier: treat as approximate
  // a small count written to the unit ("112 passengers", "57 dead") is not rounded: 112 and 114 differ
  if (Number.isInteger(value) && Math.abs(value) < 1000 && value % 10 !== 0) return [value - 0.5, value + 0.5];
  return [lo, hi];
}

/** Two intervals meet (for values stated as ranges: "between 10 and 15"). */
export function meet(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function compatible(a: { value: number; qualifier: string | null }, b: { value: number; qualifier: string | null }): boolean {
  return meet(interval(a.value, a.qualifier), interval(b.value, b.qualifier));
}
