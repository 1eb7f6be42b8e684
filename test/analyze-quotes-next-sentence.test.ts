// A quote that closes its sentence takes its speaker from the next sentence only when the quote is the
// whole sentence ("“Why now?” Premier Sorn asked."); a partial quote already has its speaker before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'q');
const quotes = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quotes.map((q) => [q.text, q.speaker_name]);

test('a partial quote ending its sentence keeps the speaker named before it', () => {
  assert.deepEqual(
    quotes('Writing for the majority, Justice Miriam Okafor said the company "cannot hide behind a consent screen that nobody reads." Justice Peter Lindqvist wrote the dissent.'),
    [['cannot hide behind a consent screen that nobody reads.', 'Miriam Okafor']],
  );
});

test('a whole-sentence quote still takes the attribution of the next sentence, not a verb with an object', () => {
  assert.deepEqual(quotes('“Why now?” Premier Lida Sorn asked.'), [['Why now?', 'Lida Sorn']]);
  const q = quotes('Talks resumed on Monday. "The process is broken." Justice Peter Lindqvist wrote the dissent.');
  assert.notEqual(q[0]![1], 'Peter Lindqvist');
});

test('the person heading "X of the Y Police said" speaks, not the organisation after "of"', () => {
  assert.deepEqual(
    quotes('Detective Inspector Claire Dunmore of the City of Kelby Police said outside court: "The sentence sends a clear message."'),
    [['The sentence sends a clear message.', 'Claire Dunmore']],
  );
});

test('an appositive role or an age between the name and the verb after a quote still attributes it', () => {
  const q = quotes([
    'Officials said they were treating the fire as arson, the Kelby Daily News reported.',
    '"We are definitely treating it as suspicious," James Steele, chief of the Kelby Fire Department, told the newspaper. "It is over," Ana Roth, 52, said.',
  ].join('\n\n'));
  assert.deepEqual(q.map((x) => x[1]), ['James Steele', 'Ana Roth']);
});
