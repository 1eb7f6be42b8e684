// The whole analyze -> events chain on the invented leaders corpus, with AnalyzedArticle built by
// the real analyzeArticle (entities, time expressions, article dates found by the analyzer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { analyzeSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { SPECS } from './fixtures/events/leaders.ts';

const TODAY = '2026-01-01';

function analyzed(): ArticleWithAnalysis[] {
  return SPECS.map((s) => analyzeSpec(s, TODAY));
}

test('analyzed fixtures: one meeting joins, the other meetings stay apart, one storyline', () => {
  const set = clusterEvents(analyzed(), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  const lisbon = of('lisbon-north');
  assert.equal(of('lisbon-meridian').id, lisbon.id);
  assert.equal(of('lisbon-harbor').id, lisbon.id);
  assert.notEqual(of('vienna').id, lisbon.id);
  assert.notEqual(of('oslo').id, lisbon.id);
  assert.notEqual(of('oslo').id, of('vienna').id);
  assert.equal(lisbon.date.start, '2022-03-04');
  assert.equal(lisbon.date.precision, 'day');
  const story = set.storylines.find((s) => s.event_ids.includes(lisbon.id));
  assert.ok(story);
  assert.deepEqual(story.event_ids, [of('oslo').id, of('vienna').id, lisbon.id]);
});

test('analyzed fixtures: the Oslo meeting is dated through the Vienna article', () => {
  const set = clusterEvents(analyzed(), { today: TODAY });
  const oslo = set.events.find((e) => e.article_ids.includes('oslo'))!;
  assert.equal(oslo.date.start, '2016-06-14');
  assert.equal(oslo.date.precision, 'day');
  assert.ok(oslo.date.evidence.some((e) => e.rule === 'corpus:cross-article-mention' && e.article_id === 'vienna'));
});
