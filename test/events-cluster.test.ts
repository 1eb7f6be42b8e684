// Clustering on the invented leaders corpus (hand-built analyses): one meeting covered by three
// outlets joins; the same two leaders meeting elsewhere/at other times stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { buildItem } from './fixtures/events/build.ts';
import { ENTITIES, SPECS } from './fixtures/events/leaders.ts';

const TODAY = '2026-01-01';
const items = () => SPECS.map((s) => buildItem(s, ENTITIES));
const eventOf = (set: ReturnType<typeof clusterEvents>, id: string) => set.events.find((e) => e.article_ids.includes(id))!;

test('articles about one meeting join; other meetings of the same leaders stay apart', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const lisbon = eventOf(set, 'lisbon-north');
  assert.equal(eventOf(set, 'lisbon-meridian').id, lisbon.id);
  assert.equal(eventOf(set, 'lisbon-harbor').id, lisbon.id);
  assert.notEqual(eventOf(set, 'vienna').id, lisbon.id);
  assert.notEqual(eventOf(set, 'oslo').id, lisbon.id);
  assert.notEqual(eventOf(set, 'oslo').id, eventOf(set, 'vienna').id);
  assert.equal(eventOf(set, 'dam-one').id, eventOf(set, 'dam-two').id);
  assert.notEqual(eventOf(set, 'dam-one').id, lisbon.id);
  assert.equal(set.events.length, 4);
});

test('a duplicate goes to its original event, explained as duplicate-of, and is not clustered itself', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const lisbon = eventOf(set, 'lisbon-north');
  assert.ok(lisbon.article_ids.includes('lisbon-north-copy'));
  const a = set.assignments.find((x) => x.article_id === 'lisbon-north-copy')!;
  assert.equal(a.rule, 'duplicate-of');
  assert.equal(a.event_id, lisbon.id);
  // The duplicate did not vote twice for the date: still three articles name the day.
  const named = lisbon.date.evidence.filter((e) => e.rule.startsWith('time-expression')).map((e) => e.article_id);
  assert.ok(!named.includes('lisbon-north-copy'));
});

test('ids are deterministic and derived from the members', () => {
  const a = clusterEvents(items(), { today: TODAY });
  const b = clusterEvents(items(), { today: TODAY });
  assert.deepEqual(a.events.map((e) => e.id), b.events.map((e) => e.id));
  assert.deepEqual(a.storylines.map((s) => s.id), b.storylines.map((s) => s.id));
  const ids = new Set(a.events.map((e) => e.id));
  assert.equal(ids.size, a.events.length);
  for (const e of a.events) assert.match(e.id, /^ev-[0-9a-f]{12}$/);
});

test('every article has an explained assignment: shared terms/entities, runner-up, date gap', () => {
  const set = clusterEvents(items(), { today: TODAY });
  for (const s of SPECS) assert.ok(set.assignments.some((a) => a.article_id === s.id), s.id);
  const m = set.assignments.find((a) => a.article_id === 'lisbon-meridian')!;
  assert.equal(m.event_id, eventOf(set, 'lisbon-meridian').id);
  assert.ok(m.shared_entities.includes('person:halvard-renn'));
  assert.ok(m.shared_entities.includes('place:lisbon'));
  assert.ok(m.shared_terms.some((t) => t.startsWith('grain') || t.startsWith('corridor') || t.startsWith('tariff')));
  assert.ok(m.score > 0);
  // The same leaders' other meetings are the runner-up, with a lower score.
  assert.ok(m.runner_up && m.runner_up.score < m.score);
  const h = set.assignments.find((a) => a.article_id === 'lisbon-harbor')!;
  assert.equal(h.date_gap_days, 0);
});

test('event titles are readable article titles', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const lisbon = eventOf(set, 'lisbon-north');
  assert.ok(SPECS.filter((s) => s.id.startsWith('lisbon')).some((s) => s.title === lisbon.title));
});
