// A wildfire and a data breach (invented Tessel hills, invented Korva Telecom): values given in
// different units of one physical quantity are compared converted — "about 24,700 acres" agrees
// with "10,000 hectares", "106F" with "41C", "1.3 terabytes" with "1,300 gigabytes" — while a
// converted value that does not fit still conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { convertFigure } from '../src/brief/figure-units.ts';
import type { Quantity } from '../src/types.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const q = (value: number, unit: string | null, counts: string | null): Quantity => ({ start: 0, end: 1, text: String(value), value, qualifier: null, unit, counts, sentence: 0 });

test('unit words and symbols convert to one base; other words do not', () => {
  assert.equal(convertFigure(q(24700, null, 'acres'), ' acres burned', [24700, 24700])!.base, 'hectares');
  assert.ok(Math.abs(convertFigure(q(24700, null, 'acres'), ' acres', [24700, 24700])!.value - 9996) < 1);
  assert.ok(Math.abs(convertFigure(q(106, '°F', null), '', [106, 106])!.value - 41.1) < 0.1);
  assert.equal(convertFigure(q(20, null, 'F-16 jets'), ' F-16 jets', [20, 20]), null);
  assert.equal(convertFigure(q(300, null, 'miles'), ' miles', [300, 300])!.base, 'km');
  assert.equal(convertFigure(q(3000, null, 'residents'), ' residents', [3000, 3000]), null);
});

async function fire(second: string) {
  const items = [
    withAnalysis(article('w1', 'Tessel Gazette', 'TS', 'private', 'Fire', 'A wildfire in the Tessel hills has burned more than 10,000 hectares on Sunday, fire officials said.')),
    withAnalysis(article('w2', 'Wire Nine', 'XX', 'private', 'Fire', second)),
  ];
  return buildBrief(undatedEvent('ev-w', 'Fire', ['w1', 'w2']), items, { embed: false });
}

test('"about 24,700 acres (10,000 hectares)" agrees with "more than 10,000 hectares"', async () => {
  const b = await fire('A wildfire in the Tessel hills has burned about 24,700 acres (10,000 hectares) on Sunday, officials said.');
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  const g = b.figures.find((f) => f.measure.startsWith('area'));
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'agree');
  assert.match(g.note, /24,700 acres ≈ 9,996 hectares/);
});

test('acres that do not fit the hectares still conflict', async () => {
  const b = await fire('A wildfire in the Tessel hills has burned about 12,000 acres on Sunday, officials said.');
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.ok(c.sides.some((s) => /acres/.test(s.text)), JSON.stringify(c.sides));
});

test('temperatures in °F and °C, and data in terabytes and gigabytes, agree', async () => {
  const items = [
    withAnalysis(article('t1', 'Tessel Gazette', 'TS', 'private', 'Heat', 'Temperatures reached 41C in the Tessel hills on Monday. About 1.3 terabytes of data were copied from Korva Telecom, the company said.')),
    withAnalysis(article('t2', 'Wire Nine', 'XX', 'private', 'Heat', 'Temperatures reached 106F in the Tessel hills on Monday. The hackers copied roughly 1,300 gigabytes of data from Korva Telecom.')),
  ];
  const b = await buildBrief(undatedEvent('ev-t', 'Heat', ['t1', 't2']), items, { embed: false });
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  const temp = b.figures.find((f) => /temperature/.test(f.measure));
  assert.ok(temp && temp.verdict === 'agree', JSON.stringify(b.figures));
  const data = b.figures.find((f) => /^data/.test(f.measure));
  assert.ok(data && data.verdict === 'agree', JSON.stringify(b.figures));
});
