import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'o');
const ents = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).entities;

test('"Marsden Wanderers" then "Wanderers" / "the Wanderers" is one organisation', () => {
  const e = ents('Marsden Wanderers beat Pellow Athletic 3-1 in the cup final on Saturday. The Wanderers scored twice before half-time. Wanderers manager Ossian Brell praised his side.');
  const club = e.find((x) => x.id === 'org:marsden-wanderers');
  assert.ok(club, JSON.stringify(e));
  assert.equal(club.name, 'Marsden Wanderers');
  assert.ok(club.mentions.length >= 3, JSON.stringify(club.mentions));
  assert.ok(!e.some((x) => /wanderers/.test(x.id) && x.id !== club.id), JSON.stringify(e.map((x) => x.id)));
});

test('a head word two organisations share stays apart', () => {
  const e = ents('Harlow Group and Tessin Group agreed to merge. The Group said talks would take weeks.');
  assert.ok(!e.some((x) => (x.id === 'org:harlow-group' || x.id === 'org:tessin-group') && x.mentions.some((m) => m.text === 'Group')));
});

test('a company named by a sector word is an organisation in every context', () => {
  const e = ents('Shares in Brennick Metals fell on Monday. Workers at Brennick Metals walked out, and a letter to Brennick Metals went unanswered. Brennick Metals said output would recover.');
  const co = e.filter((x) => x.name === 'Brennick Metals');
  assert.equal(co.length, 1, JSON.stringify(e));
  assert.equal(co[0].type, 'organisation');
  assert.equal(co[0].mentions.length, 4);
});
