import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const ents = (text: string) => analyzeArticle(textArticle(text), { today: '2031-01-01' }).entities;
const named = (text: string, name: string) => ents(text).find((e) => e.name === name);

test('"the Federal Reserve" is an organisation by its institution head word, wherever it stands', () => {
  for (const t of [
    'Analysts at Brightwater Capital expected the Federal Reserve to hold rates on Wednesday.',
    'The Federal Reserve raised its key rate on Wednesday.',
    'Officials at the Federal Reserve said the economy was slowing.',
  ]) assert.equal(named(t, 'Federal Reserve')?.type, 'organisation', t);
});

test('other institution heads make organisations after "the"; a nature reserve stays a place', () => {
  assert.equal(named('Complaints were sent to the Planning Inspectorate last month.', 'Planning Inspectorate')?.type, 'organisation');
  assert.equal(named('The report was sent to the Tax Directorate in May.', 'Tax Directorate')?.type, 'organisation');
  assert.equal(named('Walkers were rescued from the Kelmoor Nature Reserve on Sunday.', 'Kelmoor Nature Reserve')?.type, 'place');
});

test('a place name before "Central Bank" stays inside the organisation name', () => {
  const e = ents('Economists expect the Velmar Central Bank to cut rates next week.');
  assert.ok(e.some((x) => x.name === 'Velmar Central Bank' && x.type === 'organisation'), JSON.stringify(e.map((x) => x.name)));
  assert.ok(!e.some((x) => x.name === 'Bank'));
});

test('"the New Year" is no place and common "The X" sentence openers invent no organisation', () => {
  const e = ents('The New Year began quietly in Harlow. The Police later closed the road.');
  assert.ok(!e.some((x) => x.name === 'New Year'), JSON.stringify(e.map((x) => x.name)));
});

test('places joined by "and" before an organisation head are one organisation', () => {
  const e = ents('Crews from Devon and Cornwall Fire Brigade attended the blaze, a spokesman said.');
  const org = e.find((x) => x.type === 'organisation');
  assert.equal(org?.name, 'Devon and Cornwall Fire Brigade');
  assert.ok(!e.some((x) => x.name === 'Cornwall Fire Brigade'));
  assert.equal(ents('Avon and Somerset Constabulary said two men were arrested.').find((x) => x.type === 'organisation')?.name, 'Avon and Somerset Constabulary');
});

test('two names joined by "and" still split when the second is an organisation of its own', () => {
  const e = ents('Tomas Rand and Harlow City Council agreed a deal on Friday, Rand said.');
  assert.ok(e.some((x) => x.name === 'Tomas Rand' && x.type === 'person'), JSON.stringify(e.map((x) => [x.name, x.type])));
  assert.ok(e.some((x) => x.name === 'Harlow City Council' && x.type === 'organisation'));
  const r = ents('Rand and Harlow City Council agreed a deal on Friday, Rand said.');
  assert.ok(r.some((x) => x.name === 'Harlow City Council'), JSON.stringify(r.map((x) => x.name)));
  const f = ents('Brenner said Ostavia and Velorian Foreign Ministry officials met.');
  assert.ok(!f.some((x) => x.name.startsWith('Ostavia and')), JSON.stringify(f.map((x) => x.name)));
});

test('a participle before "Reserve" names a status, which swallows no name before it', () => {
  const e = ents('The Harlow Hawks placed running back Ivo Marsh on Injured Reserve on Wednesday.');
  assert.ok(e.some((x) => x.name === 'Ivo Marsh' && x.type === 'person'), JSON.stringify(e.map((x) => [x.name, x.type])));
  assert.ok(!e.some((x) => x.type === 'organisation' && /Reserve/.test(x.name)));
});
