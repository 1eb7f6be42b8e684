// Happenings of one story on days close together, each report naming its own day: different acts
// on different named days are different events ("talks resumed" on Wednesday, "signed" on
// Thursday), and a report that refers back to an earlier happening ("the fire that killed 12 on
// Monday", "Monday's quake", "two days after the earthquake") is not a report of it — but the
// reference links the two events into one storyline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { articleFeatures } from '../src/events/features.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { coreEntities } from '../src/events/core-entities.ts';
import { linkStorylines } from '../src/events/storylines.ts';
import { leadActs } from '../src/events/lead-acts.ts';
import { isBackReference } from '../src/events/back-references.ts';
import { dayNumber } from '../src/events/time-feature.ts';
import { analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { BUS_STRIKE_SPECS, FERRY_SPECS, QUAKE_SPECS, ROUND_TWO_SPECS, WAREHOUSE_SPECS } from './fixtures/events/next-day-happenings.ts';

const TODAY = '2026-01-01';
const analyzed = (specs: PlainSpec[]): ArticleWithAnalysis[] => specs.map((s) => analyzeSpec(s, TODAY));

function run(specs: PlainSpec[]) {
  const items = analyzed(specs);
  const set = clusterEvents(items, { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  return { items, set, of, ids: JSON.stringify(set.events.map((e) => e.article_ids)) };
}

test('the second round of talks and the signing a day later, same city and people, are two events of one storyline', () => {
  const { of, ids } = run(ROUND_TWO_SPECS);
  assert.equal(of('r2-ledger').id, of('r2-dispatch').id, ids);
  assert.equal(of('sign-ledger').id, of('sign-dispatch').id, ids);
  assert.notEqual(of('r2-ledger').id, of('sign-ledger').id, ids);
  assert.equal(of('r2-ledger').date.label, '2025-06-04');
  assert.equal(of('sign-ledger').date.label, '2025-06-05');
  assert.ok(of('r2-ledger').storyline_id && of('r2-ledger').storyline_id === of('sign-ledger').storyline_id);
});

test('the act of a lede is the verb of the clause that names its event day', () => {
  const items = analyzed(ROUND_TWO_SPECS);
  const acts = (id: string) => {
    const it = items.find((i) => i.article.id === id)!;
    const d = articleFeatures(it, TODAY).date!;
    return leadActs(it, d.lo);
  };
  assert.deepEqual(acts('r2-ledger'), acts('r2-dispatch'));
  assert.deepEqual(acts('sign-ledger'), acts('sign-dispatch'));
  assert.notDeepEqual(acts('r2-ledger'), acts('sign-ledger'));
  assert.deepEqual(leadActs(items[0]!, null), [], 'no named day, no act');
});

test('an inquiry that refers back to the fire is dated by its own day and is another event of the fire\'s storyline', () => {
  const { items, set, of, ids } = run(WAREHOUSE_SPECS);
  assert.equal(of('fire-courier').id, of('fire-daily').id, ids);
  assert.equal(of('inquiry-courier').id, of('inquiry-daily').id, ids);
  assert.notEqual(of('fire-courier').id, of('inquiry-courier').id, ids);
  assert.equal(of('fire-courier').date.label, '2025-02-03');
  assert.equal(of('inquiry-courier').date.label, '2025-02-06');
  assert.ok(of('fire-courier').storyline_id && of('fire-courier').storyline_id === of('inquiry-courier').storyline_id, JSON.stringify(set.storylines));
  // the reference back is what links them: they share a town and topic words, no more
  const cores = new Map(set.events.map((e) => [e.id, coreEntities(items.filter((i) => e.article_ids.includes(i.article.id)))]));
  assert.equal(linkStorylines(set.events, cores).length, 0);
  const refs = new Map([[of('inquiry-courier').id, new Set([dayNumber('2025-02-03')])]]);
  assert.equal(linkStorylines(set.events, cores, refs).length, 1);
});

test('a day named only for an earlier happening does not date the report', () => {
  const items = analyzed(WAREHOUSE_SPECS);
  const one = (id: string) => dateFromMembers([items.find((i) => i.article.id === id)!], TODAY).date.label;
  assert.equal(one('inquiry-courier'), '2025-02-06', '"the fire that killed 12 people in Orvik on Monday"');
  assert.equal(one('inquiry-daily'), '2025-02-06', '"said on Thursday she had opened … after Monday\'s deadly fire"');
  const it = items.find((i) => i.article.id === 'inquiry-courier')!;
  const monday = it.analysis.times.find((t) => t.text === 'Monday')!;
  const thursday = it.analysis.times.find((t) => t.text === 'Thursday')!;
  assert.equal(isBackReference(it, monday), true);
  assert.equal(isBackReference(it, thursday), false);
  assert.deepEqual(articleFeatures(it, TODAY).priors, [dayNumber('2025-02-03')]);
});

test('an earthquake and its strong aftershock two days later are two events of one storyline', () => {
  const { of, ids } = run(QUAKE_SPECS);
  assert.equal(of('quake-wire').id, of('quake-daily').id, ids);
  assert.equal(of('aftershock-wire').id, of('aftershock-daily').id, ids);
  assert.notEqual(of('quake-wire').id, of('aftershock-wire').id, ids);
  assert.equal(of('aftershock-wire').date.label, '2025-07-16');
  assert.ok(of('quake-wire').storyline_id && of('quake-wire').storyline_id === of('aftershock-wire').storyline_id);
});

test('a report of a strike\'s second day is the same strike, though its own act that day is new', () => {
  const { of, ids } = run(BUS_STRIKE_SPECS);
  assert.equal(of('strike-day-two').id, of('strike-herald').id, ids);
  // told as a new happening, not as the strike going on, the appointment is an event of its own
  const told = BUS_STRIKE_SPECS.map((s) =>
    s.id === 'strike-day-two'
      ? { ...s, title: 'Mediator appointed in Lestra bus dispute', text: s.text.replace(', as commuters faced a second day without buses', '') }
      : s,
  );
  const apart = run(told);
  assert.notEqual(apart.of('strike-day-two').id, apart.of('strike-herald').id, apart.ids);
  assert.equal(apart.of('strike-day-two').storyline_id, apart.of('strike-herald').storyline_id);
});

test('a toll revised the next day is the same sinking, dated by the day it sank', () => {
  const { of, ids } = run(FERRY_SPECS);
  assert.equal(of('ferry-toll').id, of('ferry-wire').id, ids);
  assert.equal(of('ferry-wire').date.label, '2025-10-06');
});
