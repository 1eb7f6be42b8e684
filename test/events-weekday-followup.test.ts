// An undated follow-up that names only a later weekday ("On Tuesday, rescuers ...") of an
// event whose reports are dated (Saturday): the same people, place and figures make it the
// same event, and it must not move the event's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { WEEKDAY_MISMATCH, daySet, dayDistance, weekdayOf } from '../src/events/day-set.ts';
import { dayNumber } from '../src/events/time-feature.ts';
import { MINE_SPECS } from './fixtures/events/unknown-places.ts';

const TODAY = '2033-01-01';

test('an undated report of Tuesday joins the dated event of the Saturday before', () => {
  const items = MINE_SPECS.map((s) => analyzeSpec({ ...s, published: s.published ? day(s.published) : null }, TODAY));
  const set = clusterEvents(items, { today: TODAY });
  assert.equal(set.events.length, 1, JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.equal(set.events[0]!.date.start, '2032-05-15');
  const follow = set.assignments.find((a) => a.article_id === 'mine-followup')!;
  assert.equal(follow.date_gap_days, 3, 'Saturday to Tuesday');
});

test('only a bare weekday is read as a follow-up; a dated weekday still contradicts', () => {
  const sat = dayNumber('2032-05-15');
  assert.equal(weekdayOf(sat), 6);
  assert.equal(dayDistance(sat, daySet(null, null, null, 2)!, false, true), 3, 'Tuesday after Saturday');
  assert.equal(dayDistance(sat, daySet(null, dayNumber('2032-05-16'), null, 2)!, false, true), WEEKDAY_MISMATCH, 'bounded before that Tuesday');
  // A weekday with a start bound is that article's own dated day, not a follow-up reading.
  assert.equal(dayDistance(sat, daySet(sat - 30, null, null, 2)!, false, true), WEEKDAY_MISMATCH);
});
