import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, daysBetween, dayValue, intersect, intersectAll, isValidDate, monthDayValue, monthValue, rangeValue, weekdayOf,
  weekdayValue, yearValue, yearsWhere,
} from '../src/util/calendar.ts';

test('weekday of known dates, including leap days and early years', () => {
  assert.equal(weekdayOf(1970, 1, 1), 4); // Thursday
  assert.equal(weekdayOf(2000, 2, 29), 2); // Tuesday
  assert.equal(weekdayOf(2024, 12, 25), 3); // Wednesday
  assert.equal(weekdayOf(1, 1, 1), 1); // proleptic Gregorian Monday
});

test('valid dates reject 31 February, year 0 and 29 February of common years', () => {
  assert.equal(isValidDate(2021, 2, 31), false);
  assert.equal(isValidDate(2023, 2, 29), false);
  assert.equal(isValidDate(2024, 2, 29), true);
  assert.equal(isValidDate(0, 1, 1), false);
  assert.equal(isValidDate(9999, 12, 31), true);
  assert.throws(() => dayValue(2021, 2, 31));
});

test('days between and adding days across years', () => {
  assert.equal(daysBetween('2023-12-31', '2024-03-01'), 61);
  assert.equal(daysBetween('2024-03-01', '2023-12-31'), -61);
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('9999-12-31', 1), null);
});

test('yearsWhere lists only years where the month-day falls on the weekday', () => {
  const ys = yearsWhere(7, 4, 5, 2000, 2030);
  assert.ok(ys.length >= 3);
  for (const y of ys) assert.equal(weekdayOf(y, 7, 4), 5);
  assert.deepEqual(yearsWhere(2, 29, null, 2000, 2010), [2000, 2004, 2008]);
});

test('constructors give bounds and labels', () => {
  assert.deepEqual(monthValue(2023, 2), { start: '2023-02-01', end: '2023-02-28', precision: 'month', label: 'February 2023' });
  assert.equal(yearValue(2019).end, '2019-12-31');
  const md = monthDayValue(3, 5);
  assert.equal(md.precision, 'month-day');
  assert.equal(md.start, null);
  assert.match(md.label, /year not stated/);
  assert.equal(rangeValue('2022-05-01', '2022-05-31').precision, 'month');
  assert.equal(rangeValue('2022-05-02', '2022-05-09').precision, 'range');
});

test('intersect: month-day + weekday + year range gives one day', () => {
  const v = intersect(intersect(monthDayValue(7, 4), weekdayValue(5))!, rangeValue('2025-01-01', '2025-12-31'));
  assert.ok(v);
  assert.equal(v!.precision, 'day');
  assert.equal(v!.start, '2025-07-04');
  assert.equal(weekdayOf(2025, 7, 4), 5);
});

test('intersect: month-day + weekday over decades keeps candidate years, not one invented year', () => {
  const v = intersect(monthDayValue(7, 4, { weekday: 5 }), rangeValue('2000-01-01', '2030-12-31'))!;
  assert.equal(v.precision, 'month-day');
  assert.deepEqual(v.years, yearsWhere(7, 4, 5, 2000, 2030));
  assert.equal(v.start, `${v.years![0]}-07-04`);
});

test('intersect: contradictions give null; month within a year keeps month precision', () => {
  assert.equal(intersect(monthDayValue(3, 5), monthDayValue(3, 6)), null);
  assert.equal(intersect(yearValue(2020), yearValue(2021)), null);
  assert.deepEqual(intersect(monthValue(2021, 9), rangeValue('2021-01-01', null)), monthValue(2021, 9));
  const all = intersectAll([rangeValue('2021-07-01', null), yearValue(2021), monthDayValue(9, 14)]);
  assert.equal(all?.start, '2021-09-14');
  assert.equal(all?.precision, 'day');
});
