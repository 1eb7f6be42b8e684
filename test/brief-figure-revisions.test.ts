// A toll revised over a day (invented Marl river floods): "claimed 17 lives" in a morning report,
// "rose to 26" by the evening is one running total, shown as context (earlier vs later), while
// two different tolls published at the same time still conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import type { Article } from '../src/types.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

function at(a: Article, timestamp: string | null): Article {
  if (!timestamp) return a;
  return { ...a, published: { start: timestamp.slice(0, 10), end: null, precision: 'day', label: timestamp, evidence: [], timestamp } as Article['published'] };
}

const MORNING = 'Heavy rain in the Marl valley on Tuesday caused flooding that has claimed 17 lives, the rescue service said.';
const EVENING = 'The death toll from the Marl valley floods rose to 26 on Tuesday, the rescue service said.';
const EVENING_FLAT = 'The floods in the Marl valley on Tuesday killed 26 people, the rescue service said.';

async function tollGroup(first: [string, string | null], second: [string, string | null]) {
  const items = [
    withAnalysis(at(article('m1', 'Marl Morning Post', 'ML', 'private', 'Floods in Marl', first[0]), first[1])),
    withAnalysis(at(article('m2', 'Riverside Courier', 'ML', 'private', 'Marl floods', second[0]), second[1])),
  ];
  const b = await buildBrief(undatedEvent('ev-m', 'Marl floods', ['m1', 'm2']), items, { embed: false });
  return { b, g: b.figures.find((f) => f.sides.some((s) => s.value === 17) && f.sides.some((s) => s.value === 26)) };
}

test('a toll published later and larger is a running total, not a conflict', async () => {
  const { b, g } = await tollGroup([MORNING, '2029-04-08T07:00:00Z'], [EVENING_FLAT, '2029-04-08T19:00:00Z']);
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'context');
  assert.match(g.note, /earlier to later: 17 \(Marl Morning Post[^)]*07:00\) → 26/);
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('wording ("rose to") shows a revision when publication times are unknown', async () => {
  const { b, g } = await tollGroup([MORNING, null], [EVENING, null]);
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'context');
  assert.match(g.note, /running total/);
});

test('different tolls published at the same time stay a conflict', async () => {
  const { b, g } = await tollGroup([MORNING, '2029-04-08T12:00:00Z'], [EVENING, '2029-04-08T12:10:00Z']);
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'conflict');
});

test('a larger toll published earlier than a smaller one is not a revision', async () => {
  const { b, g } = await tollGroup([MORNING, '2029-04-08T19:00:00Z'], [EVENING_FLAT, '2029-04-08T07:00:00Z']);
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'conflict');
});

test('the markdown brief prints the running total, earlier to later', async () => {
  const { renderBrief } = await import('../src/report/index.ts');
  const { b } = await tollGroup([MORNING, '2029-04-08T07:00:00Z'], [EVENING_FLAT, '2029-04-08T19:00:00Z']);
  const md = renderBrief(b, 'md');
  assert.match(md, /\*\*context: [^*]+\*\* — .*17.*26.* — _[^_]*earlier to later: 17/);
});
