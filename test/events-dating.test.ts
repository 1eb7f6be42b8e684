// Event dating on the invented leaders corpus: agreement across articles, article dates fixing
// the year, the corpus step (a clue in another article fixes an open year), honest ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { buildItem, type FixtureSpec } from './fixtures/events/build.ts';
import { ENTITIES, SPECS } from './fixtures/events/leaders.ts';

const TODAY = '2026-01-01';
const eventOf = (set: ReturnType<typeof clusterEvents>, id: string) => set.events.find((e) => e.article_ids.includes(id))!;

test('a day named by three articles, with the year from the article dates, gives day precision', () => {
  const set = clusterEvents(SPECS.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const d = eventOf(set, 'lisbon-north').date;
  assert.equal(d.precision, 'day');
  assert.equal(d.start, '2022-03-04');
  assert.equal(d.end, '2022-03-04');
  const named = new Set(d.evidence.filter((e) => e.rule.startsWith('time-expression')).map((e) => e.article_id));
  assert.deepEqual([...named].sort(), ['lisbon-harbor', 'lisbon-meridian', 'lisbon-north']);
  for (const e of d.evidence.filter((x) => x.rule.startsWith('time-expression'))) {
    const spec = SPECS.find((s) => s.id === e.article_id)!;
    assert.equal(spec.text.slice(e.start, e.end), e.text, 'offsets point at the quoted words');
  }
  assert.ok(d.evidence.some((e) => e.rule === 'article-date'));
});

test('the dateline day ("LISBON, March 5.") is the report, not the event', () => {
  const item = buildItem(SPECS.find((s) => s.id === 'lisbon-meridian')!, ENTITIES);
  const { date } = dateFromMembers([item], TODAY);
  assert.equal(date.month, 3);
  assert.equal(date.day, 4);
});

test('cross-article evidence fixes the year of a month-day + weekday event', () => {
  const set = clusterEvents(SPECS.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const d = eventOf(set, 'oslo').date;
  assert.equal(d.precision, 'day');
  assert.equal(d.start, '2016-06-14');
  const cross = d.evidence.find((e) => e.rule === 'corpus:cross-article-mention');
  assert.ok(cross, 'the chain names the other article');
  assert.equal(cross.article_id, 'vienna');
  assert.equal(cross.text, 'June 2016');
});

test('without the cross-article clue the year stays open: no invented precision', () => {
  const specs = SPECS.filter((s) => s.id !== 'vienna');
  const set = clusterEvents(specs.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const d = eventOf(set, 'oslo').date;
  assert.notEqual(d.precision, 'day');
  assert.equal(d.month, 6);
  assert.equal(d.day, 14);
  assert.equal(d.weekday, 2);
});

test('the clue must name the event place: a sentence without it does not narrow', () => {
  const vienna = SPECS.find((s) => s.id === 'vienna')!;
  const changed: FixtureSpec = { ...vienna, text: vienna.text.replace('to Oslo in June 2016', 'abroad in June 2016') };
  const specs = SPECS.map((s) => (s.id === 'vienna' ? changed : s));
  const set = clusterEvents(specs.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const d = eventOf(set, 'oslo').date;
  assert.notEqual(d.precision, 'day');
  assert.ok(!d.evidence.some((e) => e.rule === 'corpus:cross-article-mention'));
});

test('an event with only a weekday and a past reference gets a range, not a day', () => {
  const set = clusterEvents(SPECS.map((s) => buildItem(s, ENTITIES)), { today: TODAY });
  const d = eventOf(set, 'vienna').date;
  assert.equal(d.precision, 'range');
  assert.equal(d.weekday, 5);
  assert.ok(d.start !== null && d.start >= '2016-06-01', `after the June 2016 visit, got ${d.start}`);
  assert.ok(d.end !== null && d.end <= TODAY);
  assert.ok(d.evidence.some((e) => e.rule === 'past-reference:lower-bound' && e.text === 'June 2016'));
});

test('an event with no date evidence at all stays unknown', () => {
  const spec: FixtureSpec = { id: 'undated', outlet: 'Nowhere News', title: 'Renn opens a bridge', text: 'Halvard Renn opened a bridge over the river.', times: [] };
  const { date } = dateFromMembers([buildItem(spec, ENTITIES)], TODAY);
  assert.equal(date.precision, 'unknown');
  assert.equal(date.start, null);
});
