// A present-tense sentence with no past marker that names a month-day later in the year than the
// article date speaks of what is coming ("Voters go to the polls on 4 June"), not of last year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pub, startOf as resolvedStart } from './fixtures/analyze/dated.ts';
import type { DatedValue } from '../src/types.ts';

const startOf = (text: string, expr: string, p: DatedValue) => resolvedStart(text, expr, p, '2033-01-01');

test('present tense with a month-day later in the year looks ahead', () => {
  const p = pub(2031, 3, 14);
  assert.equal(startOf('The Harbour Rovers play their first qualifier on July 10 against Fenmoor.', 'July 10', p), '2031-07-10');
  assert.equal(startOf('Voters in Ostrava go to the polls on 4 June.', '4 June', p), '2031-06-04');
  assert.equal(startOf('The delegation travels to Brask on 22 September, the ministry said.', '22 September', p), '2031-09-22');
});

test('a past marker, or the date earlier in the year, keeps it in the past', () => {
  const p = pub(2031, 3, 14);
  assert.equal(startOf('The Harbour Rovers played their first qualifier on July 10 against Fenmoor.', 'July 10', p), '2030-07-10');
  assert.equal(startOf('Voters went to the polls on 4 June.', '4 June', p), '2030-06-04');
  assert.equal(startOf('Inflation stands at 3 percent after peaking on 12 October.', '12 October', p), '2030-10-12');
  assert.equal(startOf('The fund has grown every month since 2 November.', '2 November', p), '2030-11-02');
  // earlier in the year than the article: the caption present of a past event
  assert.equal(startOf('Minister Hal Orrin meets farmers in Dunmere on February 2.', 'February 2', pub(2031, 3, 14)), '2031-02-02');
});

test('the article narrating the same day in the past keeps a present caption in the past', () => {
  const text = 'Minister Hal Orrin meets farmers in Dunmere on October 2.\n\nOrrin visited three farms on October 2 and promised new subsidies.';
  assert.equal(startOf(text, 'October 2', pub(2031, 3, 14)), '2030-10-02');
});
