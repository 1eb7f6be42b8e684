// The local day of a publication instant in UTC, from the outlet's country: 02:00 UTC is the
// evening before for a US newsroom (one day, no doubt left), 20:00 UTC is the next morning in
// Tokyo, 23:30 UTC is that day or the next in London (GMT or summer time); without a country
// only the early hours after midnight UTC are in doubt (the Americas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue } from '../src/types.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { clusterEvents } from '../src/events/index.ts';
import { countryOffsets, localDay } from '../src/events/local-day.ts';
import { analyzeSpec } from './fixtures/events/analyzed.ts';

const TODAY = '2026-01-01';
const VOTE = 'The Port Alden city council approved a plan for a new waterfront stadium tonight after a six-hour debate, Mayor Dana Whitcombe said.\n\nConstruction could start next year.';
const at = (instant: string): DatedValue => {
  const day = instant.slice(0, 10);
  return { start: day, end: day, precision: 'day', label: day, timestamp: instant, evidence: [{ rule: 'explicit-field', text: instant }] };
};

function item(id: string, instant: string, country: string | null, text = VOTE, outlet = 'Pacific Sentinel'): ArticleWithAnalysis {
  const it = analyzeSpec({ id, outlet, published: at(instant), title: 'Port Alden council approves stadium plan', text }, TODAY);
  it.article.outlet = { ...it.article.outlet!, country };
  return it;
}
const dated = (it: ArticleWithAnalysis) => dateFromMembers([it], TODAY).date;

test('countries have the offsets of their newsrooms; an unknown code has none', () => {
  assert.deepEqual(countryOffsets('us'), [-8, -4]);
  assert.deepEqual(countryOffsets('JP'), [9, 9]);
  assert.equal(countryOffsets('ZZ'), null);
  assert.equal(countryOffsets(null), null);
});

test('02:00 UTC from a US outlet is the evening before: "tonight" is that day', () => {
  const it = item('us', '2025-03-06T02:00:00Z', 'US');
  assert.deepEqual(localDay(it), { shift: -1 });
  assert.equal(dated(it).label, '2025-03-05');
});

test('05:30 UTC from a US outlet is that day or the day before (Pacific evening, Eastern night)', () => {
  const it = item('us-late', '2025-03-06T05:30:00Z', 'US');
  assert.deepEqual(localDay(it), { widen: -1 });
  assert.equal(dated(it).start, '2025-03-05');
  assert.equal(dated(it).end, '2025-03-06');
});

test('20:00 UTC from a Japanese outlet is the next morning: "today" is the next day', () => {
  const text = 'The Kansai city council approved a plan for a new stadium today, Mayor Kenji Arata said.\n\nConstruction could start next year.';
  const it = item('jp', '2025-03-06T20:00:00Z', 'JP', text, 'Kansai Shimbun');
  assert.deepEqual(localDay(it), { shift: 1 });
  assert.equal(dated(it).label, '2025-03-07');
});

test('23:30 UTC from a British outlet is that day or the next (summer time); from a German one at 02:00 it is that day', () => {
  assert.deepEqual(localDay(item('gb', '2025-03-06T23:30:00Z', 'GB')), { widen: 1 });
  assert.equal(localDay(item('de', '2025-03-06T02:00:00Z', 'DE')), null);
});

test('without a country, only the early hours after midnight UTC are in doubt', () => {
  assert.deepEqual(localDay(item('x-early', '2025-03-06T02:30:00Z', null)), { widen: -1 });
  assert.equal(localDay(item('x-evening', '2025-03-06T20:00:00Z', null)), null);
  assert.equal(localDay(item('x-unknown', '2025-03-06T20:00:00Z', 'ZZ')), null);
});

test('a dateline naming the UTC day settles the doubt for it', () => {
  const it = item('gb-dateline', '2025-03-06T23:30:00Z', 'GB', 'PORT ALDEN, March 6 (Pacific Sentinel) — ' + VOTE);
  assert.equal(localDay(it), null);
  assert.equal(dated(it).label, '2025-03-06');
});

test('the US outlet\'s GMT report joins the local report of the vote, on the local day', () => {
  const items = [
    item('us-gmt', '2025-03-06T02:00:00Z', 'US'),
    item('local', '2025-03-05T20:10:00Z', null, VOTE.replace('a six-hour', 'a long'), 'Alden Tribune'),
  ];
  const set = clusterEvents(items, { today: TODAY });
  assert.equal(set.events.length, 1);
  assert.equal(set.events[0]!.date.label, '2025-03-05');
});
