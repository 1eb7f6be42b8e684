// The clusterer's time feature and place factor: unknown dates neither join nor split; lower
// bounds may only lower a score; far-apart days and different places lower it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateSummary, dateGap, datePoint, timeFactor } from '../src/events/time-feature.ts';
import { placeFactor } from '../src/events/stream.ts';

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
  assert.ok(placeFactor(m('place:a'), 1, m('place:b'), 1) < 1);
  assert.equal(placeFactor(m('place:a'), 1, m('place:a', 'place:b'), 2), 1);
  assert.equal(placeFactor(new Map(), 1, m('place:b'), 1), 1, 'no place known: no effect');
});
