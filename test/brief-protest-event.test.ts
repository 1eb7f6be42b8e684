// A protest shooting covered by outlets with opposite agendas (invented city of Varnholm):
// tolls of different kinds that share a counted noun, a spokesperson quoted for the body she
// speaks for, and a measure label that must not borrow one outlet's loaded word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const STATE = [
  'Two rioters were killed on Saturday night after a mob attacked police lines outside the Varnholm town hall, the ministry said.',
  '',
  'Fourteen officers were injured, three of them seriously, and 62 rioters were detained.',
].join('\n');
const TABLOID = [
  'Thugs turned central Varnholm into a battlefield on Saturday night.',
  '',
  'Two rioters were killed after officers were forced to defend themselves, and 14 brave policemen were injured.',
].join('\n');
const ACTIVIST = [
  'Police shot dead three protesters in Varnholm on Saturday as thousands rallied against the water tariff, organisers said.',
  '',
  'At least 120 people were arrested, according to the Varnholm Tenants Union, which called the rally.',
  '',
  '"They fired into the crowd without any warning," said union spokeswoman Edda Morn.',
].join('\n');
const WIRE = [
  'Police opened fire during a protest against a new water tariff in Varnholm on Saturday.',
  '',
  'The ministry said 14 police officers were hurt in the clashes.',
  '',
  'The government said 62 people were detained; the union put the number at about 120.',
  '',
  'Edda Morn, a spokeswoman for the Varnholm Tenants Union, said police had "fired into the crowd without any warning".',
].join('\n');

const items = [
  article('state', 'Varnholm State Radio', 'VH', 'state', 'Rioters attack police', STATE),
  article('activist', 'Free Varnholm', 'VH', 'unknown', 'Police kill protesters', ACTIVIST),
  article('wire', 'Coastal Wire', 'CW', 'private', 'Deadly protest in Varnholm', WIRE),
  article('tabloid', 'The Varnholm Patriot', 'VH', 'private', 'Thugs wreck Varnholm', TABLOID),
].map(withAnalysis);
const brief = await buildBrief(undatedEvent('ev-p', 'Varnholm protest', items.map((i) => i.article.id)), items, { embed: false });

test('"2 rioters killed" is not a side of the conflict over how many rioters were detained', () => {
  const detained = brief.conflicts.find((c) => c.kind === 'quantity' && c.sides.some((s) => s.value === 62));
  assert.ok(detained, JSON.stringify(brief.conflicts));
  assert.deepEqual([...new Set(detained.sides.map((s) => s.value))].sort((a, b) => a! - b!), [62, 120]);
});

test('a conflict over a count shared by "rioters" and "people" is labelled without the loaded word', () => {
  const detained = brief.conflicts.find((c) => c.kind === 'quantity' && c.sides.some((s) => s.value === 62));
  assert.ok(detained);
  assert.doesNotMatch(detained.measure, /rioter/i);
  assert.match(detained.measure, /detain|arrest/);
});

test('a spokeswoman and the body she speaks for are not two attributions of one quote', () => {
  const q = brief.quotes.flatMap((s) => s.groups).find((g) => g.variants.some((v) => /without any warning/.test(v.text)));
  assert.ok(q && q.variants.length === 2, 'the quote is matched across both outlets');
  assert.ok(!brief.conflicts.some((c) => c.kind === 'attribution'), JSON.stringify(brief.conflicts));
});

test('"Fourteen officers", "14 police officers" and "14 brave policemen" injured are one count', () => {
  const f = brief.figures.filter((x) => x.sides.some((s) => s.value === 14));
  assert.equal(f.length, 1, JSON.stringify(brief.figures));
  assert.equal(f[0]!.verdict, 'agree');
  assert.equal(new Set(f[0]!.sides.flatMap((s) => s.sources)).size, 3);
});
