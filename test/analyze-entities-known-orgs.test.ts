// One-word organisations the language model knows ("Microsoft said") are not people, unless the
// article names a person so; words ending in a title with no name after them are a role, not a
// person's name, while titles that are surnames ("Billy King") stay names (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'k');
const typed = (text: string) => new Map(analyzeArticle(art(text), { today: '2026-11-21' }).entities.map((e) => [e.name, e.type]));

test('a company the lexicon knows is an organisation when it speaks', () => {
  const t = typed('Boeing said on Monday that it had grounded the Orlen 7 fleet. Microsoft said the outage at the Tessary data centre was over.');
  assert.equal(t.get('Boeing'), 'organisation');
  assert.equal(t.get('Microsoft'), 'organisation');
});

test('the same word is a person when the article names one so', () => {
  const t = typed('Former senator Mara Ford visited the flooded valley on Tuesday. Ford said the levees had failed.');
  assert.equal(t.get('Mara Ford'), 'person');
  assert.ok(![...t].some(([n, ty]) => n === 'Ford' && ty === 'organisation'));
});

test('a role without a name is not a person; a title that is a surname still is', () => {
  const t = typed('The County Sheriff said two deputies were hurt. Officers of the Tessary Highway Patrol closed the road. Dara King said she saw the crash.');
  assert.notEqual(t.get('County Sheriff'), 'person');
  assert.equal(t.get('Tessary Highway Patrol'), 'organisation');
  assert.equal(t.get('Dara King'), 'person');
});

test('a name right after the kind of body it is ("the airline Skerrin Air") is an organisation', () => {
  const t = typed('The airline Skerrin Air said flights to Vessby resumed on Friday. The opposition party Forward Kessia won 31 seats. Party leader Mara Lind said the vote was fair.');
  assert.equal(t.get('Skerrin Air'), 'organisation');
  assert.equal(t.get('Forward Kessia'), 'organisation');
  assert.equal(t.get('Mara Lind'), 'person');
});

test('the name after a person and "of" is where the person works, and the quote is the person\'s', () => {
  const text = '"The firm sat on this for six months," said Nora Pell of Consumer Alert.';
  const a = analyzeArticle(textArticle(text, 'k'), { today: '2026-11-21' });
  const t = new Map(a.entities.map((e) => [e.name, e.type]));
  assert.equal(t.get('Nora Pell'), 'person');
  assert.equal(t.get('Consumer Alert'), 'organisation');
  assert.equal(a.quotes[0]?.speaker_name, 'Nora Pell');
});

test('a speaker with a role appositive speaks; the body after "the head of" is an organisation', () => {
  const a = analyzeArticle(textArticle('Ilona Varga, Delmira\'s transport minister, vowed that "those responsible will answer for it".', 'k'), { today: '2026-11-21' });
  assert.equal(a.quotes[0]?.speaker_name, 'Ilona Varga');
  const b = analyzeArticle(textArticle('Jon Vell, the head of Orlen Rail, said the line "will reopen within days".', 'k'), { today: '2026-11-21' });
  assert.equal(new Map(b.entities.map((e) => [e.name, e.type])).get('Orlen Rail'), 'organisation');
  assert.equal(b.quotes[0]?.speaker_name, 'Jon Vell');
});
