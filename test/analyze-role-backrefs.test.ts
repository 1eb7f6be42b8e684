import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'r');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });
const speakerOf = (text: string, words: string) => run(text).quotes.find((q) => q.text.includes(words)) ?? null;

test('"X\'s spokesman" after "Palace spokesman Name" (role before the name) is that person', () => {
  const text = 'Palace spokesman Edvin Marrow said the visit went well. King Oskar Teller met the envoy.\n\n"We have nothing to add at this stage," Teller\'s spokesman told reporters. Later Teller\'s spokesman said "no date has been set for another visit."';
  const a = run(text);
  const q1 = a.quotes.find((q) => q.text.includes('nothing to add'));
  const q2 = a.quotes.find((q) => q.text.includes('no date'));
  assert.equal(q1?.speaker_entity_id, 'person:edvin-marrow', JSON.stringify(q1));
  assert.equal(q2?.speaker_entity_id, 'person:edvin-marrow', JSON.stringify(q2));
  assert.ok(!a.quotes.some((q) => /spokesman/.test(q.speaker_name ?? '')));
});

test('"the spokeswoman" after an apposition that follows the name is that person', () => {
  const q = speakerOf('Ilse Vanterpool, the ministry\'s spokeswoman, said the plan was ready. "The decision is final and will not be reviewed," the spokeswoman said.', 'decision');
  assert.equal(q?.speaker_name, 'Ilse Vanterpool');
  const q2 = speakerOf('Tomas Erlind, a spokesman for the Harlow Group, declined to comment. On Tuesday the spokesman said: "The figures speak for themselves."', 'figures');
  assert.equal(q2?.speaker_name, 'Tomas Erlind');
});

test('role nouns of other kinds: "the coach", "the minister" after a title or a role before the name', () => {
  const text = 'Finance Minister Ana Roth spoke first. Kelby Athletic coach Ian Pask agreed. "We will win on Sunday," the coach said. "The budget is balanced," the minister said.';
  assert.equal(speakerOf(text, 'win on Sunday')?.speaker_name, 'Ian Pask');
  assert.equal(speakerOf(text, 'budget')?.speaker_name, 'Ana Roth');
});

test('a role noun two earlier people hold, or a gendered form that picks one of them', () => {
  const two = 'Irma Selt, a spokeswoman for the Harlow Group, spoke. Tomas Erlind, the union\'s spokeswoman, spoke too. "We have nothing to add at this stage," the spokeswoman said.';
  assert.equal(speakerOf(two, 'nothing to add')?.speaker_entity_id, null);
  const mixed = 'Ostravian spokesman Dmitar Pelkov spoke first. Lena Orvik, a spokeswoman for the Harlow Group, disagreed. "We have nothing to add at this stage," the spokesman said. "We have nothing more to add today," the spokeswoman said.';
  assert.equal(speakerOf(mixed, 'nothing to add')?.speaker_name, 'Dmitar Pelkov');
  assert.equal(speakerOf(mixed, 'nothing more')?.speaker_name, 'Lena Orvik');
});

test('a role named only later is not a back-reference', () => {
  const a = run('"We have nothing to add at this stage," the spokesman said. Later, Irma Selt, a spokesman for the Harlow Group, repeated it.');
  assert.equal(a.quotes[0]?.speaker_entity_id, null);
});
