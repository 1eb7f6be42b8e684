// Storylines: the three meetings of the same leaders form one storyline in date order (the
// undated-year meeting placed by its range); an unrelated event joins none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { timelineKey } from '../src/events/order.ts';
import { buildItem } from './fixtures/events/build.ts';
import { ENTITIES, SPECS } from './fixtures/events/leaders.ts';

const TODAY = '2026-01-01';

test('events sharing their protagonists form one storyline in date order', () => {
  const set = clusterEvents(SPECS.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(set.storylines.length, 1);
  const s = set.storylines[0]!;
  assert.deepEqual(s.event_ids, [of('oslo').id, of('vienna').id, of('lisbon-north').id]);
  assert.ok(s.entity_ids.includes('person:halvard-renn') && s.entity_ids.includes('person:selma-varga'));
  assert.match(s.title, /Halvard Renn/);
  for (const id of s.event_ids) assert.equal(set.events.find((e) => e.id === id)!.storyline_id, s.id);
  assert.equal(of('dam-one').storyline_id, null);
});

test('a ranged event sits at the middle of its range; open-ended ones at their known end', () => {
  const base = { id: 'x', title: 't', article_ids: [], entity_ids: [], storyline_id: null };
  const ranged = { ...base, date: { start: '2016-01-01', end: '2016-01-31', precision: 'range' as const, label: '', evidence: [] } };
  const day = { ...base, date: { start: '2016-01-10', end: '2016-01-10', precision: 'day' as const, label: '', evidence: [] } };
  const open = { ...base, date: { start: null, end: '2015-01-01', precision: 'range' as const, label: '', evidence: [] } };
  const unknown = { ...base, date: { start: null, end: null, precision: 'unknown' as const, label: '', evidence: [] } };
  assert.ok(timelineKey(day) < timelineKey(ranged));
  assert.ok(timelineKey(open) < timelineKey(day));
  assert.equal(timelineKey(unknown), Number.POSITIVE_INFINITY);
});
