import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import type { Article } from '../src/types.ts';

const qs = (text: string) => analyzeArticle({ id: 'q', input: 'q', title: '', text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: '', warnings: [] }, { today: '2026-01-01' });

test('values are normalised: thousands separators, scale words, percent forms, multipliers', () => {
  const text = 'More than 250,000 people have been killed and 7 million displaced. The army holds 85 percent of the territory, up from 60% in spring. Output grew 4.5 times.';
  const a = qs(text).quantities;
  const killed = a.find((q) => q.value === 250000)!;
  assert.deepEqual([killed.qualifier, killed.counts], ['more than', 'people killed']);
  assert.equal(a.find((q) => q.value === 7e6)!.counts, 'displaced');
  const pct = a.find((q) => q.value === 85)!;
  assert.deepEqual([pct.unit, pct.counts], ['%', 'of the territory']);
  assert.equal(a.find((q) => q.value === 60)!.unit, '%');
  assert.deepEqual([a.find((q) => q.value === 4.5)!.unit], ['times']);
  for (const q of a) assert.equal(text.slice(q.start, q.end), q.text);
});

test('qualifiers and what is counted', () => {
  const text = 'The air force flew 48 sorties, hitting 52 rebel and militia targets. At least 3,000 fighters and nearly 90 new aircraft arrived; about 12 tanks left.';
  const a = qs(text).quantities;
  assert.equal(a.find((q) => q.value === 48)!.counts, 'sorties');
  assert.equal(a.find((q) => q.value === 52)!.counts, 'targets');
  const f = a.find((q) => q.value === 3000)!;
  assert.deepEqual([f.qualifier, f.counts], ['at least', 'fighters']);
  const ac = a.find((q) => q.value === 90)!;
  assert.deepEqual([ac.qualifier, ac.counts], ['nearly', 'aircraft']);
  assert.equal(a.find((q) => q.value === 12)!.qualifier, 'about');
});

test('years, dates and codes are not quantities; durations are quantities in time units', () => {
  const a = qs('On March 3, 2021 and in 2015, for 5 years, the 10-year war went on; COVID-19 spread.').quantities;
  assert.deepEqual(a.map((q) => [q.text, q.value, q.unit, q.counts]), [['5 years', 5, 'years', null], ['10-year', 10, 'years', 'war']]);
});

test('overflowing and scientific numbers are warned about, never invented', () => {
  const r = qs(`The total was 1e309 and 1${'0'.repeat(400)} units.`);
  assert.deepEqual(r.quantities, []);
  assert.ok(r.warnings.some((w) => w.code === 'unparsed-number'));
  const only = qs('Only 3 boats came.').quantities[0];
  assert.deepEqual([only.value, only.qualifier, only.counts], [3, 'only', 'boats']);
});

test('clock times are not quantities: "1:32 PM", "10:30", "9 a.m.", "7 pm", "14.30 GMT"', () => {
  const text = 'The ferry left at 1:32 PM and docked at 10:30. Crews started at 9 a.m. and stopped at 7 pm; by 14.30 GMT some 40 sailors had come ashore with 3 boats. Updated 3/13/2024, 1: 32 PM.';
  const a = qs(text).quantities;
  assert.deepEqual(a.map((q) => [q.value, q.counts]), [[40, 'sailors'], [3, 'boats']]);
});
