// Names made of common words before a role word ("Safe Passage director Mara Ilves") are whose
// role it is, not people; plural place names ("the Alps are") are not parties. Invented texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'r');
const typeOf = (text: string) => {
  const ents = analyzeArticle(art(text), { today: '2031-01-01' }).entities;
  return (name: string) => ents.find((e) => e.name === name)?.type;
};

test('a name before a role word and a person is an organisation, in every mention', () => {
  const t = typeOf('Volunteers from Safe Passage met the boats at dawn. Safe Passage director Mara Ilves said 40 people were aboard. Safe Passage said more crossings were planned.');
  assert.equal(t('Safe Passage'), 'organisation');
  assert.equal(t('Mara Ilves'), 'person');
  // a capitalised role word too
  const c = typeOf('Open Door Trust Chairman Ivo Marn said the shelter was full. Quiet Shore Director Lena Oster agreed.');
  assert.equal(c('Quiet Shore'), 'organisation');
  assert.equal(c('Lena Oster'), 'person');
  // a place role makes a place; a place head word still decides
  const p = typeOf('Nova Brasta mayor Ivo Kral said the road was shut. Open Harbour coordinator Lise Varn agreed.');
  assert.equal(p('Nova Brasta'), 'place');
  assert.equal(p('Open Harbour'), 'place');
  // no role word after it: a two-word name stays a person
  assert.equal(typeOf('Mara Ilves said the convoy had left.')('Mara Ilves'), 'person');
});

test('a plural place name with a plural verb is a place, not a party', () => {
  const t = typeOf('The Alps are closed to hikers this week, and the Rockies were hit by snow. The Greens have called for an inquiry.');
  assert.equal(t('Alps'), 'place');
  assert.equal(t('Rockies'), 'place');
  assert.equal(t('Greens'), 'organisation');
  // a range the lists do not know, written where only a place goes
  const k = typeOf('Two climbers crossed the Kardaks in May. The Kardaks are now closed for the winter.');
  assert.equal(k('Kardaks'), 'place');
  assert.equal(typeOf('The Veldists have called for an inquiry into the fire.')('Veldists'), 'organisation');
});
