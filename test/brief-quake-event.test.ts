// An earthquake (invented Varesh province, invented agencies and outlets): two agencies'
// magnitudes (6.1 / 6.3) conflict with both sides cited and credited; a depth in km and in miles
// agrees after conversion; a toll of "at least 14" at dawn and 22 in the evening is a revision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { scaleOf } from '../src/brief/figure-scale.ts';
import { article, publishedAt, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const POST = [
  'A magnitude 6.1 earthquake struck the mountainous Varesh province before dawn on Tuesday, killing at least 14 people, the Varesh Geological Institute said.',
  '',
  'The quake hit at a depth of 10 km, about 30 km north of the town of Delk, the institute said.',
].join('\n');
const WIRE = [
  'A strong earthquake of magnitude 6.3 shook Varesh province early on Tuesday, the Morvian Seismic Service said, killing at least 14 people and damaging hundreds of homes.',
  '',
  'The Morvian Seismic Service put the depth of the quake at 6 miles.',
].join('\n');
const EVENING = 'The death toll from the earthquake in Varesh province rose to 22 in the evening, Governor Piet Halloran said.\n\nThe quake struck at a depth of 10 kilometres, according to the Varesh Geological Institute.';

const items = [
  withAnalysis(publishedAt(article('q1', 'Varesh Daily Post', 'VR', 'private', 'Quake in Varesh', POST), '2030-03-12T04:40:00Z')),
  withAnalysis(publishedAt(article('q2', 'Kestrel News Agency', 'MV', 'private', 'Strong quake hits Varesh', WIRE), '2030-03-12T05:10:00Z')),
  withAnalysis(publishedAt(article('q3', 'Orlan Broadcast', 'OR', 'state', 'Varesh quake toll rises', EVENING), '2030-03-12T17:00:00Z')),
];
const brief = await buildBrief(undatedEvent('ev-q', 'Varesh earthquake', ['q1', 'q2', 'q3']), items, { embed: false });

test('two agencies\' magnitudes conflict, each side cited and credited', () => {
  const c = brief.conflicts.find((x) => x.measure === 'magnitude');
  assert.ok(c, JSON.stringify(brief.figures));
  const by = Object.fromEntries(c.sides.map((s) => [s.value, s]));
  assert.deepEqual(Object.keys(by).sort(), ['6.1', '6.3']);
  assert.equal(by['6.1']!.citations[0]!.article_id, 'q1');
  assert.equal(by['6.3']!.citations[0]!.article_id, 'q2');
  assert.match(by['6.3']!.claimed_by?.join() ?? '', /Morvian Seismic Service/);
  assert.match(by['6.1']!.claimed_by?.join() ?? '', /Geological Institute/);
});

test('a depth of 10 km and of 6 miles agree', () => {
  const g = brief.figures.find((f) => f.sides.some((s) => s.text.includes('6 miles')));
  assert.ok(g, JSON.stringify(brief.figures));
  assert.equal(g.verdict, 'agree');
  assert.match(g.measure, /depth in km/);
  assert.match(g.note, /6 miles ≈ 9\.7 km/);
  assert.doesNotMatch(g.note, /counted as/); // "kilometres" and "km" are one unit, not two counted things
});

test('the toll "at least 14" at dawn and 22 in the evening is a revision', () => {
  const g = brief.figures.find((f) => f.measure === 'people killed');
  assert.ok(g, JSON.stringify(brief.figures));
  assert.equal(g.verdict, 'context');
  assert.match(g.note, /at least 14 \(Varesh Daily Post[^)]*04:40, Kestrel News Agency[^)]*05:10\) → 22 \(Orlan Broadcast/);
});

test('magnitude readings: before, after, aftershocks', () => {
  const at = (s: string, n: string) => scaleOf(s, s.indexOf(n), s.indexOf(n) + n.length);
  assert.equal(at('A 6.3-magnitude quake hit the coast.', '6.3'), 'magnitude');
  assert.equal(at('The quake measured 6.1 on the Richter scale.', '6.1'), 'magnitude');
  assert.equal(at('A magnitude 5.2 aftershock followed.', '5.2'), 'aftershock magnitude');
  assert.equal(at('The quake killed 6 people.', '6'), null);
});
