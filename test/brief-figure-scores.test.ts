// A score the analysis reads whole ("3–1") is one figure in the brief with both sides: "3–1" and
// "3-1" are the same result, "3–0" another one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

const keysOf = (text: string) => {
  const ev = buildUnits([withAnalysis(article('s', 'Sport Desk', 'QS', 'private', 'Final', text))]);
  return ev.units[0]!.figures.map((f) => f.key);
};

test('scores keep both sides as one figure', () => {
  const a = keysOf('Fenwick Rovers beat Ashby Town 3–1 in the cup final on Saturday.');
  const b = keysOf('Fenwick Rovers won the cup final 3-1 against Ashby Town on Saturday.');
  const c = keysOf('Fenwick Rovers beat Ashby Town 3–0 in the cup final on Saturday.');
  assert.deepEqual(a, ['3to1|']);
  assert.deepEqual(b, a);
  assert.deepEqual(c, ['3to0|']);
});
