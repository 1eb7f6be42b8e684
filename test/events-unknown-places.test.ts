// Two floods in places no gazetteer knows, told by one outlet five days apart in nearly the same
// words: the place nouns ("Ormask province", "Veltane district") make the names places, and
// different places keep the events apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue } from '../src/types.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { eventPlaces } from '../src/events/places.ts';
import { namedWithPlaceNoun } from '../src/lexicon/place-nouns.ts';
import { FLOOD_SPECS } from './fixtures/events/unknown-places.ts';

const TODAY = '2033-01-01';

function items(ids: string[]): ArticleWithAnalysis[] {
  return FLOOD_SPECS.filter((s) => ids.includes(s.id)).map((s) => analyzeSpec({ ...s, published: s.published ? day(s.published) : null }, TODAY));
}

test('two floods in two unknown provinces, one outlet, five days apart: two events', () => {
  const set = clusterEvents(items(['flood-ormask-1', 'flood-veltane-1']), { today: TODAY });
  assert.equal(set.events.length, 2, JSON.stringify(set.events.map((e) => e.article_ids)));
});

test('reports of one flood in an unknown province still join', () => {
  const set = clusterEvents(items(['flood-ormask-1', 'flood-ormask-2', 'flood-veltane-1']), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('flood-ormask-1').id, of('flood-ormask-2').id);
  assert.notEqual(of('flood-ormask-1').id, of('flood-veltane-1').id);
});

test('an unknown place named with a place noun is typed; a bare unknown name is not', () => {
  const [ormask] = items(['flood-ormask-1']);
  assert.deepEqual(eventPlaces(ormask!).typed, ['place:ormask']);
  const text = 'Crews reached the town of Brevik. Talks with Harlan stalled.';
  assert.ok(namedWithPlaceNoun(text, text.indexOf('Brevik'), text.indexOf('Brevik') + 6));
  assert.ok(!namedWithPlaceNoun(text, text.indexOf('Harlan'), text.indexOf('Harlan') + 6));
  const t2 = 'Floods hit Ormask province.';
  assert.ok(namedWithPlaceNoun(t2, 11, 17));
});
