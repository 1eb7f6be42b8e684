// A short sentence that is a whole statement with a figure ("Turnout reached 61 percent.") is a
// report of that figure like any long one; a short dateline or timestamp is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QT', 'private', 'Tarvel referendum', text));
const event = (ids: string[]) => undatedEvent('ev-t', 'Tarvel', ids);

const long = mk('t1', 'Tarvel Courier', 'Voters in Tarvel approved the new water charter on Sunday. Turnout in the Tarvel referendum reached 61 percent, the electoral board said on Monday.');
const official = mk('t2', 'Ostmark Wire', 'The water charter passed easily in Tarvel on Sunday. Official figures put turnout in the Tarvel referendum at 61%.');

test('a short statement joins the agreement on its figure', async () => {
  const short = mk('t3', 'Harl Evening Post', 'Tarvel voters backed the water charter on Sunday. Turnout reached 61 percent.');
  const b = await buildBrief(event(['t1', 't2', 't3']), [long, official, short], { embed: false });
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 61));
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'agree');
  const outlets = new Set(g.sides.flatMap((s) => s.sources));
  assert.ok(outlets.has('Harl Evening Post'), JSON.stringify(g.sides));
  assert.equal(outlets.size, 3);
});

test('a short statement with another value is a conflict', async () => {
  const short = mk('t4', 'Harl Evening Post', 'Tarvel voters backed the water charter on Sunday. Turnout reached 48 percent.');
  const b = await buildBrief(event(['t1', 't4']), [long, short], { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [48, 61]);
});

test('a short timestamp line with a number is not a figure report', async () => {
  const stamped = mk('t5', 'Harl Evening Post', 'Updated 48 minutes ago.\n\nTarvel voters backed the water charter on Sunday, with turnout at 61 percent.');
  const other = mk('t6', 'Ostmark Wire', 'Updated 12 minutes ago.\n\nTarvel voters backed the water charter on Sunday; turnout was 61 percent.');
  const b = await buildBrief(event(['t5', 't6']), [stamped, other], { embed: false });
  assert.ok(!b.figures.some((f) => f.sides.some((s) => s.value === 48 || s.value === 12)), JSON.stringify(b.figures));
});
