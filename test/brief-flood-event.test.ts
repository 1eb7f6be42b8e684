// A flood (invented Vesk valley): "claimed 19 lives" is a death toll like "25 people were
// killed", and it names no claimant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('"claimed 19 lives" and "25 people were killed" are one toll and conflict', async () => {
  const items = [
    withAnalysis(article('f1', 'Vesk State Radio', 'VK', 'state', 'Floods in Vesk', 'Heavy rain in the Vesk valley on Sunday caused flooding that claimed 19 lives.')),
    withAnalysis(article('f2', 'Valley Voice', 'VK', 'private', 'Floods in Vesk', 'At least 25 people were killed by the floods in the Vesk valley on Sunday.')),
  ];
  const b = await buildBrief(undatedEvent('ev-f', 'Vesk floods', ['f1', 'f2']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [19, 25]);
  assert.ok(!c.sides.some((s) => s.claimed_by?.length && s.value === 19), JSON.stringify(c.sides));
});
