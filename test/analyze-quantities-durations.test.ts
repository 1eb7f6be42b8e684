import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const qs = (text: string) => analyzeArticle(textArticle(text), { today: '2031-01-01' }).quantities;
const dur = (text: string) => qs(text).filter((q) => /^(?:years|months|weeks|days|hours|minutes)$/.test(q.unit ?? '')).map((q) => [q.value, q.unit, q.counts]);

test('a prison term is a duration quantity of prison', () => {
  assert.deepEqual(dur('Kellan Marsh was jailed for 12 years on Friday.'), [[12, 'years', 'prison']]);
  assert.deepEqual(dur('She was sentenced to 12 years in prison.'), [[12, 'years', 'prison']]);
  assert.deepEqual(dur('He was handed a nine-year jail term.'), [[9, 'years', 'jail term']]);
});

test('hyphenated durations before a noun count that noun', () => {
  assert.deepEqual(dur('He signed a five-year contract with Harlow Rovers.'), [[5, 'years', 'contract']]);
  assert.deepEqual(dur('Unions called a 48-hour walkout at the port.'), [[48, 'hours', 'walkout']]);
  assert.deepEqual(dur('The minister began a three-day visit to Kalvia.'), [[3, 'days', 'visit']]);
  assert.deepEqual(dur('The strike lasted two weeks.'), [[2, 'weeks', null]]);
});

test('ages, offsets and dates are no durations', () => {
  for (const t of ['A 23-year-old man was charged.', 'The plant closed two weeks ago.', 'Three days later the talks resumed.', 'The talks resume in two weeks.', 'The boy, aged 12 years, was unhurt.', 'Over the past 12 months prices rose.']) assert.deepEqual(dur(t), [], t);
});

test('a range of durations keeps both ends', () => {
  const q = qs('The work will take between three and five years.');
  const d = q.find((x) => x.unit === 'years');
  assert.deepEqual(d?.range, { low: 3, high: 5 });
});
