// A preview names a day still ahead ("will open on June 12"): the event's date is that day, but
// the articles were written before it, and the date must say so instead of silently dropping
// the article date that contradicts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { dateFromMembers } from '../src/events/dating.ts';

const TODAY = '2026-01-01';

// Invented: a yearly trade fair in the river port of Dalvik.
const PREVIEW: PlainSpec = {
  id: 'fair-preview',
  outlet: 'River Gazette',
  published: day('2024-06-03'),
  title: 'Dalvik trade fair to open next week with record bookings',
  text: `Governor Halla Brun will open the Dalvik trade fair on June 12, organisers said, with a record 640 exhibitors booked.

The fair, first held in 1998, is expected to draw about 30,000 visitors to the river port over four days.`,
};

const REPORT: PlainSpec = {
  id: 'fair-report',
  outlet: 'Port Courier',
  published: day('2024-06-12'),
  title: 'Brun opens Dalvik trade fair as exhibitors pack the halls',
  text: `Governor Halla Brun opened the Dalvik trade fair on Wednesday, June 12, as a record 640 exhibitors filled the halls of the river port's old grain market.

Brun told exhibitors the fair showed that Dalvik was "open for business". Organisers expect about 30,000 visitors over four days.`,
};

test('an event known only from a preview is dated to the announced day, and said to be scheduled', () => {
  const { date } = dateFromMembers([analyzeSpec(PREVIEW, TODAY)], TODAY);
  assert.equal(date.start, '2024-06-12');
  assert.equal(date.end, '2024-06-12');
  assert.match(date.label, /scheduled/);
  const advance = date.evidence.find((e) => e.rule === 'article-date:announced-in-advance');
  assert.ok(advance, JSON.stringify(date.evidence.map((e) => e.rule)));
  assert.equal(advance.article_id, 'fair-preview');
  assert.match(advance.note ?? '', /2024-06-03/);
});

test('with a report written on the day, the preview is still explained but the date is no longer "scheduled"', () => {
  const { date } = dateFromMembers([analyzeSpec(PREVIEW, TODAY), analyzeSpec(REPORT, TODAY)], TODAY);
  assert.equal(date.start, '2024-06-12');
  assert.equal(date.precision, 'day');
  assert.doesNotMatch(date.label, /scheduled/);
  const rules = date.evidence.map((e) => `${e.rule}:${e.article_id}`);
  assert.ok(rules.includes('article-date:announced-in-advance:fair-preview'), rules.join(' '));
  assert.ok(rules.includes('article-date:fair-report'), rules.join(' '));
});
