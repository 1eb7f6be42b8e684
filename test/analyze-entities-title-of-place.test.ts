// "Mayor Jana Petrak of Orlik City": a titled name before "of" and a place with a head word is a
// person and the place her title holds in — not one place named "Jana Petrak of Orlik City".
// A head word before "of" still holds a name together ("University of Tessary"). Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 't');
const typed = (text: string) => new Map(analyzeArticle(art(text), { today: '2026-11-21' }).entities.map((e) => [e.name, e.type]));

test('a titled person of a multi-word place is a person and a place', () => {
  const t = typed('Mayor Jana Petrak of Orlik City said the bridge was closed. Governor Ivo Marsh of Tessaly Province said the dam held.');
  assert.equal(t.get('Jana Petrak'), 'person');
  assert.equal(t.get('Orlik City'), 'place');
  assert.equal(t.get('Ivo Marsh'), 'person');
  assert.equal(t.get('Tessaly Province'), 'place');
});

test('a head word before "of" keeps the name whole', () => {
  const t = typed('The University of Tessary said fees would rise. The Bank of Norland raised rates. Officials of the Port of Brenholm Authority spoke.');
  assert.equal(t.get('University of Tessary'), 'organisation');
  assert.equal(t.get('Bank of Norland'), 'organisation');
  assert.equal(t.get('Port of Brenholm Authority'), 'organisation');
});
