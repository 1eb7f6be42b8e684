// The streaming clusterer: one pass assigns or opens, consolidation is the batch path, and
// articles without dates are grouped on content alone (no date neither joins nor splits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StreamClusterer, clusterEvents } from '../src/events/index.ts';
import { buildItem, type FixtureSpec } from './fixtures/events/build.ts';
import { ENTITIES, SPECS } from './fixtures/events/leaders.ts';

const spec = (id: string) => SPECS.find((s) => s.id === id)!;

test('add() opens an event, then joins a matching article to it, and opens another for a different story', () => {
  const sc = new StreamClusterer({ prefit: SPECS.map((s) => buildItem(s, ENTITIES)) });
  const a = sc.add(buildItem(spec('lisbon-north'), ENTITIES));
  assert.equal(a.rule, 'opened-new-event');
  const b = sc.add(buildItem(spec('lisbon-harbor'), ENTITIES));
  assert.equal(b.rule, 'joined');
  assert.equal(b.event_id, a.event_id);
  assert.ok(b.score >= sc.threshold);
  const c = sc.add(buildItem(spec('dam-one'), ENTITIES));
  assert.equal(c.rule, 'opened-new-event');
  assert.notEqual(c.event_id, a.event_id);
  assert.deepEqual(sc.groups(), [['lisbon-north', 'lisbon-harbor'], ['dam-one']]);
});

test('batch clustering is agglomerative: every article starts alone, consolidation merges; the stream agrees here', () => {
  const items = SPECS.filter((s) => !s.duplicate_of).map((s) => buildItem(s, ENTITIES));
  const seeded = new StreamClusterer({ prefit: items });
  for (const it of items) seeded.seed(it);
  assert.equal(seeded.groups().length, items.length);
  seeded.consolidate();
  const agglo = seeded.groups().map((g) => [...g].sort().join(',')).sort();
  const batch = clusterEvents(items, { today: '2026-01-01' }).events.map((e) => [...e.article_ids].sort().join(',')).sort();
  assert.deepEqual(batch, agglo);
  const sc = new StreamClusterer({ prefit: items });
  for (const it of items) sc.add(it);
  sc.consolidate();
  assert.deepEqual(sc.groups().map((g) => [...g].sort().join(',')).sort(), agglo);
});

test('without any dates the same articles still group on content', () => {
  const undated = SPECS.filter((s) => !s.duplicate_of).map((s): FixtureSpec => ({ ...s, published: null, times: [] }));
  const set = clusterEvents(undated.map((s) => buildItem(s, ENTITIES)), { today: '2026-01-01' });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!.id;
  assert.equal(of('lisbon-meridian'), of('lisbon-north'));
  assert.equal(of('lisbon-harbor'), of('lisbon-north'));
  assert.equal(of('dam-one'), of('dam-two'));
  assert.notEqual(of('dam-one'), of('lisbon-north'));
  for (const e of set.events) assert.equal(e.date.precision, 'unknown');
});
