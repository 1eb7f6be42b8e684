import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'm');
const qs = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quantities;

test('"1.2m" before a counted plural is 1.2 million; a 5m wall is not read', () => {
  const q = qs('The company will cut about 1.2m tonnes of capacity and 3m people were affected.');
  assert.deepEqual(q.map((x) => x.value), [1.2e6, 3e6]);
  assert.equal(q[0].qualifier, 'about');
  assert.equal(qs('They built a 5m wall around the yard.').length, 0);
});

test('fractions in words are quantities of what follows', () => {
  const q = qs('The vaccine cut infections by two-thirds among children, and a third of the routes were closed.');
  const two = q.find((x) => x.text === 'two-thirds');
  assert.ok(two === undefined || two.unit === 'fraction'); // "two-thirds among": no "of", not read
  const third = q.find((x) => x.text === 'a third');
  assert.equal(third?.unit, 'fraction');
  assert.equal(third?.counts, 'of the routes');
  assert.ok(Math.abs(third!.value - 1 / 3) < 1e-3);
});

test('a temperature with a bare C needs heat words in the sentence', () => {
  const q = qs('Temperatures hit a record 48C in Valdera on Monday.');
  assert.deepEqual(q.map((x) => [x.value, x.unit]), [[48, '°C']]);
  assert.equal(qs('Passengers waited at Terminal 2C for hours.').filter((x) => x.unit === '°C').length, 0);
});

test('a score or a vote tally is not read as its first number; a range still is', () => {
  // Each is one quantity of its own kind (see analyze-quantities-scores), never a bare count.
  assert.deepEqual(qs('Harlow beat Tamsin 3-1 on Sunday, and the council voted 7-2 to pay for a stadium.').map((x) => x.score), [[3, 1], [7, 2]]);
  assert.equal(qs('Between 10-15 people were hurt.')[0]?.value, 10);
});
