// Event filters shared by `parallax events` and GET /api/events: periods overlap the event's
// date range, entity names match whole words of entity ids, outlets and title words match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFilter, FilterError, periodBound } from '../src/pipeline/event-filter.ts';
import type { Event } from '../src/types.ts';

function ev(id: string, start: string | null, end: string | null, entity_ids: string[], title: string): Event {
  return { id, title, article_ids: [], entity_ids, storyline_id: null, date: { start, end, precision: start ? 'day' : 'unknown', label: start ?? 'date unknown', evidence: [] } };
}
const events = [
  ev('harbour', '2023-05-02', '2023-05-02', ['person:mira-ostrand', 'place:kelby'], 'Dock workers strike in Kelby'),
  ev('talks', '2023-05-01', '2023-05-31', ['person:mira-ostrand', 'org:kelby-port-authority'], 'Port talks resume'),
  ev('fire', '2024-01-09', '2024-01-09', ['place:dresk'], 'School fire in Dresk'),
  ev('undated', null, null, ['person:jon-ostrander'], 'Ostrander speaks'),
];
const outlets: Record<string, string[]> = { harbour: ['Harbor Ledger', 'Meridian Post'], talks: ['Meridian Post'], fire: ['Northwind Daily'], undated: [] };
const pick = (f: Parameters<typeof eventFilter>[0]) => events.filter(eventFilter(f, (e) => outlets[e.id]!)).map((e) => e.id);

test('periods: a year, a month or a day, bounded on the side it stands for', () => {
  assert.equal(periodBound('2024', 'start', 'since'), '2024-01-01');
  assert.equal(periodBound('2024-02', 'end', 'until'), '2024-02-29');
  assert.equal(periodBound('2023-05-02', 'end', 'until'), '2023-05-02');
  for (const bad of ['2024-13', '2023-02-29', 'May 2023', '24'])
    assert.throws(() => periodBound(bad, 'start', 'since'), (e: unknown) => e instanceof FilterError && e.param === 'since');
});

test('an event is in a period when its date range overlaps it; undated events are in none', () => {
  assert.deepEqual(pick({ since: '2023-05-15', until: '2023-12' }), ['talks']);
  assert.deepEqual(pick({ until: '2023-05-01' }), ['talks']);
  assert.deepEqual(pick({ since: '2024' }), ['fire']);
  assert.deepEqual(pick({}), ['harbour', 'talks', 'fire', 'undated']);
  assert.throws(() => pick({ since: '2024', until: '2023' }), /after until/);
});

test('entities match whole words of the name, or a typed id exactly; all must match', () => {
  assert.deepEqual(pick({ entities: ['Ostrand'] }), ['harbour', 'talks'], '"Ostrand" is not "Ostrander"');
  assert.deepEqual(pick({ entities: ['Mira Ostrand', 'place:kelby'] }), ['harbour']);
  assert.deepEqual(pick({ entities: ['kelby'] }), ['harbour', 'talks'], 'a word of an organisation name too');
  assert.deepEqual(pick({ entities: ['org:kelby'] }), [], 'a typed id must be the whole id');
});

test('outlets match part of a name case-insensitively; title words all present', () => {
  assert.deepEqual(pick({ outlets: ['meridian'] }), ['harbour', 'talks']);
  assert.deepEqual(pick({ outlets: ['meridian', 'harbor'] }), ['harbour']);
  assert.deepEqual(pick({ text: 'kelby STRIKE' }), ['harbour']);
  assert.deepEqual(pick({ text: 'strike fire' }), []);
});
