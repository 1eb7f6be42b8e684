// IntFloatMap against a JS Map under random inserts, adds and deletes (backward-shift deletion
// must keep every remaining key reachable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntFloatMap } from '../src/util/int-float-map.ts';

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

test('behaves like a Map under random set/add/delete', () => {
  const r = rng(7);
  const m = new IntFloatMap();
  const ref = new Map<number, number>();
  for (let step = 0; step < 20000; step++) {
    const k = Math.floor(r() * 500);
    const op = r();
    if (op < 0.4) {
      m.add(k, 1);
      ref.set(k, (ref.get(k) ?? 0) + 1);
    } else if (op < 0.6) {
      m.set(k, step);
      ref.set(k, step);
    } else {
      assert.equal(m.delete(k), ref.delete(k));
    }
    if (step % 997 === 0) {
      assert.equal(m.size, ref.size);
      for (const [key, v] of ref) assert.equal(m.get(key), v, `key ${key}`);
      assert.deepEqual(new Map(m.entries()), ref);
    }
  }
});

test('dot with a sparse vector and with another map counts shared keys only', () => {
  const a = IntFloatMap.from([[1, 2], [5, 3], [9, 4]]);
  const b = IntFloatMap.from([[5, 10], [9, 1], [12, 7]]);
  assert.equal(a.dot(Int32Array.from([5, 12, 9]), Float32Array.from([1, 100, 2])), 3 + 8);
  assert.equal(IntFloatMap.dot(a, b), 30 + 4);
  assert.equal(IntFloatMap.dot(b, a), 34);
  assert.equal(a.get(12), undefined);
});

test('top(k) gives the largest values first, ties by smaller key', () => {
  const m = IntFloatMap.from([[4, 1], [2, 5], [9, 5], [7, 3], [1, 0.5], [3, 5]]);
  const t = m.top(4);
  assert.deepEqual([...t.ids], [2, 3, 9, 7]);
  assert.deepEqual([...t.vals], [5, 5, 5, 3]);
  assert.deepEqual([...m.top(10).ids], [2, 3, 9, 7, 4, 1]);
});
