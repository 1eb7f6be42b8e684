// The same named holder's figure in sentences that are not aligned as one fact ("Mara Velt
// secured 52 percent …" / "… Velt won 49 percent of the vote") is one measured thing; figures of
// different holders, of other things counted, or tied to another place stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QD', 'private', 'Dorn mayoral race', text));
const event = (ids: string[]) => undatedEvent('ev-d', 'Dorn', ids);

const A = mk(
  'd1',
  'Dorn Ledger',
  'Mara Velt secured 52 percent of the vote in the Dorn mayoral race on Sunday, ending twelve years of Labour control. Her rival Piet Saarn conceded before midnight.',
);

test('one holder, one unit, unaligned sentences: compared (a conflict here)', async () => {
  const B = mk(
    'd2',
    'Saarn Valley Tribune',
    'Opposition councillor Mara Velt will lead Dorn after a bitter campaign over the harbour tunnel. Counting finished late, and Velt won 49 percent of the vote, officials confirmed.',
  );
  const b = await buildBrief(event(['d1', 'd2']), [A, B], { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [49, 52]);
});

test('the same holder with a compatible value agrees', async () => {
  const B = mk(
    'd3',
    'Saarn Valley Tribune',
    'Opposition councillor Mara Velt will lead Dorn after a bitter campaign over the harbour tunnel. Counting finished late, and Velt won more than 50 percent of the vote, officials confirmed.',
  );
  const b = await buildBrief(event(['d1', 'd3']), [A, B], { embed: false });
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 52));
  assert.ok(g && g.verdict === 'agree', JSON.stringify(b.figures));
});

test('the same holder, but another thing counted or another place, is not compared', async () => {
  const B = mk(
    'd4',
    'Saarn Valley Tribune',
    'Opposition councillor Mara Velt will lead Dorn after a bitter campaign over the harbour tunnel. In a poll last spring, Velt had an approval rating of 31 percent among harbour workers.',
  );
  const C = mk(
    'd5',
    'Kessel Morning Star',
    'Opposition councillor Mara Velt will lead Dorn after a bitter campaign over the harbour tunnel. Velt won 38 percent of the vote in Brask, where she ran for the regional assembly.',
  );
  const b = await buildBrief(event(['d1', 'd4', 'd5']), [A, B, C], { embed: false });
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
});
