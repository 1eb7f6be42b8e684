// "At least 32 killed" in a morning report, "57 killed" by the evening (an invented market bombing
// in the invented town of Tarsen): the values fit, but the later one is the toll revised — a step
// of a running total, not agreement. Two compatible reports at one time stay an agreement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import type { Article } from '../src/types.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

function at(a: Article, timestamp: string): Article {
  return { ...a, published: { start: timestamp.slice(0, 10), end: null, precision: 'day', label: timestamp, evidence: [], timestamp } as Article['published'] };
}

const EARLY = 'At least 32 people were killed when a bomb exploded at a market in Tarsen on Friday, officials said.';
const LATE = 'A bomb blast at a market in Tarsen on Friday killed 57 people, officials said.';

async function toll(t1: string, t2: string) {
  const items = [
    withAnalysis(at(article('t1', 'Tarsen Morning Wire', 'TS', 'private', 'Tarsen market bomb', EARLY), t1)),
    withAnalysis(at(article('t2', 'Kessel Evening Star', 'TS', 'private', 'Tarsen bombing', LATE), t2)),
  ];
  const b = await buildBrief(undatedEvent('ev-t', 'Tarsen bombing', ['t1', 't2']), items, { embed: false });
  return { b, g: b.figures.find((f) => f.sides.some((s) => s.value === 32) && f.sides.some((s) => s.value === 57)) };
}

test('"at least 32" earlier and 57 later is a revision of the toll, not agreement', async () => {
  const { b, g } = await toll('2029-05-04T08:00:00Z', '2029-05-04T20:00:00Z');
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'context');
  assert.match(g.note, /earlier to later: At least 32 \(Tarsen Morning Wire[^)]*\) → 57/);
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'));
});

test('"at least 32" and 57 published at the same time agree', async () => {
  const { b, g } = await toll('2029-05-04T20:00:00Z', '2029-05-04T20:05:00Z');
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'agree');
});
