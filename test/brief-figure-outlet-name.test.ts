// "told Channel 24": the number in an outlet's own name is not a figure of the event
// (invented outlets and minister).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test("a number inside the outlet's name is no figure; the same number elsewhere still is", async () => {
  const items = [
    withAnalysis(article('n1', 'Channel 24', 'DM', 'state', 'Swap', 'Minister Rolan Vesk told Channel 24 that the government would bring the citizens home within days.')),
    withAnalysis(article('n2', 'Wire Nine', 'XX', 'private', 'Swap', 'Minister Rolan Vesk told reporters that the government would bring 14 citizens home within days.')),
    withAnalysis(article('n3', 'Orrin Voice', 'OR', 'unknown', 'Swap', 'Minister Rolan Vesk said the government would bring 24 citizens home within days.')),
  ];
  const b = await buildBrief(undatedEvent('ev-n', 'Swap', ['n1', 'n2', 'n3']), items, { embed: false });
  const sides = b.figures.flatMap((f) => f.sides);
  assert.ok(!sides.some((s) => s.value === 24 && s.sources.includes('Channel 24')), JSON.stringify(b.figures));
  assert.ok(sides.some((s) => s.value === 24 && s.sources.includes('Orrin Voice')), JSON.stringify(b.figures));
});
