// One happening told on adjacent days with different lede verbs — "the dam gave way on Tuesday
// night" and "water covered the villages on Wednesday morning after the structure collapsed
// overnight" — is one event: the later reports tell the earlier act (in other words) as part of
// their own happening, without dating it to a day of its own. A new act that refers back to the
// earlier one as a dated happening ("a day after the dam collapsed") stays its own event of the
// story, and so does an aftershock of another magnitude that raises the first quake's toll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { articleFeatures } from '../src/events/features.ts';
import { actKeys, actWords } from '../src/events/act-words.ts';
import { recalledActs } from '../src/events/lead-acts.ts';
import { AnchorSide, anchorKeys, apartFactor, type ApartNote } from '../src/events/anchors.ts';
import { measureApart } from '../src/events/lead-figures.ts';
import { analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { AFTERSHOCK_SPECS, DAM_SPECS, DRAINING_SPECS, TOLL_SPECS } from './fixtures/events/act-continuation.ts';
import { ROUND_TWO_SPECS } from './fixtures/events/next-day-happenings.ts';

const TODAY = '2026-01-01';
const analyzed = (specs: PlainSpec[]): ArticleWithAnalysis[] => specs.map((s) => analyzeSpec(s, TODAY));

function run(specs: PlainSpec[]) {
  const items = analyzed(specs);
  const set = clusterEvents(items, { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  return { items, set, of, ids: JSON.stringify(set.events.map((e) => e.article_ids)) };
}

/** Anchor sides of some articles, and the day their texts name. */
function sideOf(items: ArticleWithAnalysis[], ids: string[]): { side: AnchorSide; day: number } {
  const feats = items.filter((i) => ids.includes(i.article.id)).map((i) => articleFeatures(i, TODAY));
  const m = new Map<string, number>();
  for (const f of feats) for (const k of new Set(anchorKeys(f))) m.set(k, (m.get(k) ?? 0) + 1);
  return { side: new AnchorSide(m, feats.length), day: feats[0]!.date!.lo! };
}

test('one act told in other words has one act key: "gave way", "collapsed", "the collapse"', () => {
  assert.deepEqual(actKeys('The dam gave way'), actKeys('the structure collapsed'));
  assert.deepEqual(actKeys('hours after the collapse of the dam'), ['collapse']);
  assert.deepEqual(actKeys('talks resumed'), ['resum']);
  assert.notDeepEqual(actKeys('talks resumed'), actKeys('the agreement was signed'));
  const w = actWords('The Korvel dam gave way late on Tuesday');
  assert.deepEqual(w.map((x) => x.word), ['gave way'], 'the phrase, not "gave" alone');
  assert.equal('The Korvel dam gave way late on Tuesday'.slice(w[0]!.start, w[0]!.end), 'gave way');
});

test('the flooding reported on Wednesday morning is the dam collapse of Tuesday night', () => {
  const { of, ids } = run(DAM_SPECS);
  assert.equal(of('dam-post').id, of('dam-wire').id, ids);
  assert.equal(of('dam-times').id, of('dam-courier').id, ids);
  assert.equal(of('dam-post').date.start, '2025-03-11', 'the day the dam gave way');
});

test('acts a text dates to another day are not recalled as its own; "overnight" and "late on" are hours away', () => {
  const items = analyzed([...DAM_SPECS, ...DRAINING_SPECS]);
  const recalls = (id: string) => {
    const it = items.find((i) => i.article.id === id)!;
    return recalledActs(it, articleFeatures(it, TODAY).date!.lo);
  };
  assert.ok(recalls('dam-wire').includes('collapse'), 'after the dam collapsed overnight');
  assert.ok(recalls('dam-courier').includes('collapse'), 'hours after the collapse');
  assert.ok(!recalls('drain-wire').includes('collapse'), 'a day after the dam collapsed');
  assert.ok(!recalls('drain-courier').includes('collapse'), "after Tuesday's dam collapse");
});

test('draining the reservoir a day after the collapse is another event of the collapse\'s storyline', () => {
  const { of, ids } = run([...DAM_SPECS.slice(0, 2), ...DRAINING_SPECS]);
  assert.equal(of('drain-wire').id, of('drain-courier').id, ids);
  assert.notEqual(of('dam-post').id, of('drain-wire').id, ids);
  assert.ok(of('dam-post').storyline_id && of('dam-post').storyline_id === of('drain-wire').storyline_id);
});

test('what keeps the flood with the collapse is the recalled act: without it, they part', () => {
  const items = analyzed(DAM_SPECS);
  const tue = sideOf(items, ['dam-post', 'dam-times']);
  const wed = sideOf(items, ['dam-wire', 'dam-courier']);
  const notes: ApartNote[] = [];
  assert.equal(apartFactor(tue.side, tue.day, wed.side, wed.day, notes), 1);
  assert.deepEqual(notes.map((n) => n.rule), ['together:continues']);
  assert.deepEqual(notes[0]!.keys, ['act:collapse']);
  const untold = DAM_SPECS.map((s) => (s.id === 'dam-wire' || s.id === 'dam-courier' ? { ...s, text: s.text.replace(/after the Korvel dam collapsed overnight|hours after the collapse of the Korvel dam/, 'after days of rain') } : s));
  const wed2 = sideOf(analyzed(untold), ['dam-wire', 'dam-courier']);
  const notes2: ApartNote[] = [];
  assert.ok(apartFactor(tue.side, tue.day, wed2.side, wed2.day, notes2) < 1);
  assert.ok(notes2.some((n) => n.rule === 'apart:different-acts'), JSON.stringify(notes2));
});

test('the talks and the signing a day later stay apart: the signing reports do not tell the talks resuming', () => {
  const items = analyzed(ROUND_TWO_SPECS);
  const talks = sideOf(items, ['r2-ledger', 'r2-dispatch']);
  const sign = sideOf(items, ['sign-ledger', 'sign-dispatch']);
  const notes: ApartNote[] = [];
  assert.ok(apartFactor(talks.side, talks.day, sign.side, sign.day, notes) < 1);
  assert.deepEqual(notes.map((n) => n.rule), ['apart:different-acts']);
});

test('an aftershock of another magnitude two days on, raising the toll, is its own event of the quake\'s storyline', () => {
  const { of, ids } = run(AFTERSHOCK_SPECS);
  assert.equal(of('quake-herald').id, of('quake-gazette').id, ids);
  assert.equal(of('after-herald').id, of('after-gazette').id, ids);
  assert.notEqual(of('quake-herald').id, of('after-herald').id, ids);
  assert.equal(of('quake-herald').date.label, '2025-08-13');
  assert.equal(of('after-herald').date.label, '2025-08-15');
  assert.ok(of('quake-herald').storyline_id && of('quake-herald').storyline_id === of('after-herald').storyline_id);
});

test('more victims found a day on, "raising the toll", is the same quake: its toll revised', () => {
  const { of, ids } = run([...AFTERSHOCK_SPECS.slice(0, 2), ...TOLL_SPECS]);
  assert.equal(of('toll-herald').id, of('quake-herald').id, ids);
  assert.equal(of('toll-herald').date.label, '2025-08-13');
});

test('measures apart: 6.1 and 5.8 are two quakes, 6.1 and 6.3 two readings of one; counts are no measures', () => {
  const side = (...keys: string[]) => AnchorSide.of(keys);
  assert.deepEqual(measureApart(side('fig:dec|6.1'), side('fig:dec|5.8')), { unit: 'dec', a: 6.1, b: 5.8 });
  assert.equal(measureApart(side('fig:dec|6.1'), side('fig:dec|6.3')), null);
  assert.equal(measureApart(side('fig:dec|6.25'), side('fig:dec|6.3')), null);
  assert.equal(measureApart(side('fig:dec|1500000'), side('fig:dec|1600000')), null);
  assert.equal(measureApart(side('fig:people|28'), side('fig:people|35')), null);
});
