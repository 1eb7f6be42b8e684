/** Dot product of two sparse vectors held as maps (iterates the smaller one). */
export function dotMaps<K>(a: Map<K, number>, b: Map<K, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}
