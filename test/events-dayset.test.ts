// Partial date evidence as day sets: a month-day, a weekday and candidate years narrow each
// other; evidence with no common day contradicts (never merged); unknown stays neutral.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daySet, narrowSet, setGap, weekdayOf } from '../src/events/day-set.ts';
import { DateSummary, dateGap, datePoint, dayNumber, isoFromDay, timeFactor } from '../src/events/time-feature.ts';
import { summaryGap } from '../src/events/stream.ts';

const day = (iso: string) => datePoint({ start: iso, end: iso, precision: 'day', label: iso });
const mdWeekday = (month: number, d: number, weekday: number, years: number[]) =>
  datePoint({ start: `${years[0]}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, end: `${years.at(-1)}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'month-day', month, day: d, weekday, years, label: '' });
const weekdayIn = (weekday: number, from: string, to: string) => datePoint({ start: from, end: to, precision: 'range', weekday, label: '' });

test('a month-day with a weekday keeps only the years where that day is that weekday', () => {
  // 9 March is a Thursday in 2023 and 2017, a Saturday in 2024.
  const s = daySet(dayNumber('2010-01-01'), dayNumber('2025-12-31'), 3 * 31 + 9, 4)!;
  assert.ok(s.days);
  const isos = s.days.map(isoFromDay);
  assert.ok(isos.includes('2023-03-09') && isos.includes('2017-03-09'));
  assert.ok(!isos.includes('2024-03-09'));
  for (const d of s.days) assert.equal(weekdayOf(d), 4);
});

test('a weekday-only article narrows a month-day group to the years its range allows', () => {
  const s = new DateSummary();
  s.add(mdWeekday(3, 9, 4, [2006, 2017, 2023]));
  s.add(weekdayIn(4, '2015-01-01', '2020-12-31'));
  assert.deepEqual(s.set!.days!.map(isoFromDay), ['2017-03-09']);
});

test('different month-days contradict: the time factor is zero, not a mild penalty', () => {
  const a = new DateSummary();
  a.add(mdWeekday(3, 9, 4, [2006, 2017, 2023]));
  const b = new DateSummary();
  b.add(day('2019-07-18'));
  const g = summaryGap(a, b)!;
  assert.ok(g.days > 31);
  assert.equal(timeFactor(g), 0);
});

test('a weekday that cannot fall on a group day is a gap of days, and adds up with other evidence', () => {
  const s = new DateSummary();
  s.add(day('2019-07-18')); // a Thursday
  const monday = dateGap(weekdayIn(1, '2010-01-01', '2026-01-01'), s)!;
  assert.ok(monday.days >= 3 && !monday.exact);
  const thursday = dateGap(weekdayIn(4, '2010-01-01', '2026-01-01'), s)!;
  assert.equal(thursday.days, 0);
  assert.ok(timeFactor(thursday) > timeFactor(monday), 'the weekday of the known day is a match on that day');
  const two = new DateSummary();
  two.add(mdWeekday(7, 18, 4, [2013, 2019]));
  const bound = dateGap(weekdayIn(4, '2010-01-01', '2026-01-01'), two)!;
  assert.equal(bound.exact, false);
  assert.equal(timeFactor(bound), 1, 'against several possible days it is only a bound, which never raises a score');
});

test('compatible but unknown dates stay neutral', () => {
  const a = new DateSummary();
  a.add(weekdayIn(2, '2014-01-01', '2026-01-01'));
  const b = new DateSummary();
  assert.equal(summaryGap(a, b), null);
  assert.equal(timeFactor(summaryGap(a, b)), 1);
});

test('narrowing keeps the more specific side and refuses disjoint evidence', () => {
  const a = daySet(dayNumber('2020-05-01'), dayNumber('2020-05-03'), null, null)!;
  const b = daySet(dayNumber('2020-05-02'), dayNumber('2020-05-20'), null, null)!;
  assert.deepEqual(narrowSet(a, b, 0)!.days!.map(isoFromDay), ['2020-05-02', '2020-05-03']);
  const far = daySet(dayNumber('2021-05-02'), dayNumber('2021-05-02'), null, null)!;
  assert.equal(narrowSet(a, far, 3), null);
  assert.ok(setGap(a, far).days > 300);
});

test('two bare weekdays are days apart, not a contradiction; a known day or month-day still is', () => {
  // "a Saturday" and "a Tuesday" with open years: the least gap is the days between the weekdays
  const sat = daySet(dayNumber('2010-01-01'), null, null, 6)!;
  const tue = daySet(dayNumber('2009-01-01'), null, null, 2)!;
  assert.equal(setGap(sat, tue).days, 3);
  assert.ok(timeFactor({ days: setGap(sat, tue).days, exact: false }) > 0);
  // a Tuesday that is 14 June (some year) against a Friday: another day, whatever the year
  const june14 = daySet(null, null, 6 * 31 + 14, 2)!;
  const fri = daySet(dayNumber('2016-06-01'), null, null, 5)!;
  assert.equal(timeFactor(setGap(june14, fri)), 0);
  // a known day against another weekday: another day
  const known = daySet(dayNumber('2021-09-13'), dayNumber('2021-09-13'), null, null)!;
  const thu = daySet(dayNumber('2015-10-01'), dayNumber('2024-12-08'), null, 4)!;
  assert.equal(timeFactor(setGap(known, thu)), 0);
});
