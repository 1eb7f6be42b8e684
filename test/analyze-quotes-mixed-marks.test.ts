// British papers quote speech in ‘single’ marks in texts that also use “double” ones; "a spokesperson
// for X said" after a quote is someone speaking for X, not the last person named before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'm');
const quotes = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quotes.map((q) => [q.text, q.speaker_name, q.speaker_entity_id]);

const TEXT = [
  'Its general secretary, Mick Whelan, said: ‘We have been left with no choice. The protesters’ demands are fair.’',
  '‘This is deeply disappointing for passengers,’ a spokesperson for the Rail Delivery Group said.',
  'Transport Secretary Louise Haigh said she was “frustrated” by the dispute and that it “can’t go on”.',
].join('\n\n');

test('‘single’ quotes count in a text that also uses double ones; an inner ’ does not close them', () => {
  const q = quotes(TEXT);
  assert.deepEqual(q.map((x) => x[0]), [
    'We have been left with no choice. The protesters’ demands are fair.',
    'This is deeply disappointing for passengers,',
    'frustrated',
    'can’t go on',
  ]);
  assert.equal(q[0]![1], 'Mick Whelan');
});

test('"a spokesperson for X said" after a quote speaks for X', () => {
  const q = quotes(TEXT);
  assert.deepEqual(q[1]!.slice(1), ['spokesperson for Rail Delivery Group', null]);
});
