// Whether two values serialise to the same JSON, without serialising them: the feature cache
// compares every stored article and analysis with the copy it saw last time at each re-clustering
// (about 12 kB of JSON per article), and building and hashing those strings cost more than the
// walk. Stricter than comparing JSON.stringify where they could differ (an undefined property
// counts, NaN never equals): a false "different" only costs a recomputation.

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameJson(ra[k], rb[k])) return false; // same keys in the same order, as JSON
  }
  return true;
}
