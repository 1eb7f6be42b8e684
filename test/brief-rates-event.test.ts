// A rate decision (invented central bank of Osterland): moves stated as basis points,
// percentage points or "a half-point" are one unit; "by 25 basis points to 4.5%" is a move and
// a level, not a range from 25 to 4.5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { rangeOf } from '../src/brief/figure-measure.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'OL', 'private', 'Osterland rates', text));

async function briefOf(texts: string[]) {
  const items = texts.map((t, k) => mk(`r${k}`, ['Ledger Finance', 'Osterland Radio', 'The Patriot'][k]!, t));
  return buildBrief(undatedEvent('ev-r', 'Rates', items.map((i) => i.article.id)), items, { embed: false });
}

test('"25 basis points" and "0.25 percentage point" agree', async () => {
  const b = await briefOf([
    'The Bank of Osterland raised its main interest rate by 25 basis points to 4.5% on Thursday.',
    'The Bank of Osterland increased its main interest rate by 0.25 percentage point to 4.5% on Thursday.',
  ]);
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
  const move = b.figures.find((f) => f.sides.some((s) => s.value === 0.25));
  assert.ok(move, JSON.stringify(b.figures));
  assert.equal(move.verdict, 'agree');
  assert.equal(new Set(move.sides.flatMap((s) => s.sources)).size, 2);
});

test('"a half-point rate hike" conflicts with a 25-basis-point rise', async () => {
  const b = await briefOf([
    'The Bank of Osterland raised its main interest rate by 25 basis points to 4.5% on Thursday.',
    'The Bank of Osterland increased its main interest rate by 0.25 percentage point to 4.5% on Thursday.',
    'Unelected bankers hammered families on Thursday with a half-point rate hike.',
  ]);
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual([...new Set(c.sides.map((s) => s.value))].sort(), [0.25, 0.5]);
  assert.match(c.measure, /percentage points/);
});

test('"by 25 to 450" is a change and a level, not a range', () => {
  const s = 'The index rose by 25 to 450 points.';
  assert.equal(rangeOf(s, 18, 20, 25), null);
  assert.deepEqual(rangeOf('Between 10 and 15 people were hurt.', 8, 10, 10), { lo: 10, hi: 15, end: 17, qualifier: 'range' });
});
