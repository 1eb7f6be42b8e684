// A map from non-negative integers to numbers in two typed arrays (open addressing, linear
// probing, backward-shift deletion). The clusterer keeps one per event (the sum of its
// articles' term vectors) and looks terms up in it ~1,500 times per article: a JS Map costs
// several times more per lookup and per entry at 100k articles.

const EMPTY = -1;

export class IntFloatMap {
  private keys: Int32Array;
  private vals: Float64Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.vals = new Float64Array(cap);
    this.mask = cap - 1;
  }

  static from(entries: Iterable<readonly [number, number]>): IntFloatMap {
    const list = [...entries];
    const m = new IntFloatMap(list.length);
    for (const [k, v] of list) m.set(k, v);
    return m;
  }

  private slot(k: number): number {
    // multiplicative hashing spreads consecutive term ids
    let i = Math.imul(k, 0x9e3779b1) & this.mask;
    const keys = this.keys;
    while (keys[i] !== EMPTY && keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  get(k: number): number | undefined {
    const i = this.slot(k);
    return this.keys[i] === k ? this.vals[i] : undefined;
  }

  has(k: number): boolean {
    return this.keys[this.slot(k)] === k;
  }

  set(k: number, v: number): void {
    const i = this.slot(k);
    if (this.keys[i] !== k) {
      this.keys[i] = k;
      this.size++;
      this.vals[i] = v;
      if (this.size * 2 > this.mask + 1) this.grow();
      return;
    }
    this.vals[i] = v;
  }

  /** Adds x to the value of k (0 when absent). */
  add(k: number, x: number): void {
    const i = this.slot(k);
    if (this.keys[i] === k) this.vals[i]! += x;
    else this.set(k, x);
  }

  delete(k: number): boolean {
    let i = this.slot(k);
    if (this.keys[i] !== k) return false;
    const keys = this.keys;
    const mask = this.mask;
    // backward-shift: move later members of the probe run into the hole
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      if (keys[j] === EMPTY) break;
      const home = Math.imul(keys[j]!, 0x9e3779b1) & mask;
      // keys[j] may move to i when its home is not cyclically within (i, j]
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        keys[i] = keys[j]!;
        this.vals[i] = this.vals[j]!;
        i = j;
      }
    }
    keys[i] = EMPTY;
    this.size--;
    return true;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Float64Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, vals[i]!);
  }

  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== EMPTY) yield [this.keys[i]!, this.vals[i]!];
  }

  /** Calls f for every entry (no iterator objects: the hot loops use this). */
  forEach(f: (v: number, k: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) f(this.vals[i]!, keys[i]!);
  }

  /** Sum over shared keys of a sparse vector's weights times this map's values (EMPTY ids skipped). */
  dot(ids: Int32Array, vals: Float32Array | Float64Array): number {
    const keys = this.keys;
    const mv = this.vals;
    const mask = this.mask;
    let s = 0;
    for (let t = 0; t < ids.length; t++) {
      const k = ids[t]!;
      if (k === EMPTY) continue;
      let i = Math.imul(k, 0x9e3779b1) & mask;
      for (;;) {
        const x = keys[i]!;
        if (x === k) {
          s += mv[i]! * vals[t]!;
          break;
        }
        if (x === EMPTY) break;
        i = (i + 1) & mask;
      }
    }
    return s;
  }

  /**
   * The k entries with the largest values (ties: smaller key first), largest first — a bounded
   * insertion over the table, for small k (an event's query terms).
   */
  top(k: number): { ids: Int32Array; vals: Float32Array } {
    const ids: number[] = [];
    const vals: number[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === EMPTY) continue;
      const v = this.vals[i]!;
      const n = ids.length;
      if (n === k && (v < vals[n - 1]! || (v === vals[n - 1] && key > ids[n - 1]!))) continue;
      let j = n < k ? n : k - 1;
      if (n < k) {
        ids.push(key);
        vals.push(v);
      }
      while (j > 0 && (v > vals[j - 1]! || (v === vals[j - 1] && key < ids[j - 1]!))) {
        ids[j] = ids[j - 1]!;
        vals[j] = vals[j - 1]!;
        j--;
      }
      ids[j] = key;
      vals[j] = v;
    }
    return { ids: Int32Array.from(ids), vals: Float32Array.from(vals) };
  }

  /** Dot product of two maps: the smaller one's table as a sparse vector against the larger. */
  static dot(a: IntFloatMap, b: IntFloatMap): number {
    return a.size > b.size ? a.dot(b.keys, b.vals) : b.dot(a.keys, a.vals);
  }
}
