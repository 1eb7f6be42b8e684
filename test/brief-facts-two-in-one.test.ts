// One outlet's long sentence can carry two facts another outlet gives in two sentences: it
// corroborates both, but each fact reads as its own statement (two facts with the same text
// would look like a duplicate).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('a sentence joining two facts is not the text of both', async () => {
  const items = [
    withAnalysis(
      article('w1', 'Harbour Wire', 'QC', 'private', 'Bridge opens in Corvel',
        'Transport minister Ilse Marrow opened the new Corvel river bridge on Monday after six years of building work, while hundreds of fishermen blocked the road to the old port for three hours over fuel prices.'),
    ),
    withAnalysis(
      article('p1', 'Corvel Post', 'QC', 'private', 'New bridge opens',
        'Crowds gathered on both banks of the Corvel river on Monday. ' +
          'Transport minister Ilse Marrow opened the new Corvel river bridge on Monday after six years of building work. ' +
          'Hundreds of fishermen blocked the road to the old port for three hours on Monday over fuel prices.'),
    ),
  ];
  const b = await buildBrief(undatedEvent('ev-bridge', 'Bridge', ['w1', 'p1']), items, { embed: false });
  const both = b.facts.filter((f) => f.status === 'corroborated');
  assert.equal(both.length, 2, JSON.stringify(b.facts.map((f) => [f.status, f.text])));
  assert.notEqual(both[0]!.text, both[1]!.text);
  assert.ok(both.every((f) => f.citations.some((c) => c.article_id === 'w1')), 'the long sentence corroborates both');
});
