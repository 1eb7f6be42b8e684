// Lengths of one quake measure different things: its depth ("at a depth of 10 km") and its
// distance from a town ("72 km from the town of Brel") are never compared, even when one
// sentence gives both or two outlets' sentences align; two outlets' depths still conflict.
// Invented valley, town, agency and outlets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { dimensionOf, otherDimension } from '../src/brief/figure-dimension.ts';
import { article, publishedAt, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function brief(...texts: string[]) {
  const names = ['Brel Courier', 'Lisk Wire', 'Valley Radio'];
  const items = texts.map((t, k) => withAnalysis(publishedAt(article(`k${k + 1}`, names[k]!, 'TV', 'private', 'Quake in the Tarnow valley', t), `2030-05-03T1${k}:00:00Z`)));
  return buildBrief(undatedEvent('ev-k', 'Tarnow quake', items.map((it) => it.article.id)), items, { embed: false });
}
const at = (s: string, n: string) => dimensionOf(s, s.indexOf(n), s.indexOf(n) + n.length);

test('the dimension of a length', () => {
  const both = 'The quake struck at a depth of 10 km, 72 km from the town of Brel.';
  assert.equal(at(both, '10'), 'depth');
  assert.equal(at(both, '72'), 'distance from brel');
  assert.equal(at('The quake was 10 kilometres deep.', '10'), 'depth');
  assert.equal(at('It hit 30 km north-west of Delk.', '30'), 'distance from delk');
  assert.equal(at('The agency put the depth of the quake at 6 miles.', '6'), 'depth');
  assert.equal(at('The epicentre was 40 km south of the capital.', '40'), 'distance from a place');
  assert.equal(at('Homes within 5 km of the plant were cleared.', '5'), 'radius');
  assert.equal(at('The dam wall is 90 metres high.', '90'), 'height');
  assert.equal(at('The convoy drove 300 km overnight.', '300'), null);
  assert.ok(otherDimension('depth', 'distance from brel'));
  assert.ok(otherDimension('distance from brel', 'distance from delk'));
  assert.ok(!otherDimension('distance from brel', 'distance from a place'));
  assert.ok(!otherDimension('depth', null));
});

test('a depth and a distance from a town in aligned sentences are no conflict', async () => {
  const b = await brief(
    'A magnitude 5.8 earthquake struck the Tarnow valley on Friday at a depth of 10 km, the Lisk Seismology Centre said.',
    'A magnitude 5.8 earthquake struck the Tarnow valley on Friday, 72 km from the town of Brel.',
  );
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  assert.ok(!b.figures.some((f) => f.sides.some((s) => s.value === 10) && f.sides.some((s) => s.value === 72)), JSON.stringify(b.figures));
});

test('a distance in one report and a depth in two others: the depths agree, the distance is no side', async () => {
  const b = await brief(
    'A magnitude 5.8 earthquake struck the Tarnow valley on Friday.\n\nThe quake struck 72 km from the town of Brel, the centre said.',
    'A strong earthquake of magnitude 5.8 hit the Tarnow valley on Friday.\n\nThe quake struck at a depth of 10 kilometres, the Lisk Seismology Centre said.',
    'An earthquake shook the Tarnow valley on Friday.\n\nThe quake struck at a depth of 10 km near the town of Brel, the centre said.',
  );
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  for (const f of b.figures) assert.ok(!(f.sides.some((s) => s.value === 72) && f.sides.some((s) => s.value === 10)), JSON.stringify(f));
});

test('two outlets\' depths of one quake still conflict', async () => {
  const b = await brief(
    'A magnitude 5.8 earthquake struck the Tarnow valley on Friday at a depth of 10 km, 70 km from the town of Brel.',
    'A magnitude 5.8 earthquake struck the Tarnow valley on Friday at a depth of 35 km, 70 km from the town of Brel.',
  );
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [10, 35]);
  assert.match(c.measure, /depth/);
});
