// "Context only one outlet gives": statements, cited without their dateline — not the headline
// an article opens with (invented outlets and swap).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('headlines are not context; datelines are cut from context lines', async () => {
  const wire = [
    'Prisoner swap frees 14 held by Orrin Front',
    '',
    'HALDEN, June 1 (Wire Nine) - The mediators said the deal had taken four months to negotiate and both sides kept their word.',
    '',
    'The Orrin Front released 14 hostages on Sunday in exchange for 40 prisoners held in Dunmar jails.',
  ].join('\n');
  const items = [
    withAnalysis(article('w1', 'Wire Nine', 'XX', 'private', 'Prisoner swap frees 14 held by Orrin Front', wire)),
    withAnalysis(article('w2', 'Dunmar Tribune', 'DM', 'state', 'Swap', 'The Orrin Front released 14 hostages on Sunday in exchange for 40 prisoners held in Dunmar jails.')),
  ];
  const b = await buildBrief(undatedEvent('ev-w', 'Swap', ['w1', 'w2']), items, { embed: false });
  const ctx = b.framing.outlets.find((o) => o.outlet === 'Wire Nine')!.unique_context;
  assert.ok(!ctx.some((c) => /^Prisoner swap frees/.test(c.text)), JSON.stringify(ctx));
  const deal = ctx.find((c) => /four months/.test(c.text));
  assert.ok(deal, JSON.stringify(ctx));
  assert.ok(deal.text.startsWith('The mediators said'), deal.text);
  assert.equal(wire.slice(deal.citation.start, deal.citation.end), deal.text);
});
