// Sentence boundaries around quotation marks, abbreviations, times and places (invented examples).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/analyze/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('a closing quotation mark set off by a space stays with the sentence it closes', () => {
  assert.deepEqual(texts('He called it “a scandal. ” Nobody answered.'), ['He called it “a scandal. ”', 'Nobody answered.']);
  assert.deepEqual(texts("`` We are done. '' The board met again later."), ["`` We are done. ''", 'The board met again later.']);
  assert.deepEqual(texts('"We are done. " The board met again later.'), ['"We are done. "', 'The board met again later.']);
  assert.deepEqual(texts('“Is it over? ” She left the room.'), ['“Is it over? ”', 'She left the room.']);
});

test('a spaced opening quotation mark still starts the next sentence', () => {
  assert.deepEqual(texts('The board met. " We are done, " said Ana Pell.'), ['The board met.', '" We are done, " said Ana Pell.']);
});

test('plural titles and ranks do not end a sentence before a name', () => {
  assert.deepEqual(texts('The bill was backed by Sens. Ida Marr and Tom Vell. It passed.'), ['The bill was backed by Sens. Ida Marr and Tom Vell.', 'It passed.']);
  assert.deepEqual(texts('A letter came from Reps. Ola Brin and Kai Dorn. Nobody replied.').length, 2);
  for (const a of ['Cpl.', 'Pvt.', 'Det.', 'Atty.', 'Supt.', 'Insp.', 'Const.', 'Amb.']) {
    const t = `The report was signed by ${a} Lena Fosk on Friday. It was short.`;
    assert.deepEqual(texts(t), [`The report was signed by ${a} Lena Fosk on Friday.`, 'It was short.'], a);
  }
});

test('an acronym followed by an opening quotation mark ends the sentence', () => {
  assert.deepEqual(texts('Talks ended in the U.S. “We are pleased,” the envoy said.'), ['Talks ended in the U.S.', '“We are pleased,” the envoy said.']);
  assert.deepEqual(texts('The rally was held in Dover, N.H. "It is time," she said.').length, 2);
  assert.deepEqual(texts('The deal was signed by Varn Inc. “It is a good day,” a spokesman said.').length, 2);
});

test('a.m. and p.m. end a sentence unless a day, zone or "time" follows', () => {
  assert.deepEqual(texts('The polls closed at 8 p.m. Turnout was high in the north.'), ['The polls closed at 8 p.m.', 'Turnout was high in the north.']);
  assert.deepEqual(texts('The vote was cancelled at 1:00 p.m. One of the organisers left.').length, 2);
  for (const t of [
    'Polls open at 7 a.m. Tuesday and close at 8 p.m. ET in most districts.',
    'The results came at 5 a.m. Pacific time on Wednesday.',
    'The curfew starts at 11:59 p.m. Saturday, officials said.',
    'The count ended at 4 a.m. GMT without incident.',
  ])
    assert.equal(texts(t).length, 1, t);
});

test('"City, ST." closes a place name before a capitalised word; datelines keep their dash', () => {
  assert.deepEqual(texts('The fire started in Millbrook, N.Y. Firefighters arrived late.'), ['The fire started in Millbrook, N.Y.', 'Firefighters arrived late.']);
  assert.deepEqual(texts('SPRINGVALE, Calif. — The council voted on Monday.').length, 1);
  assert.deepEqual(texts('SPRINGVALE, Calif. (AP) — The council voted on Monday.').length, 1);
  assert.deepEqual(texts('The U.S. Senate met in the U.S. Capitol on Monday.').length, 1);
});

test('an exclaimed or asked quotation keeps its attribution', () => {
  assert.deepEqual(texts('“We will never give up!” Marr tweeted on Sunday. The post spread fast.'), ['“We will never give up!” Marr tweeted on Sunday.', 'The post spread fast.']);
  assert.deepEqual(texts('"Can we win?" Ida Marr asked. Nobody answered.'), ['"Can we win?" Ida Marr asked.', 'Nobody answered.']);
  assert.deepEqual(texts('“Can we win?” The crowd fell silent.').length, 2);
});

test('"No." only abbreviates before a number; "Jr." ends a sentence before a sentence starter', () => {
  assert.deepEqual(texts('Asked if she would run, she said no. The party was stunned.').length, 2);
  assert.deepEqual(texts('He wore No. 7 for the club. Then he retired.').length, 2);
  assert.deepEqual(texts('The plan came from Tom Vell Jr. The council rejected it.'), ['The plan came from Tom Vell Jr.', 'The council rejected it.']);
  assert.deepEqual(texts('The parade on Martin Luther King Jr. Day drew crowds.').length, 1);
});

test('a decimal number split by a tokeniser is not a sentence boundary', () => {
  assert.deepEqual(texts('The quake measured 6. 4 on the scale. Nobody was hurt.'), ['The quake measured 6. 4 on the scale.', 'Nobody was hurt.']);
});
