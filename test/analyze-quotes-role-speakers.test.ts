import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

// Invented election, flood and court reports.
const art = (text: string) => textArticle(text, 's');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });
const speakers = (text: string) => run(text).quotes.map((q) => q.speaker_name);

test('"said <owner> <role> <person>": the person speaks, not the owner of the role', () => {
  assert.deepEqual(speakers('"We will rebuild the bridge by spring," said Orlik\'s mayor, Jana Petrak.'), ['Jana Petrak']);
  assert.deepEqual(speakers('"Nobody crossing the pass is safe," said Safe Passage coordinator Hana Vrba.'), ['Hana Vrba']);
  // Two names joined by "and" still give the first as speaker.
  assert.deepEqual(speakers('"The vote was clean," said Ivo Lenz and Mara Holt.'), ['Ivo Lenz']);
});

test('a describing noun capitalised at a clause start is not part of the name', () => {
  const a = run('"The count was stolen from us," Challenger Vera Dunic said on Sunday.');
  assert.deepEqual(a.quotes.map((q) => q.speaker_entity_id), ['person:vera-dunic']);
  assert.ok(!a.entities.some((e) => /challenger/i.test(e.name)), JSON.stringify(a.entities.map((e) => e.name)));
});

test('a plural title gives its role to every name joined after it', () => {
  const ids = run('The appeal was rejected, with Justices Ramos and Whitcombe dissenting.').entities.filter((e) => e.type === 'person').map((e) => e.id).sort();
  assert.deepEqual(ids, ['person:ramos', 'person:whitcombe']);
});

test('a single-word party is an organisation when the text calls it one', () => {
  const a = run('Labour said the flood plan was reckless. The Labour candidate in Dorne, Ivo Marsh, agreed. The Greens have called for an inquiry.');
  const type = (n: string) => a.entities.find((e) => e.name === n)?.type;
  assert.equal(type('Labour'), 'organisation');
  assert.equal(type('Greens'), 'organisation');
  assert.equal(type('Ivo Marsh'), 'person');
  // With no party cue a lone opener with a speech verb stays a person.
  assert.equal(run('Marsh said the plan was reckless. Ivo Marsh left.').entities.find((e) => e.id === 'person:ivo-marsh')?.type, 'person');
});
