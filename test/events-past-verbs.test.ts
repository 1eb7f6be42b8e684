// Past-tense verb forms without a tagger. A capitalised word is a name ("Rose Tanner", "Ahmed",
// "Won Park") unless it opens a sentence and is followed by a lowercase word that is no verb of
// a name ("Led by the mayor, …", "Rose sharply …"); lowercase forms are verbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPastVerb } from '../src/events/past-verbs.ts';
import { actKeys } from '../src/events/act-words.ts';

test('lowercase irregular and -ed forms are verbs; -ed words that are no verbs are not', () => {
  for (const w of ['led', 'won', 'rose', 'struck', 'resumed', 'collapsed']) assert.equal(isPastVerb(w), true, w);
  for (const w of ['hundred', 'indeed', 'alleged', 'red']) assert.equal(isPastVerb(w), false, w);
});

test('capitalised forms inside a sentence are names', () => {
  for (const w of ['Led', 'Won', 'Rose', 'Ahmed', 'Fred']) assert.equal(isPastVerb(w), false, w);
  assert.equal(isPastVerb('Rose', false, 'sharply'), false, 'mid-sentence even before a lowercase word');
});

test('a capitalised form opening a sentence is a verb, unless a name\'s verb or another capital follows', () => {
  assert.equal(isPastVerb('Led', true, 'by'), true);
  assert.equal(isPastVerb('Struck', true, 'by'), true);
  assert.equal(isPastVerb('Rose', true, 'Tanner'), false, '"Rose Tanner said"');
  assert.equal(isPastVerb('Ahmed', true, 'said'), false, '"Ahmed said"');
  assert.equal(isPastVerb('Won', true, 'was'), false, '"Won was"');
  assert.equal(isPastVerb('Led', true), false, 'nothing follows: a name alone');
});

test('in a text: sentence-initial verbs count, names do not', () => {
  assert.deepEqual(actKeys('Led by the mayor, residents marched.'), ['led', 'march']);
  assert.deepEqual(actKeys('Rose Tanner and Won Park spoke to reporters.'), ['spoke']);
  assert.deepEqual(actKeys('Voters met Rose Tanner. Prices rose. Rose sharply, the index closed higher.'), ['met', 'rose', 'clos']);
  assert.deepEqual(actKeys('Ahmed said the talks resumed.'), ['resum']);
});
