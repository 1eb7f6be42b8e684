// Two figures of one sentence that count different things are two measured things: a prisoner
// swap ("released 14 hostages in exchange for 40 prisoners") and a recall ("12 batches, around
// 840,000 packs") must not turn the agreed count into a side of the disputed one. Invented
// outlets, people and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const values = (sides: { value?: number }[]) => sides.map((s) => s.value!).sort((a, b) => a - b);

test('a swap: the hostages freed are not a side of the disputed prisoner count', async () => {
  const items = [
    withAnalysis(article('s1', 'Dunmar Tribune', 'DM', 'state', 'Swap', 'The Orrin Front released 14 hostages on Sunday in exchange for 40 prisoners held in Dunmar jails, the Interior Ministry said.')),
    withAnalysis(article('s2', 'Orrin Voice', 'OR', 'unknown', 'Swap', 'The Orrin Front freed 14 captives on Sunday, and Dunmar released 43 prisoners held in its jails in exchange, the Front said.')),
    withAnalysis(article('s3', 'Wire Nine', 'XX', 'private', 'Swap', 'The Orrin Front released 14 people on Sunday in exchange for prisoners held in Dunmar jails.')),
  ];
  const b = await buildBrief(undatedEvent('ev-s', 'Swap', ['s1', 's2', 's3']), items, { embed: false });
  const q = b.conflicts.filter((c) => c.kind === 'quantity');
  assert.equal(q.length, 1, JSON.stringify(b.figures));
  assert.deepEqual(values(q[0]!.sides), [40, 43]);
  // the 14 is agreed, never a side of a conflict
  assert.ok(!b.conflicts.some((c) => c.sides.some((s) => s.value === 14)), JSON.stringify(b.conflicts));
});

test('a recall: batches and packs given in one sentence stay apart; the pack counts still conflict', async () => {
  const items = [
    withAnalysis(article('r1', 'Maker Newsroom', 'VL', 'private', 'Recall', 'Velmar Pharma today announced a recall of 12 batches of its medicine Orvex, around 840,000 packs, in three countries.')),
    withAnalysis(article('r2', 'Patients First', 'VL', 'private', 'Recall', 'Velmar Pharma is recalling 1.2 million packs of its medicine Orvex in three countries, the medicines agency said.')),
    withAnalysis(article('r3', 'Wire Nine', 'XX', 'private', 'Recall', 'Velmar Pharma is recalling 12 batches of its drug Orvex in three countries, the company said.')),
  ];
  const b = await buildBrief(undatedEvent('ev-r', 'Recall', ['r1', 'r2', 'r3']), items, { embed: false });
  const packs = b.conflicts.find((c) => c.sides.some((s) => s.value === 1200000));
  assert.ok(packs, JSON.stringify(b.figures));
  assert.deepEqual(values(packs.sides), [840000, 1200000]);
  assert.ok(!b.conflicts.some((c) => c.sides.some((s) => s.value === 12)), JSON.stringify(b.conflicts));
});

test('one outlet giving two values of one count in one sentence still reports a dispute', async () => {
  const items = [
    withAnalysis(article('d1', 'Wire Nine', 'XX', 'private', 'Clashes', 'The ministry said 62 protesters were detained, while the coalition said 120 protesters were detained.')),
    withAnalysis(article('d2', 'Dunmar Tribune', 'DM', 'state', 'Clashes', 'Police detained 62 protesters on Sunday, the ministry said.')),
  ];
  const b = await buildBrief(undatedEvent('ev-d', 'Clashes', ['d1', 'd2']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(values(c.sides), [62, 120]);
});
