// Present tense for a scheduled event ("the council meets again on October 2") looks ahead of the
// article date for a month-day without a year; plain past narration still looks back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pub, startOf as resolvedStart } from './fixtures/analyze/dated.ts';
import type { DatedValue } from '../src/types.ts';

const startOf = (text: string, expr: string, p: DatedValue) => resolvedStart(text, expr, p, '2031-01-01');

test('scheduled present-tense verbs put a month-day after the article date', () => {
  const p = pub(2027, 11, 20);
  assert.equal(startOf('The assembly meets again on January 14 to vote on the budget.', 'January 14', p), '2028-01-14');
  assert.equal(startOf('The new ferry terminal opens on February 3.', 'February 3', p), '2028-02-03');
  assert.equal(startOf('The trial is due on March 9, lawyers said.', 'March 9', p), '2028-03-09');
  assert.equal(startOf('The festival takes place on January 30 in the old port.', 'January 30', p), '2028-01-30');
  assert.equal(startOf('Voting begins on December 1.', 'December 1', p), '2027-12-01');
  assert.equal(startOf('The board approved a dividend of 30 cents, payable on February 12.', 'February 12', p), '2028-02-12');
});

test('past narration of the same month-day still looks back', () => {
  const p = pub(2027, 11, 20);
  assert.equal(startOf('The assembly met on January 14 to vote on the budget.', 'January 14', p), '2027-01-14');
  assert.equal(startOf('The ferry terminal opened on February 3.', 'February 3', p), '2027-02-03');
  // Caption/headline present with an object: a past event, not a schedule.
  assert.equal(startOf('Minister Hal Orrin meets farmers in Dunmere on October 2.', 'October 2', p), '2027-10-02');
});
