// Sentences that give one amount in different notations ("$1.2bn" / "1,200 million dollars",
// "52%" / "52 percent") share that figure as one token, so they align as one fact even when
// the rest of their wording differs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QX', 'private', 'Results', text));
const event = (ids: string[]) => undatedEvent('ev-m', 'Results', ids);

test('one amount in two notations aligns two differently worded leads', async () => {
  const items = [
    mk('m1', 'Alpha Post', 'Dravo Mining said on Tuesday its annual revenue rose to $1.2bn, lifted by copper prices.'),
    mk('m2', 'Beta News', 'Annual revenue at Dravo Mining climbed to 1,200 million dollars on higher copper prices, the company said.'),
  ];
  const b = await buildBrief(event(['m1', 'm2']), items, { embed: false });
  const f = b.facts.find((x) => x.citations.length === 2);
  assert.ok(f, JSON.stringify(b.facts.map((x) => [x.status, x.score, x.text])));
  assert.equal(f.status, 'corroborated');
});

test('the same notation of an amount gives the same token; different amounts differ', () => {
  const items = [
    mk('m1', 'Alpha Post', 'Revenue reached $4.2 billion and the margin was 12 percent.'),
    mk('m2', 'Beta News', 'Revenue reached 4,200 million dollars and the margin was 12%.'),
    mk('m3', 'Gamma Daily', 'Revenue reached $4.8 billion and the margin was 14%.'),
  ];
  const ev = buildUnits(items);
  const figs = (k: number) => ev.units[k]!.stems.filter((s) => /\d/.test(s)).sort();
  assert.deepEqual(figs(0), figs(1));
  assert.equal(figs(0).length, 2);
  assert.ok(!figs(2).some((s) => figs(0).includes(s)), `${figs(0)} vs ${figs(2)}`);
  // the currency word after the number is part of the amount, not a word of its own
  assert.ok(!ev.units[1]!.stems.includes('dollar'), ev.units[1]!.stems.join(' '));
});
