// Days named as reference points are not the event's day: the day after "before"/"until"/
// "ahead of", and the day of a "since" clause ("the gains made since the governor took office
// on ..."). An undated report that names its own weekday is dated by that weekday, not by them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpec } from './fixtures/events/analyzed.ts';
import { dateFromMembers } from '../src/events/dating.ts';

const TODAY = '2034-06-01';
const date = (text: string) => dateFromMembers([analyzeSpec({ id: 'a', title: 'Report', text, outlet: 'Orrin Gazette' }, TODAY)], TODAY).date;

test('the day after "before" is a reference point: the weekday of the report dates it', () => {
  const d = date(
    'The Tarvos water board published a 30-page audit on Saturday night that details the payments its managers approved before March 3, 2019. The board said the audit was complete.',
  );
  assert.notEqual(d.label, '2019-03-03', d.label);
  assert.match(d.label, /Saturday/);
});

test('the day of a "since" clause is a reference point, however far back the "since" stands', () => {
  const d = date(
    'Shares in Orrin fell sharply on Wednesday, wiping out the gains made since Governor Ilse Varga was sworn in on Jan. 14, 2029. Traders blamed the new levy.',
  );
  assert.notEqual(d.label, '2029-01-14', d.label);
  assert.match(d.label, /Wednesday/);
});

test('a date that is the event, after an unrelated "since" in another clause, still dates it', () => {
  const d = date('The bridge, closed since the spring, reopened on March 3, 2030. Drivers queued for an hour.');
  assert.equal(d.label, '2030-03-03');
});

test('a day that modifies a noun ("the May 4 blast") names an earlier happening: the lede weekday dates the report', () => {
  const d = date(
    'Investigators in Orrin said on Friday that a faulty valve caused the May 4, 2031, blast at the Kell refinery. The refinery has been closed for repairs.',
  );
  assert.notEqual(d.label, '2031-05-04', d.label);
  assert.match(d.label, /Friday/);
});

test('a day followed by a new clause is not a modifier: "on March 3, 2030 the bridge reopened"', () => {
  const d = date('The Kell bridge reopened on the March 3, 2030 morning shift after repairs; on March 3, 2030 the first buses crossed it. Drivers cheered.');
  assert.equal(d.label, '2030-03-03');
});

test('a reference point given by several reports still never dates their event ("the lowest since ...")', () => {
  const texts = [
    'Orrin employers added 140,000 jobs last month and the jobless rate fell to 3.4%, the lowest since February 1981, the statistics office said.',
    'The jobless rate in Orrin dropped to 3.4%, its lowest level since February 1981, as employers added 140,000 jobs, figures showed.',
    'Unemployment in Orrin is now at 3.4%, a rate not seen since February 1981, according to official data.',
  ];
  const items = texts.map((text, k) => analyzeSpec({ id: `jobs-${k}`, title: 'Jobs report', text, outlet: `Outlet ${k}` }, TODAY));
  const d = dateFromMembers(items, TODAY).date;
  assert.notEqual(d.precision, 'month', d.label);
  assert.ok(!/^February 1981/.test(d.label), d.label);
});

test('a lead marking the anniversary of a dated happening: the event lies that many years later', () => {
  const d = date('Veterans in Orrin marked on Sunday the 10th anniversary of the March 2, 2022, flood that destroyed the old harbour. Wreaths were laid.');
  assert.ok(d.start && d.start >= '2031-12-01', `not the day remembered: ${d.label}`);
  assert.match(d.label, /Sunday/);
});
