// One rule (times/ahead.ts) decides whether a yearless date looks ahead of the article date: for a
// month as for a month-day, and the same when the facts are rebuilt from a stored analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pub, startOf as resolvedStart } from './fixtures/analyze/dated.ts';
import { splitSentences } from '../src/analyze/text/sentences.ts';
import { findTimes, timesFacts } from '../src/analyze/times/find.ts';
import type { DatedValue, TimeExpression } from '../src/types.ts';

const startOf = (text: string, expr: string, p: DatedValue) => resolvedStart(text, expr, p, '2033-01-01');

test('a month in a present sentence with no past marker, later in the year, is this year', () => {
  const p = pub(2031, 1, 14);
  assert.equal(startOf('Schools in Latur remain closed until March.', 'until March', p), '2031-03-01');
  assert.equal(startOf('The talks collapsed in March.', 'in March', p), '2030-03-01');
  assert.equal(startOf('The fund has grown every month since March.', 'since March', p), '2030-03-01');
});

test('facts rebuilt from stored expressions carry the same look-ahead verdicts as when found', () => {
  const text = 'The council meets again on October 2. Voters go to the polls on 4 June. Minister Hal Orrin meets farmers on May 9.\n\nOrrin visited three farms on May 9. Officials would meet on September 10.';
  const sentences = splitSentences(text);
  const found = findTimes(text, sentences);
  const stored: TimeExpression[] = found.map((t) => ({ start: t.start, end: t.end, text: t.text, sentence: t.sentence, resolved: null, symbolic: t.symbolic }));
  const rebuilt = timesFacts(stored, text, sentences);
  const view = (ts: typeof found) => ts.map((t) => [t.text, t.tense, !!t.ahead]);
  assert.deepEqual(view(rebuilt), view(found));
  assert.deepEqual(view(found), [
    ['October 2', 'future', false],
    ['4 June', 'past', true],
    ['May 9', 'past', false],
    ['May 9', 'past', false],
    ['September 10', 'future', false],
  ]);
});
