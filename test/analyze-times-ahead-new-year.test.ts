// A present-tense month-day a few weeks after the turn of the year, in an article of the year's end,
// is ahead in the next year ("Voters go to the polls on January 10" in November).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pub, startOf as resolvedStart } from './fixtures/analyze/dated.ts';
import type { DatedValue } from '../src/types.ts';

const startOf = (text: string, expr: string, p: DatedValue) => resolvedStart(text, expr, p, '2034-01-01');

test('a present-tense month-day early next year looks ahead across the new year', () => {
  assert.equal(startOf('Voters in Ostrava go to the polls on January 10.', 'January 10', pub(2031, 11, 20)), '2032-01-10');
  assert.equal(startOf('The Harbour Rovers play their cup tie on 3 February, the club said.', '3 February', pub(2031, 12, 28)), '2032-02-03');
});

test('a past marker, or a day far from the turn of the year, stays in the past', () => {
  assert.equal(startOf('Voters in Ostrava went to the polls on January 10.', 'January 10', pub(2031, 11, 20)), '2031-01-10');
  // a caption present of a day months back is not next year's
  assert.equal(startOf('Minister Hal Orrin meets farmers in Dunmere on February 2.', 'February 2', pub(2031, 3, 14)), '2031-02-02');
  assert.equal(startOf('Minister Hal Orrin meets farmers in Dunmere on May 2.', 'May 2', pub(2031, 11, 20)), '2031-05-02');
});
