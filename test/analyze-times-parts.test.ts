import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { dayValue } from '../src/util/calendar.ts';
import type { Article, DatedValue } from '../src/types.ts';

const published = (y: number, m: number, d: number): DatedValue => ({ ...dayValue(y, m, d), evidence: [{ rule: 'metadata' }] });
const art = (text: string, pub: DatedValue): Article => ({ id: 't', input: 't', title: '', text, url: null, outlet: null, published: pub, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const timeOf = (text: string, pub: DatedValue, words: string) => {
  const t = analyzeArticle(art(text, pub), { today: '2035-01-01' }).times.find((x) => x.text.toLowerCase() === words.toLowerCase());
  return t?.resolved ? [t.resolved.start, t.resolved.end] : null;
};

test('"late last year" and "early next month" are parts of the period, not all of it', () => {
  assert.deepEqual(timeOf('It was their first win since late last year.', published(2031, 3, 16), 'late last year'), ['2030-09-01', '2030-12-31']);
  assert.deepEqual(timeOf('The plant will reopen early next month.', published(2031, 3, 16), 'early next month'), ['2031-04-01', '2031-04-10']);
});

test('"earlier this month" ends at the article date', () => {
  assert.deepEqual(timeOf('Demand weakened earlier this month.', published(2031, 10, 29), 'earlier this month'), ['2031-10-01', '2031-10-29']);
});

test('"over the weekend" is the Saturday and Sunday before a weekday article (or that weekend itself)', () => {
  assert.deepEqual(timeOf('The leaders spoke by phone over the weekend, officials said.', published(2029, 8, 22), 'over the weekend'), ['2029-08-18', '2029-08-19']);
  assert.deepEqual(timeOf('The leaders spoke by phone over the weekend.', published(2029, 8, 19), 'over the weekend'), ['2029-08-18', '2029-08-19']);
});

test('a month-day after "would" + verb looks ahead; one before it stays in the past', () => {
  assert.deepEqual(timeOf('The ministry said officials would meet in Genova on September 10.', published(2029, 8, 19), 'September 10'), ['2029-09-10', '2029-09-10']);
  assert.deepEqual(timeOf('On September 10 he said he would resign.', published(2029, 8, 19), 'September 10'), ['2028-09-10', '2028-09-10']);
});
