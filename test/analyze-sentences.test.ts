import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, splitParagraphs } from '../src/analyze/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('abbreviations, initials and acronyms do not end sentences', () => {
  const t = 'Mr. Hale met Dr. J. R. Okafor in the U.S. capital on Sept. 13 to discuss U.N. reforms. The talks were U.S.-backed. Then they left.';
  assert.deepEqual(texts(t), [
    'Mr. Hale met Dr. J. R. Okafor in the U.S. capital on Sept. 13 to discuss U.N. reforms.',
    'The talks were U.S.-backed.',
    'Then they left.',
  ]);
});

test('an acronym at the end of a sentence still ends it before a sentence starter', () => {
  assert.equal(texts('Sanctions were imposed by the U.S. The ministry protested.').length, 2);
});

test('quotes: closing marks stay with their sentence; a quote spanning sentences splits inside', () => {
  const t = 'She said: “We will win. The enemy is weak.” Nobody answered.';
  assert.deepEqual(texts(t), ['She said: “We will win.', 'The enemy is weak.”', 'Nobody answered.']);
});

test('paragraphs: blank lines and single newlines separate; offsets point into the text', () => {
  const t = 'Headline here\nFirst para. Second sentence.\n\nThird para!';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 1, 2]);
  for (const x of s) assert.equal(t.slice(x.start, x.end).trim(), t.slice(x.start, x.end));
  assert.equal(splitParagraphs(t).length, 3);
});

test('hard-wrapped prose keeps wrapped lines in one paragraph', () => {
  const line = 'word '.repeat(12).trim();
  const t = [line, line, line + '.', '', line, line, line + '.'].join('\n');
  assert.equal(splitParagraphs(t).length, 2);
});

test('no sentences in an empty or whitespace text', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
});

test('title abbreviations before a capitalised name never end a sentence', () => {
  const abbrevs = ['Gen.', 'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Rep.', 'Sen.', 'Prof.', 'Dr.', 'St.', 'Mt.', 'Ft.', 'Gov.', 'Adm.', 'Cmdr.', 'Maj.'];
  for (const a of abbrevs) {
    const t = `The convoy was met by ${a} Odile Varn near the bridge. Nobody else came.`;
    assert.deepEqual(texts(t), [`The convoy was met by ${a} Odile Varn near the bridge.`, 'Nobody else came.'], a);
  }
  const t = 'Talks opened with Rear Adm. Tomas Vell and Lt. Gen. Ira Mott. Gov. Hal Brenner joined later.';
  assert.deepEqual(texts(t), ['Talks opened with Rear Adm. Tomas Vell and Lt. Gen. Ira Mott.', 'Gov. Hal Brenner joined later.']);
});

test('a line break right after a title abbreviation does not split the name from it', () => {
  const t = 'The harbour was visited on Friday by Gov.\nHal Brenner and his staff.\nThe visit was short.';
  assert.deepEqual(texts(t), ['The harbour was visited on Friday by Gov.\nHal Brenner and his staff.', 'The visit was short.']);
});
