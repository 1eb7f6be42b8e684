// Storylines in a big pile of one country's politics: the president at the core of most events
// links nothing by himself (else every event chains into one "storyline"), while two events that
// share a specific person, board and topic still form one. A senator and the Senate alone, on
// unrelated topics and far apart, are no story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../src/types.ts';
import type { CoreEntities } from '../src/events/core-entities.ts';
import { linkStorylines, sameStory } from '../src/events/storylines.ts';

function core(persons: string[], others: string[], topics: string[], places: string[] = []): CoreEntities {
  return { persons, others, places, topics, names: new Map(), types: new Map() };
}

function event(id: string, start: string | null): Event {
  const date = start
    ? { start, end: start, precision: 'day' as const, label: start, evidence: [] }
    : { start: null, end: null, precision: 'unknown' as const, label: 'date unknown', evidence: [] };
  return { id, title: id, date, article_ids: [id], entity_ids: [], storyline_id: null };
}

const PRESIDENT = 'person:orlan-veyd';
const TOPICS = ['tariff', 'pension', 'flood', 'vaccine', 'bridge', 'census', 'drought', 'satellite', 'railway', 'lottery', 'museum', 'fishery', 'reactor', 'festival', 'subsidy', 'airport', 'curriculum', 'forest', 'mint', 'embassy', 'harbour', 'dam'];

function pile(): { events: Event[]; cores: Map<string, CoreEntities> } {
  const events: Event[] = [];
  const cores = new Map<string, CoreEntities>();
  // each unrelated event: the president and its own minister, and the president's office
  TOPICS.forEach((t, k) => {
    const id = `ev-${t}`;
    events.push(event(id, `2031-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + k).padStart(2, '0')}`));
    cores.set(id, core([PRESIDENT, `person:minister-${t}`], ['org:presidential-office'], [t, 'announce', 'plan']));
  });
  // one real story: a dock strike's walkout and deal, a week apart
  events.push(event('ev-walkout', '2031-03-02'), event('ev-deal', '2031-03-09'));
  cores.set('ev-walkout', core(['person:ida-marsh', PRESIDENT], ['org:harbour-board'], ['strike', 'dockworker', 'wage']));
  cores.set('ev-deal', core(['person:ida-marsh'], ['org:harbour-board'], ['strike', 'dockworker', 'deal']));
  return { events, cores };
}

test('a person at the core of most events of a big pile does not chain them into one storyline', () => {
  const { events, cores } = pile();
  const lines = linkStorylines(events, cores);
  const strike = lines.find((s) => s.event_ids.includes('ev-walkout'));
  assert.deepEqual(strike?.event_ids, ['ev-walkout', 'ev-deal'], JSON.stringify(lines));
  for (const s of lines) assert.ok(s.event_ids.length <= 2, `no chain of unrelated events: ${s.event_ids.join(', ')}`);
});

test('in a small pile the shared protagonists still link the events (it may be one story)', () => {
  const { events, cores } = pile();
  const few = events.filter((e) => e.id === 'ev-tariff' || e.id === 'ev-pension' || e.id === 'ev-walkout');
  const small = new Map([...cores].filter(([id]) => few.some((e) => e.id === id)));
  // two people in common: the president and the same minister
  small.set('ev-pension', core([PRESIDENT, 'person:minister-tariff'], ['org:presidential-office'], ['pension']));
  const lines = linkStorylines(few, small);
  assert.ok(lines.some((s) => s.event_ids.includes('ev-tariff') && s.event_ids.includes('ev-pension')), JSON.stringify(lines));
});

test('one person and an organisation both name link only with a topic in common or close in time', () => {
  const senator = 'person:wren-tallis';
  const a = core([senator], ['org:senate'], ['tobacco', 'age']);
  const b = core([senator], ['org:senate'], ['shutdown', 'budget']);
  assert.ok(!sameStory(a, b, 400), 'unrelated topics, a year apart');
  assert.ok(sameStory(a, b, 10), 'the same fortnight');
  assert.ok(sameStory(a, core([senator], ['org:senate'], ['tobacco', 'vote']), 400), 'the same topic');
});

test('links do not chain: a storyline grows only while one entity is at the core of half its events', () => {
  // a chain A–B–C–D–E, each neighbour pair sharing two people, no one shared by more than two
  const people = (...ns: number[]) => ns.map((n) => `person:p${n}`);
  const chain: Array<[string, string[]]> = [
    ['ev-a', people(1, 2)],
    ['ev-b', people(1, 2, 3, 4)],
    ['ev-c', people(3, 4, 5, 6)],
    ['ev-d', people(5, 6, 7, 8)],
    ['ev-e', people(7, 8)],
  ];
  const events = chain.map(([id], k) => event(id, `2031-05-0${k + 1}`));
  const cores = new Map(chain.map(([id, ps]) => [id, core(ps, [], ['talks'])]));
  const lines = linkStorylines(events, cores);
  assert.ok(lines.length >= 1, 'neighbours still link');
  for (const s of lines) assert.ok(!(s.event_ids.includes('ev-a') && s.event_ids.includes('ev-e')), `the two ends share nothing: ${s.event_ids.join(', ')}`);
});
