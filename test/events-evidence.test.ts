// Partial date and place evidence keep apart events that content alone cannot: the same two
// leaders, the same vocabulary, but a visit on "Monday, 20 November" to one city and talks on
// a known Thursday in another. And event titles prefer a real headline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { eventTitle, isHeadline } from '../src/events/title.ts';
import { coreEntities } from '../src/events/core-entities.ts';
import { eventPlaces } from '../src/events/places.ts';
import { buildItem, dayDate, type EntitySpec, type FixtureSpec } from './fixtures/events/build.ts';

const ENTS: EntitySpec[] = [
  { id: 'person:ilka-dorn', name: 'Ilka Dorn', type: 'person', surfaces: ['President Ilka Dorn', 'Ilka Dorn', 'Dorn'] },
  { id: 'person:tomas-reyk', name: 'Tomas Reyk', type: 'person', surfaces: ['President Tomas Reyk', 'Tomas Reyk', 'Reyk'] },
  { id: 'place:fenmark', name: 'Fenmark', type: 'place', surfaces: ['Fenmarkian', 'Fenmark'] },
  { id: 'place:solvik', name: 'Solvik', type: 'place', surfaces: ['Solvik'] },
  { id: 'place:arnholt', name: 'Arnholt', type: 'place', surfaces: ['Arnholt'] },
];
const COMMON =
  'The two presidents discussed the border war, reconstruction aid, grain exports and the return of refugees. ' +
  'Dorn praised the army of Fenmark and promised more aid for reconstruction. Reyk thanked the Fenmarkian people for their support in the war.';
const SPECS: FixtureSpec[] = [
  {
    id: 'visit-1',
    outlet: 'North Wire',
    title: 'Reyk makes surprise visit to Solvik',
    text: 'President Tomas Reyk travelled to Solvik on Monday for talks with President Ilka Dorn in Solvik, his first trip abroad since the war began.\n\n' + COMMON,
    times: [{ surface: 'Monday', symbolic: { weekday: 1 } }],
  },
  {
    id: 'visit-2',
    outlet: 'South Post',
    title: 'President Reyk in Solvik on November 20',
    text: 'President Ilka Dorn met President Tomas Reyk in Solvik on November 20, in a visit kept secret until Reyk had returned home.\n\n' + COMMON,
    times: [
      { surface: 'November 20', symbolic: { month: 11, day: 20 }, resolved: { start: '2000-11-20', end: '2023-11-20', precision: 'month-day', month: 11, day: 20, years: [2000, 2006, 2017, 2023], weekday: 1, label: '20 November' } },
    ],
  },
  {
    id: 'talks-1',
    outlet: 'North Wire',
    title: 'Dorn hosts Reyk at Arnholt residence',
    published: dayDate('2019-05-23'),
    text: 'President Ilka Dorn hosted President Tomas Reyk in Arnholt on Thursday for talks at her residence in Arnholt.\n\n' + COMMON,
    times: [{ surface: 'Thursday', symbolic: { weekday: 4 }, resolved: { start: '2019-05-23', end: '2019-05-23', precision: 'day', label: '2019-05-23' } }],
  },
  {
    id: 'talks-2',
    outlet: 'East Daily',
    title: 'Talks in Arnholt focus on reconstruction',
    published: dayDate('2019-05-24'),
    text: 'President Tomas Reyk held talks with President Ilka Dorn in Arnholt on Thursday, May 23.\n\n' + COMMON,
    times: [{ surface: 'May 23', symbolic: { month: 5, day: 23 }, resolved: { start: '2019-05-23', end: '2019-05-23', precision: 'day', label: '2019-05-23' } }],
  },
];

test('month-day + weekday evidence keeps a visit apart from talks on another known day, though the texts read alike', () => {
  const set = clusterEvents(SPECS.map((s) => buildItem(s, ENTS)), { today: '2026-01-01' });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('visit-1').id, of('visit-2').id, 'the two visit reports are one event');
  assert.equal(of('talks-1').id, of('talks-2').id, 'the two talks reports are one event');
  assert.notEqual(of('visit-1').id, of('talks-1').id, 'contradicting dates were merged');
  const visit = of('visit-1').date;
  assert.equal(visit.month, 11);
  assert.equal(visit.day, 20);
  assert.ok(!visit.evidence.some((e) => e.rule === 'skipped:contradicts'), 'the visit lost its own evidence');
  assert.equal(of('talks-1').date.start, '2019-05-23');
});

test('a place named through its demonym is a country (context), not the event site', () => {
  const it = buildItem(SPECS[0]!, ENTS);
  const p = eventPlaces(it);
  assert.ok(p.event.includes('place:solvik'));
  assert.ok(!p.event.includes('place:fenmark'));
  assert.ok(!p.all.includes('place:fenmark'));
});

test('an event title is a real headline, not a body sentence promoted to a title', () => {
  const sentenceTitle: FixtureSpec = {
    id: 's',
    outlet: 'X',
    title: 'On Monday, President Tomas Reyk travelled to Solvik for talks with President Ilka Dorn about the border war.',
    text: 'On Monday, President Tomas Reyk travelled to Solvik for talks with President Ilka Dorn about the border war.\n\n' + COMMON,
  };
  const a = buildItem(sentenceTitle, ENTS);
  const b = buildItem(SPECS[0]!, ENTS);
  assert.equal(isHeadline(a), false);
  assert.equal(isHeadline(b), true);
  assert.equal(eventTitle([a, b], coreEntities([a, b])), SPECS[0]!.title, 'the more central article has no headline: the next one gives the title');
  assert.equal(eventTitle([a], coreEntities([a])), sentenceTitle.title, 'no headline anywhere: the central title stays');
});
