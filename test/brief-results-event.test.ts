// Company results (invented Carrow Group, invented outlets): a profit in pounds and one in dollars
// are not comparable without an exchange rate — no conflict; job cuts of 1,200 and about 1,500
// are; the same revenue in "12%" and "12 per cent" agrees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const LEDGER = [
  'Carrow Group, the Morvian mining company, reported an annual pre-tax profit of £4.2bn on Thursday, up from £3.1bn a year earlier.',
  '',
  'Revenue rose 12% to £18.5bn, the company said.',
  '',
  'The company said it would cut 1,200 jobs at its smelting division in Orlan.',
].join('\n');
const TIMES = [
  'Mining group Carrow reported record annual pre-tax profit of $5.3bn on Thursday, helped by higher copper prices.',
  '',
  'Revenue grew 12 per cent to £18.5bn.',
  '',
  'Carrow said about 1,500 jobs would go at its smelting division in Orlan, where unions have threatened to strike.',
].join('\n');

const items = [
  withAnalysis(article('r1', 'Ledger Finance Wire', 'MV', 'private', 'Carrow profit jumps', LEDGER)),
  withAnalysis(article('r2', 'The Morvia Times', 'MV', 'private', 'Carrow posts record profit', TIMES)),
];
const brief = await buildBrief(undatedEvent('ev-r', 'Carrow results', ['r1', 'r2']), items, { embed: false });

test('a profit in pounds and one in dollars make no conflict, and are shown side by side as not comparable', () => {
  for (const c of brief.conflicts) assert.ok(!c.sides.some((s) => s.value === 5.3e9), JSON.stringify(c));
  const g = brief.figures.find((f) => f.sides.some((s) => s.value === 5.3e9));
  assert.ok(g, JSON.stringify(brief.figures));
  assert.equal(g.verdict, 'context');
  assert.deepEqual(g.sides.map((s) => s.value).sort(), [4.2e9, 5.3e9]);
  assert.match(g.note, /GBP and USD: not comparable without an exchange rate/);
});

test('job cuts of 1,200 and about 1,500 conflict, both sides cited', () => {
  const c = brief.conflicts.find((x) => x.sides.some((s) => s.value === 1200));
  assert.ok(c, JSON.stringify(brief.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((a, b) => a! - b!), [1200, 1500]);
  assert.deepEqual(c.sides.map((s) => s.citations[0]!.article_id).sort(), ['r1', 'r2']);
});

test('revenue growth in two notations agrees', () => {
  const g = brief.figures.find((f) => f.sides.some((s) => s.value === 12));
  assert.ok(g, JSON.stringify(brief.figures));
  assert.equal(g.verdict, 'agree');
});
