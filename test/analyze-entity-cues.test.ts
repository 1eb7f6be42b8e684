// Entity typing by context: a name after an institution noun + "in"/"at"/"from" is a place, generic
// first words ("World", "National") stay inside organisation names, sports clubs are organisations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import type { Article, Entity } from '../src/types.ts';

function entities(text: string): Entity[] {
  const article: Article = {
    id: 'x', input: 'fixture:x', title: 'Story', text, url: null,
    outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: 'x', warnings: [],
  };
  return analyzeArticle(article, { today: '2031-01-01' }).entities;
}
const typeOf = (list: Entity[], name: string) => list.find((e) => e.mentions.some((m) => m.text === name))?.type;

test('a name after "the ministry in", "officials in", "the court at" is a place even before "said"', () => {
  const list = entities(
    'The ministry in Quarrow said on Monday that prices would fall. Officials in Brenhallow told reporters the bridge was shut. ' +
      'The court at Mistelby ruled against the landlord, and the embassy from Ostravel said nothing.',
  );
  for (const n of ['Quarrow', 'Brenhallow', 'Mistelby', 'Ostravel']) assert.equal(typeOf(list, n), 'place', `${n}: ${JSON.stringify(list.map((e) => [e.name, e.type]))}`);
});

test('a name after "a letter from" with a speech verb stays a person (no institution noun)', () => {
  const list = entities('Pia Lundqvist wrote to the board on Friday. A letter from Lundqvist said the deal held. Residents from Verhaven said little.');
  assert.equal(typeOf(list, 'Lundqvist'), 'person');
  assert.equal(typeOf(list, 'Verhaven'), 'place');
});

test('organisation names keep a generic first word ("World", "National", "International")', () => {
  const list = entities(
    'The World Fisheries Council met in Davos. A report by the National Grain Board and the International Salt Federation followed. ' +
      'World leaders were not invited.',
  );
  const names = list.filter((e) => e.type === 'organisation').map((e) => e.name);
  for (const n of ['World Fisheries Council', 'National Grain Board', 'International Salt Federation']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  assert.ok(!names.includes('Fisheries Council'), names.join(', '));
});

test('sports clubs are organisations, not people', () => {
  const list = entities(
    'Tamsworth Rovers beat Ellingford Wanderers 3-1 in the cup final on Saturday. Kelby United drew with Marsh Athletic, ' +
      'and the Orlen Falcons lost their third game of the season to the Brackley Hornets.',
  );
  for (const n of ['Tamsworth Rovers', 'Ellingford Wanderers', 'Kelby United', 'Marsh Athletic', 'Orlen Falcons', 'Brackley Hornets']) {
    assert.equal(typeOf(list, n), 'organisation', `${n}: ${JSON.stringify(list.map((e) => [e.name, e.type]))}`);
  }
});

test('a plural name after "the" is not a club without sports words', () => {
  const list = entities('The Harwood Brothers said they would sell the farm. Pia Harwood agreed.');
  assert.notEqual(typeOf(list, 'Harwood Brothers'), 'organisation');
});

test('company names ending in a business-sector word are organisations', () => {
  const list = entities(
    'Brisling Foods reported a profit of $40 million on Tuesday. Shares in Tovar Pharmaceuticals fell, while Ketterholm Logistics ' +
      'and Arvella Technologies said they would merge. "Demand held up," Brisling Foods chief executive Nadia Hume said.',
  );
  for (const n of ['Brisling Foods', 'Tovar Pharmaceuticals', 'Ketterholm Logistics', 'Arvella Technologies']) {
    assert.equal(typeOf(list, n), 'organisation', `${n}: ${JSON.stringify(list.map((e) => [e.name, e.type]))}`);
  }
  assert.equal(typeOf(list, 'Nadia Hume'), 'person');
});
