// Figures stated as ranges or open bounds after the number ("between 10 and 15", "13 to 16",
// "12 or more") allow every value inside: they agree with 14, and conflict only with values outside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { rangeOf } from '../src/brief/figure-measure.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QX', 'private', 'Clashes in Brenna', text));
const event = (ids: string[]) => undatedEvent('ev-r', 'Brenna', ids);
const BASE = [
  mk('r1', 'Alpha Post', 'Police said 14 people were injured in the clashes in Brenna on Monday.'),
  mk('r2', 'Beta News', 'Doctors said 12 or more people were injured in the clashes in Brenna on Monday.'),
  mk('r3', 'Gamma Daily', 'Between 10 and 15 people were injured in the clashes in Brenna on Monday, medics said.'),
  mk('r4', 'Delta Radio', 'Medics said 13 to 16 people were injured in the clashes in Brenna on Monday.'),
];

test('ranges and open bounds that contain the other values agree', async () => {
  const b = await buildBrief(event(BASE.map((i) => i.article.id)), BASE, { embed: false });
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
  const f = b.figures.find((x) => /injured/.test(x.measure));
  assert.ok(f);
  assert.deepEqual(f.sides.map((s) => s.text).sort(), ['12 or more', '13 to 16', '14', 'Between 10 and 15']);
});

test('a value outside every range still conflicts, and a range is one side, not two numbers', async () => {
  const items = [...BASE, mk('r5', 'Eps Wire', 'Medics said 30 people were injured in the clashes in Brenna on Monday.')];
  const b = await buildBrief(event(items.map((i) => i.article.id)), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c);
  assert.equal(c.sides.length, 5);
  assert.ok(!c.sides.some((s) => s.text === '15' || s.text === '16'));
});

test('rangeOf reads the span after the first number and marks the second', () => {
  const s = 'Between 10 and 15 people were hurt';
  assert.deepEqual(rangeOf(s, 8, 10, 10), { lo: 10, hi: 15, end: 17, qualifier: 'range' });
  assert.equal(rangeOf(s, 15, 17, 15), 'upper');
  assert.equal(rangeOf('10 and 15 tanks', 0, 2, 10), null);
});
