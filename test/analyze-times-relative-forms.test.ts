// Relative days as British and Commonwealth papers write them: "said last night", "this morning",
// "a fortnight ago"; a capitalised "Last Night" inside a name is no day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { pub } from './fixtures/analyze/dated.ts';
import type { Article, DatedValue } from '../src/types.ts';

const art = (text: string, published: DatedValue): Article => ({ id: 'r', input: 'r', title: '', text, url: null, outlet: null, published, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const times = (text: string) => analyzeArticle(art(text, pub(2031, 11, 21)), { today: '2033-01-01' }).times.map((t) => [t.text, t.resolved?.label ?? null]);

test('"last night" is the day before the article, "this morning" its day, a fortnight two weeks', () => {
  assert.deepEqual(times('Police said last night that two men were held. This morning the council met. A fortnight ago the plan leaked.'), [
    ['last night', '2031-11-20'],
    ['This morning', '2031-11-21'],
    ['A fortnight ago', '2031-11-04 – 2031-11-10'],
  ]);
});

test('"the Last Night of the Proms" is a name', () => {
  assert.deepEqual(times('Tickets for the Last Night of the Proms sold out.'), []);
});
