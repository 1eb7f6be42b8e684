// An event's title is a headline written when it happened, not a later follow-up's
// ("Inquiry to look at ..." two days after a collapse), whichever article is more central.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { eventTitle } from '../src/events/title.ts';
import { coreEntities } from '../src/events/core-entities.ts';

const TODAY = '2026-01-01';

// Invented: a footbridge collapse in the mill town of Harrowgate.
const REPORT: PlainSpec = {
  id: 'collapse',
  outlet: 'Valley Wire',
  published: day('2025-03-11'),
  title: 'Footbridge over the Aske collapses in Harrowgate, six hurt',
  text: `A footbridge over the river Aske collapsed in Harrowgate on Tuesday, throwing six pedestrians into the water, the town council said.

Firefighters pulled all six from the river. Two were taken to hospital with broken bones.

The 80-year-old bridge had been due for repairs this year, council engineer Maren Holt said.`,
};
const FOLLOW_UP: PlainSpec = {
  id: 'inquiry',
  outlet: 'Harrowgate Echo',
  published: day('2025-03-13'),
  title: 'Harrowgate footbridge inquiry to look at delayed repairs',
  text: `An inquiry into Tuesday's collapse of the footbridge over the river Aske in Harrowgate will examine why repairs were put off, the town council said on Thursday.

Council engineer Maren Holt said the bridge had been rated "poor" two years ago. Six people were hurt when the footbridge collapsed.`,
};

test('the headline written on the event day is preferred to a follow-up headline', () => {
  const items = [analyzeSpec(FOLLOW_UP, TODAY), analyzeSpec(REPORT, TODAY)];
  const date = { start: '2025-03-11', end: '2025-03-11', precision: 'day' as const, label: '2025-03-11' };
  // the follow-up ranked most central
  assert.equal(eventTitle(items, coreEntities(items), date), REPORT.title);
  // without a date nothing tells them apart: the most central stays
  assert.equal(eventTitle(items, coreEntities(items)), FOLLOW_UP.title);
});

test('clustered together, the event carries the day-of headline in either input order', () => {
  for (const order of [[FOLLOW_UP, REPORT], [REPORT, FOLLOW_UP]]) {
    const set = clusterEvents(order.map((s) => analyzeSpec(s, TODAY)), { today: TODAY });
    assert.equal(set.events.length, 1, 'the follow-up joins the collapse');
    assert.equal(set.events[0]!.date.start, '2025-03-11');
    assert.equal(set.events[0]!.title, REPORT.title);
  }
});
