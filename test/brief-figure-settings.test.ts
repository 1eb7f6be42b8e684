// Figures tied to different named places count different incidents, but a possessive
// ("Tessaly's election") names the same place as "in Tessaly"; and a bare count (an
// attendance, a crowd) two aligned sentences give differently is still one disputed number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QX', 'private', 'Varnel votes', text));
const event = (ids: string[]) => undatedEvent('ev-s', 'Varnel', ids);

test("a possessive place ('Varnel's election') is the same setting as 'in Varnel'", async () => {
  const items = [
    mk('s1', 'Alpha Post', 'Ines Marrow won the presidential election in Varnel on Sunday with 52% of the vote, the commission said.'),
    mk('s2', 'Beta News', "Ines Marrow claimed victory in Varnel's presidential election on Sunday with 49% of the vote, according to early figures."),
  ];
  const b = await buildBrief(event(['s1', 's2']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [49, 52]);
});

test('different places still make different incidents, possessive or not', async () => {
  const items = [
    mk('s1', 'Alpha Post', 'Ines Marrow won the mayoral election in Varnel on Sunday with 52% of the vote, the commission said.'),
    mk('s2', 'Beta News', "Ines Marrow claimed victory in Ostrel's mayoral election on Sunday with 49% of the vote, the commission said."),
  ];
  const b = await buildBrief(event(['s1', 's2']), items, { embed: false });
  assert.equal(b.conflicts.filter((x) => x.kind === 'quantity').length, 0, JSON.stringify(b.conflicts));
});

test('an attendance given as a bare number in aligned sentences conflicts', async () => {
  const items = [
    mk('s1', 'Alpha Post', 'A crowd of 62,000 watched the cup final between Orlo and Brask at the Varnel Arena on Saturday.'),
    mk('s2', 'Beta News', 'Attendance at the cup final between Orlo and Brask at the Varnel Arena on Saturday was 48,500.'),
  ];
  const b = await buildBrief(event(['s1', 's2']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => (x ?? 0) - (y ?? 0)), [48500, 62000]);
});

test('small bare numbers in aligned sentences are not compared', async () => {
  const items = [
    mk('s1', 'Alpha Post', 'Striker Teo Brandt scored 2 goals in the cup final at the Varnel Arena on Saturday.'),
    mk('s2', 'Beta News', 'Teo Brandt scored in the cup final at the Varnel Arena on Saturday, his 3rd this season.'),
  ];
  const b = await buildBrief(event(['s1', 's2']), items, { embed: false });
  assert.equal(b.conflicts.filter((x) => x.kind === 'quantity').length, 0, JSON.stringify(b.conflicts));
});
