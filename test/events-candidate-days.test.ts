// An event kept out of two same-actor events names the days it can be: the rivals' days its
// own evidence allows, as "A or B" (a range, never one day); nothing when its evidence rules
// them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue, TimeValue } from '../src/types.ts';
import { candidateDays } from '../src/events/candidate-days.ts';

const day = (d: string): TimeValue => ({ start: d, end: d, precision: 'day', label: d });
// "on Thursday", in an undated report written before 2026: Thursdays up to the end of 2025.
const thursday = (): DatedValue => ({ start: null, end: '2025-12-31', precision: 'range', weekday: 4, label: 'a Thursday (on or before 2025-12-31)', evidence: [{ rule: 'time-expression:weekday', text: 'Thursday' }] });

test('two Thursday rivals: the label names both days, the precision stays a range', () => {
  const v = candidateDays(thursday(), [day('2023-05-11'), day('2021-05-13')])!;
  assert.ok(v, 'both rivals are Thursdays');
  assert.equal(v.label, '2021-05-13 or 2023-05-11');
  assert.equal(v.precision, 'range');
  assert.equal(v.start, '2021-05-13');
  assert.equal(v.end, '2023-05-11');
  assert.deepEqual(v.years, [2021, 2023]);
  assert.equal(v.weekday, 4);
  assert.equal(v.month, 5, 'both in May');
  assert.equal(v.evidence.length, 1, 'the evidence is kept');
});

test('rivals its own evidence rules out are not named', () => {
  // A Tuesday and a Monday cannot be the Thursday the report names.
  assert.equal(candidateDays(thursday(), [day('2015-10-20'), day('2021-09-13')]), null);
  // Only one allowed: not narrowed to that day (the wording could not tell; the date alone must not).
  assert.equal(candidateDays(thursday(), [day('2021-05-13'), day('2021-09-13')]), null);
  // A rival later than the report's own upper bound is out.
  assert.equal(candidateDays(thursday(), [day('2021-05-13'), day('2026-05-14')]), null);
  // A rival without a day of its own names nothing.
  assert.equal(candidateDays(thursday(), [day('2021-05-13'), { start: '2023-05-01', end: '2023-05-31', precision: 'month', label: 'May 2023' }]), null);
});
