// Recurring happenings with the same actors, place and words are one event per occurrence, all in
// one storyline: a central bank's rate decisions a month apart (the second written from the first's
// template, which the ingest marks a near copy of it), two matches between the same clubs a week
// apart, protests in one city on consecutive Saturdays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { MATCH_SPECS, PROTEST_SPECS, RATE_SPECS } from './fixtures/events/recurring.ts';

const TODAY = '2026-01-01';

function twoOfOneStory(specs: PlainSpec[], first: [string, string], second: [string, string], days: [string, string]): void {
  const set = clusterEvents(specs.map((s) => analyzeSpec(s, TODAY)), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  const ids = JSON.stringify(set.events.map((e) => e.article_ids));
  assert.equal(set.events.length, 2, ids);
  assert.equal(of(first[0]).id, of(first[1]).id, ids);
  assert.equal(of(second[0]).id, of(second[1]).id, ids);
  assert.equal(of(first[0]).date.label, days[0]);
  assert.equal(of(second[0]).date.label, days[1]);
  assert.ok(of(first[0]).storyline_id && of(first[0]).storyline_id === of(second[0]).storyline_id, JSON.stringify(set.storylines));
}

test("a month's rate decision written from last month's template is its own event, though marked a near copy", () => {
  twoOfOneStory(RATE_SPECS, ['rate-march-wire', 'rate-march-fjord'], ['rate-april-wire', 'rate-april-fjord'], ['2025-03-13', '2025-04-10']);
});

test('an exact copy still joins its original, whatever day it was carried', () => {
  const copy = { ...RATE_SPECS[0]!, id: 'rate-march-copy', outlet: 'Copy Desk', duplicate_of: 'rate-march-wire' };
  const items = [...RATE_SPECS, copy].map((s) => analyzeSpec(s, TODAY));
  items[4]!.article.content_hash = items[0]!.article.content_hash;
  items[4]!.article.published = { ...items[4]!.article.published!, start: '2025-03-20', end: '2025-03-20', label: '2025-03-20' };
  const set = clusterEvents(items, { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('rate-march-copy').id, of('rate-march-wire').id);
  assert.equal(set.assignments.find((a) => a.article_id === 'rate-march-copy')!.rule, 'duplicate-of');
});

test('two matches between the same clubs a week apart are two events of one storyline', () => {
  twoOfOneStory(MATCH_SPECS, ['league-ledger', 'league-post'], ['cup-ledger', 'cup-post'], ['2025-03-01', '2025-03-08']);
});

test('protests in one city on consecutive Saturdays are two events of one storyline', () => {
  twoOfOneStory(PROTEST_SPECS, ['march1-gazette', 'march1-star'], ['march2-gazette', 'march2-star'], ['2025-05-03', '2025-05-10']);
});
