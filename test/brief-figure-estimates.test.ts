// Values given as someone's estimate: "the union put the number at about 120" is another value
// of the count named before it, "police estimated the crowd at 5,000" counts the crowd, and "a
// parallel count gave him 48%" is another value of the share before it (invented town of Ferrow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function briefOf(texts: [string, string][]) {
  const items = texts.map(([outlet, text], i) => withAnalysis(article(`e${i}`, outlet, 'FR', 'private', 'Ferrow', text)));
  return buildBrief(undatedEvent('ev-e', 'Ferrow', items.map((it) => it.article.id)), items, { embed: false });
}

test('"put the number at about 120" is a side of the count before it, credited to its claimant', async () => {
  const b = await briefOf([
    ['Ferrow Courier', 'Police in Ferrow detained 48 people after the march on Sunday, the city said.'],
    ['Lakeside Wire', 'The city said 48 people were detained in Ferrow on Sunday; the march organisers put the number at about 90.'],
  ]);
  const c = b.conflicts.find((x) => x.kind === 'quantity' && x.sides.some((s) => s.value === 48));
  assert.ok(c, JSON.stringify(b.figures));
  const side = c.sides.find((s) => s.value === 90);
  assert.ok(side, JSON.stringify(c.sides));
  assert.ok(side.claimed_by?.some((x) => x.startsWith('the march organisers')), JSON.stringify(side));
});

test('"estimated the crowd at 5,000" is a side of the crowd count', async () => {
  const b = await briefOf([
    ['Ferrow Courier', 'A crowd of 12,000 marched through Ferrow on Sunday, the organisers said.'],
    ['Lakeside Wire', 'Police estimated the crowd at 5,000 as marchers crossed Ferrow on Sunday.'],
  ]);
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 12000));
  assert.ok(g, JSON.stringify(b.figures));
  assert.ok(g.sides.some((s) => s.value === 5000), JSON.stringify(g.sides));
});

test('"gave him 48%" is another value of the share given before it', async () => {
  const b = await briefOf([
    ['Ferrow Courier', 'Mayor Tomas Brell won 63% of the vote in Ferrow on Sunday, the election board said.'],
    ['Lakeside Wire', 'Brell won 63% of the vote, according to the election board. A count by the opposition gave him 51%.'],
  ]);
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 63));
  assert.ok(g, JSON.stringify(b.figures));
  assert.ok(g.sides.some((s) => s.value === 51), JSON.stringify(g.sides));
  assert.equal(g.verdict, 'conflict');
});
