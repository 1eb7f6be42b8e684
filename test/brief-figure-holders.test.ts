// Two figures of one measure that belong to different people or organisations ("Rand won 52%
// of the vote, while Brim took 45%") are not one disputed number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QX', 'private', 'Kessa votes', text));
const event = (ids: string[]) => undatedEvent('ev-h', 'Kessa', ids);

test('shares of different candidates in the same sentences do not conflict', async () => {
  const items = [
    mk('h1', 'Alpha Post', 'Mayor Ilse Rand won 52% of the vote in the Kessa election, while challenger Otto Brim took 45% of the vote.'),
    mk('h2', 'Beta News', 'Mayor Ilse Rand won 52 percent of the vote in the Kessa election; challenger Otto Brim took 45 percent of the vote.'),
  ];
  const b = await buildBrief(event(['h1', 'h2']), items, { embed: false });
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
  const shares = b.figures.map((f) => f.sides.map((s) => s.value).sort().join(',')).sort();
  assert.deepEqual(shares, ['45', '52']);
});

test('different shares for the same candidate still conflict', async () => {
  const items = [
    mk('h1', 'Alpha Post', 'Mayor Ilse Rand won 52% of the vote in the Kessa election, while challenger Otto Brim took 45% of the vote.'),
    mk('h3', 'Gamma Daily', 'Mayor Ilse Rand won 58% of the vote in the Kessa election, while challenger Otto Brim took 45% of the vote.'),
  ];
  const b = await buildBrief(event(['h1', 'h3']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [52, 58]);
});
