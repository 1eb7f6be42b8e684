// Amounts in other outlets' styles: South Asian scales (lakh, crore), rupees, country dollars, and the
// words after a percentage that count nothing ("year on year", "and").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'c');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });
const qs = (text: string) => run(text).quantities;

test('"Rs 450 crore" is 4.5 billion rupees and "3.2 lakh hectares" is 320,000 hectares', () => {
  const q = qs('The cabinet approved a Rs 450 crore package after rain damaged 3.2 lakh hectares; each family gets Rs. 25,000 and the state sought ₹1,200 crore.');
  assert.deepEqual(q.map((x) => [x.value, x.unit]), [[4.5e9, 'INR'], [320000, null], [25000, 'INR'], [1.2e10, 'INR']]);
  assert.equal(q[1]!.counts, 'hectares');
});

test('a country prefix names the dollar; currency marks are no entities', () => {
  const r = run('The government will pay A$2 billion into the fund, US$5m to Kelby and USD 300 million to Rs Holdings.');
  assert.deepEqual(r.quantities.map((x) => [x.value, x.unit]), [[2e9, 'AUD'], [5e6, 'USD'], [3e8, 'USD']]);
  assert.ok(!r.entities.some((e) => ['US', 'USD', 'A'].includes(e.name)), JSON.stringify(r.entities.map((e) => e.name)));
});

test('a scaled amount is the round number it names ("£8.3m" equals "£8,300,000")', () => {
  const q = qs('Hotels cost £8.3m a day, or £8,300,000, and the fund holds 4.1bn euros.');
  assert.equal(q[0]!.value, 8300000);
  assert.equal(q[0]!.value, q[1]!.value);
  assert.equal(q[2]!.value, 4.1e9);
});

test('"up 12% year on year" and "by 15 percent and" count nothing after the number (the noun that rose is before it)', () => {
  const q = qs('Revenue rose 12% year on year and 3% quarter-on-quarter. She will raise the wage by 15 percent and cut the deficit.');
  assert.deepEqual(q.map((x) => [x.value, x.counts]), [[12, 'revenue'], [3, null], [15, null]]);
});

test('a counted noun belongs to the number next to it, not to one across another number', () => {
  const q = qs('Fees of USD 300 million and 12 eggs were paid, while rebel and militia targets were hit.');
  assert.equal(q[0]!.counts, null);
  assert.equal(q[1]!.counts, 'eggs');
  assert.equal(qs('Jets hit 40 rebel and militia targets.')[0]!.counts, 'targets');
});

test('a partitive runs on over the second number ("88 of the 150 seats")', () => {
  assert.deepEqual(qs('The party won 88 of the 150 seats.').map((x) => [x.value, x.counts]), [[88, 'seats'], [150, 'seats']]);
});

test('a speed is not a distance, and "14 remain missing" counts no "remain"', () => {
  const q = qs('Winds of 185 km/h and gusts of up to 140 mph hit; 23 were killed and 14 remain missing.');
  assert.deepEqual(q.map((x) => [x.value, x.unit, x.counts]), [[185, 'km/h', null], [140, 'mph', null], [23, null, 'killed'], [14, null, null]]);
});
