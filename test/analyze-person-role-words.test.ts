import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { findEntities } from '../src/analyze/entities/find.ts';
import { splitSentences } from '../src/analyze/text/sentences.ts';
import { loadGazetteer } from '../src/analyze/entities/gazetteer.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const people = (text: string) => analyzeArticle(textArticle(text), { today: '2031-01-01' }).entities.filter((e) => e.type === 'person').map((e) => e.name);

test('a role word before a full name is no part of the name', () => {
  for (const role of ['Incumbent', 'Striker', 'Journalist', 'Nurse', 'Skipper', 'Photographer', 'Referee', 'Founder', 'Suspect', 'Pensioner']) {
    const t = `${role} Tomas Rand said the result was fair.`;
    assert.deepEqual(people(t), ['Tomas Rand'], t);
  }
  assert.deepEqual(people('Former minister Tomas Rand said he was pleased.'), ['Tomas Rand']);
});

test('the role word is stripped after a quote or a dateline and in the middle of a sentence', () => {
  assert.deepEqual(people('"We kept our heads," Goalkeeper Ivo Marsh said after the match.'), ['Ivo Marsh']);
  assert.deepEqual(people('The award went to Playwright Ana Sorel and her cast.'), ['Ana Sorel']);
});

test('the stripped role is kept as the person\'s role', () => {
  const text = 'Journalist Tomas Rand said the files were genuine.';
  const found = findEntities(text, splitSentences(text), loadGazetteer());
  const id = found.list.find((e) => e.name === 'Tomas Rand')!.id;
  assert.deepEqual(found.roles.get(id)?.map((r) => r.role), ['journalist']);
});

test('given names that are also role words stay names; a role word alone before a surname needs lower-case use elsewhere', () => {
  assert.deepEqual(people('Hunter Vale said the vote was fair.'), ['Hunter Vale']);
  assert.deepEqual(people('Driver Okafor was unhurt, police said. The driver, Okafor, was later released.'), ['Okafor']);
});

test('words before the role only say which role; a head word before it stays an organisation', () => {
  assert.deepEqual(people('It was late, Senior Diplomat Ivo O\'Neill said.'), ["Ivo O'Neill"]);
  const e = analyzeArticle(textArticle('It was late, Police Constable Tim Fanning said.'), { today: '2031-01-01' }).entities;
  assert.deepEqual(e.map((x) => [x.name, x.type]).sort(), [['Police', 'organisation'], ['Tim Fanning', 'person']]);
});

test('a headline or a capitalised verb after a role word is no name', () => {
  const e = analyzeArticle(textArticle('Suspect Charged Over Harlow Warehouse Fire\n\nThe suspect was charged on Monday.'), { today: '2031-01-01' }).entities;
  assert.ok(!e.some((x) => x.type === 'person'), JSON.stringify(e.map((x) => [x.name, x.type])));
});

test('a parliament speaker is a title: "House Speaker Ilse Varga" is Ilse Varga, "Deputy Speaker" too', () => {
  const a = analyzeArticle(
    { id: 'sp', input: 'sp', title: '', text: 'House Speaker Ilse Varga said on Tuesday the bill would pass. Speaker Varga later met Deputy Speaker Aron Vail.', url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: 'sp', warnings: [] },
    { today: '2031-01-01' },
  );
  const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(people.sort(), ['Aron Vail', 'Ilse Varga']);
});
