// Texts that each name their event's day, against a date the input declares, tell of different
// days' events when those days differ: the inquiry opened a week after a blackout is its own event
// (linked to it by a storyline), and so is a ceasefire signed three days after the first round of
// talks. Reports of one day still make one event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { articleFeatures } from '../src/events/features.ts';
import { DateSummary, dateGap, timeFactor } from '../src/events/time-feature.ts';
import { analyzeSpec } from './fixtures/events/analyzed.ts';
import { BLACKOUT_SPECS, CEASEFIRE_SPECS } from './fixtures/events/named-days.ts';
import { FIRE_SPECS } from './fixtures/events/chemical-fire.ts';

const TODAY = '2026-01-01';
const analyzed = (specs: typeof BLACKOUT_SPECS): ArticleWithAnalysis[] => specs.map((s) => analyzeSpec(s, TODAY));

function groups(items: ArticleWithAnalysis[]) {
  const set = clusterEvents(items, { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  return { set, of };
}

test('an inquiry opened a week after the blackout is another event of its storyline', () => {
  const { set, of } = groups(analyzed(BLACKOUT_SPECS));
  assert.equal(of('blackout-star').id, of('blackout-gazette').id, JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.notEqual(of('inquiry-gazette').id, of('blackout-star').id, JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.equal(of('blackout-star').date.start, '2024-09-09');
  assert.equal(of('inquiry-gazette').date.start, '2024-09-16');
  assert.ok(of('inquiry-gazette').storyline_id && of('inquiry-gazette').storyline_id === of('blackout-star').storyline_id);
});

test('the first round of talks and the signing three days later are two events of one storyline', () => {
  const { set, of } = groups(analyzed(CEASEFIRE_SPECS));
  const ids = JSON.stringify(set.events.map((e) => e.article_ids));
  assert.equal(of('round1-ledger').id, of('round1-dispatch').id, ids);
  assert.equal(of('signing-ledger').id, of('signing-dispatch').id, ids);
  assert.notEqual(of('round1-ledger').id, of('signing-ledger').id, ids);
  assert.equal(of('round1-ledger').date.start, '2025-06-02');
  assert.equal(of('signing-ledger').date.start, '2025-06-05');
  assert.ok(of('round1-ledger').storyline_id && of('round1-ledger').storyline_id === of('signing-ledger').storyline_id);
});

test('a day is named only against a declared article date; a date read from the text does not make it firm', () => {
  const [item] = analyzed(BLACKOUT_SPECS);
  assert.equal(articleFeatures(item!, TODAY).date?.named, true);
  const stamp: DatedValue = { ...item!.article.published!, evidence: [{ rule: 'date-stamp', text: 'Last updated 10 September 2024' }] };
  const fromText = { ...item!, article: { ...item!.article, published: stamp } };
  assert.ok(!articleFeatures(fromText, TODAY).date?.named);
  // days apart that both texts name weigh more than article dates days apart
  assert.ok(timeFactor({ days: 3, exact: true, named: true }) < timeFactor({ days: 3, exact: true }) - 0.3);
  assert.equal(timeFactor({ days: 0, exact: true, named: true }), timeFactor({ days: 0, exact: true }));
});

test('an inquiry opened on Friday is not the fire of Tuesday it recalls, nor one with a report written before Friday', () => {
  const items = FIRE_SPECS.filter((s) => !s.language).map((s) => analyzeSpec(s, TODAY));
  const set = clusterEvents(items, { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  const ids = JSON.stringify(set.events.map((e) => e.article_ids));
  assert.notEqual(of('fire-inquiry').id, of('fire-post').id, ids);
  assert.equal(of('fire-inquiry').date.start, '2024-03-15');
  // no article of the inquiry's event was written before the day it names
  assert.ok(!of('fire-inquiry').date.evidence.some((e) => e.rule === 'skipped:contradicts'), JSON.stringify(of('fire-inquiry').date.evidence));
  assert.equal(of('fire-post').date.start, '2024-03-12');
});

test('a report written days before the day an event\'s texts name is no report of it (unless a preview)', () => {
  const named = new DateSummary();
  named.add({ lo: 100, hi: 100, md: null, named: true });
  named.add({ lo: 100, hi: 100, md: null, named: true });
  named.add({ lo: 101, hi: 101, md: null });
  assert.equal(timeFactor(dateGap({ lo: 97, hi: 97, md: null }, named)), 0);
  assert.ok(timeFactor(dateGap({ lo: 97, hi: 97, md: null, ahead: true }, named)) > 0, 'a preview');
  assert.ok(timeFactor(dateGap({ lo: 99, hi: 99, md: null }, named)) > 0.9, 'a day before: time zones');
  // measured from the days the texts name, not from when the others were written
  assert.equal(dateGap({ lo: 103, hi: 103, md: null, named: true }, named)?.days, 3);
});
