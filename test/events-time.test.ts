// The clusterer's time feature and place factor: unknown dates neither join nor split; lower
// bounds may only lower a score; far-apart days and different places lower it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateSummary, dateGap, datePoint, timeFactor } from '../src/events/time-feature.ts';
import { personFactor, placeFactor } from '../src/events/anchors.ts';

const day = (iso: string) => datePoint({ start: iso, end: iso, precision: 'day', label: iso });

test('an unknown gap leaves the score unchanged', () => {
  assert.equal(timeFactor(null), 1);
  const s = new DateSummary();
  assert.equal(dateGap(day('2020-01-01'), s), null);
  s.add(day('2020-01-01'));
  assert.equal(dateGap(null, s), null);
});

test('same day raises, days apart lower, months apart lower more', () => {
  const same = timeFactor({ days: 0, exact: true });
  const week = timeFactor({ days: 7, exact: true });
  const season = timeFactor({ days: 200, exact: true });
  assert.ok(same > 1);
  assert.ok(week < 1 && season < week);
});

test('a lower-bound gap (month-day without year) never raises a score', () => {
  assert.equal(timeFactor({ days: 0, exact: false }), 1);
  assert.ok(timeFactor({ days: 40, exact: false }) < 1);
  const s = new DateSummary();
  s.add(datePoint({ start: null, end: null, precision: 'month-day', month: 9, day: 13, label: '' }));
  const g = dateGap(datePoint({ start: null, end: null, precision: 'month-day', month: 10, day: 20, label: '' }), s)!;
  assert.equal(g.exact, false);
  assert.ok(g.days >= 35 && g.days <= 38);
});

test('the gap is measured against the event centre, not the hull of its dates', () => {
  const s = new DateSummary();
  s.add(day('2020-01-01'));
  s.add(day('2020-06-30'));
  const g = dateGap(day('2020-03-31'), s)!;
  assert.ok(g.days < 5, 'the centre of Jan 1 and Jun 30');
  const h = dateGap(day('2020-01-01'), s)!;
  assert.ok(h.days > 80);
});

test('different specific event places lower the score; a shared one does not', () => {
  const m = (...ids: string[]) => new Map(ids.map((id) => [id, 1]));
  assert.ok(placeFactor(m('place:vienna'), 1, m('place:lisbon'), 1) < 1);
  assert.equal(placeFactor(m('place:vienna'), 1, m('place:vienna', 'place:lisbon'), 2), 1);
  assert.equal(placeFactor(new Map(), 1, m('place:lisbon'), 1), 1, 'no place known: no effect');
});

test('a place the gazetteer does not know is no evidence of a different event', () => {
  const m = (...ids: string[]) => new Map(ids.map((id) => [id, 1]));
  // An unknown name may be the same site at another granularity (a suburb, a county).
  assert.equal(placeFactor(m('place:zarnow-heights'), 1, m('place:lisbon'), 1), 1);
  assert.equal(placeFactor(m('place:zarnow-heights'), 1, m('place:velmo-bay'), 1), 1);
});

test('leads about different people lower the score unless each side names the other side\'s people', () => {
  const m = (...ids: string[]) => new Map(ids.map((id) => [id, 1]));
  assert.ok(personFactor(m('person:ada-venn', '@person:ada-venn'), 1, m('person:olek-marr', '@person:olek-marr'), 1) < 1);
  // One side recalls the other's person (an earlier, similar case): still different events.
  assert.ok(personFactor(m('person:ada-venn', '@person:ada-venn', '@person:olek-marr'), 1, m('person:olek-marr', '@person:olek-marr'), 1) < 1);
  // Each names the other's: one story about both people.
  assert.equal(personFactor(m('person:ada-venn', '@person:ada-venn', '@person:olek-marr'), 1, m('person:olek-marr', '@person:olek-marr', '@person:ada-venn'), 1), 1);
  assert.equal(personFactor(m('person:ada-venn'), 1, m('person:ada-venn', 'person:olek-marr'), 2), 1, 'a shared lead person');
  assert.equal(personFactor(m('@person:ada-venn'), 1, m('person:olek-marr'), 1), 1, 'no lead person on one side: no effect');
});
