import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

// Invented protest and flood reports.
const art = (text: string) => textArticle(text, 'c');
const qs = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quantities;
const pairs = (text: string) => qs(text).map((q) => [q.value, q.qualifier, q.counts]);

test('a word number before an irregular plural is a count, with what happened to them', () => {
  assert.deepEqual(pairs('Two people died when the levee at Brunmoor gave way.'), [[2, null, 'people died']]);
  assert.deepEqual(pairs('At least two people were killed in the crush outside the Tavel court.'), [[2, 'at least', 'people killed']]);
  assert.deepEqual(pairs('Medics said three children were injured and two men were arrested near the square.'), [
    [3, null, 'children injured'],
    [2, null, 'men arrested'],
  ]);
  assert.deepEqual(pairs('Four women remain missing after the river burst its banks.'), [[4, null, 'women']]);
});

test('a word number pointing back at things already counted is no new count', () => {
  // "one of the two", "the two leaders", "two of them": no toll to compare with other outlets.
  assert.deepEqual(pairs('One of the two protesters was hurt in the scuffle. Two of them fled across the bridge.'), []);
  assert.deepEqual(pairs('The two leaders met in Kessa on Friday, and their three aides stayed behind.'), []);
});

test('each number in a coordinated clause keeps its own noun and verb', () => {
  const a = qs('Organisers said 14 police officers were hurt and 62 protesters detained during the march on Velm Street.');
  const q14 = a.find((q) => q.value === 14);
  const q62 = a.find((q) => q.value === 62);
  assert.ok(q14 && q62, JSON.stringify(a));
  assert.ok(/officers/.test(q14.counts ?? '') && /hurt/.test(q14.counts ?? '') && !/detained/.test(q14.counts ?? ''), JSON.stringify(q14));
  assert.equal(q62.counts, 'protesters detained');
  // An irregular plural before a verb is still the head ("people lives on").
  assert.equal(qs('Some 300 police were deployed and 9 people were killed.').find((q) => q.value === 300)?.counts, 'police deployed');
});
