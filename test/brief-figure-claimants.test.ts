// Each side of a figure conflict says who the outlets credit with the value ("according to the
// mayor", "the army said …, while the ministry said …"), so a reader sees whose numbers differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { claimantOf } from '../src/brief/figure-source.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const at = (s: string, q: string) => claimantOf(s, s.indexOf(q));

test('the claimant is read from the figure\'s own clause', () => {
  const two = 'The army said 30 fighters were killed in the raid, while the health ministry said all 30 dead were civilians.';
  assert.equal(at(two, '30 fighters'), 'the army');
  assert.equal(at(two, '30 dead'), 'the health ministry');
  assert.equal(at('The raid killed 12 people, according to the local doctor, Ines Varo.', '12'), 'the local doctor');
  assert.equal(at('Jets hit the depot at dawn, killing 30 militants, the General Staff said.', '30'), 'the General Staff');
  assert.equal(at('The organisers, the Bread Union, said more than 350 people were detained.', 'more than 350'), 'the Bread Union');
  assert.equal(at('Police detained 200 people after the march.', '200'), null);
});

test('conflict sides carry who gives each value', async () => {
  const items = [
    withAnalysis(article('c1', 'Ferrow Daily', 'QX', 'private', 'Raid on Tolm', 'A raid on the village of Tolm killed 12 people, according to the local doctor.')),
    withAnalysis(article('c2', 'Cindral News', 'QX', 'state', 'Raid on Tolm', 'The raid on the village of Tolm killed 25 people, the mayor said.')),
  ];
  const ev = undatedEvent('ev-c', 'Tolm', ['c1', 'c2']);
  const b = await buildBrief(ev, items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  const by = new Map(c.sides.map((s) => [s.value, s.claimed_by]));
  assert.deepEqual(by.get(12), ['the local doctor (Ferrow Daily)']);
  assert.deepEqual(by.get(25), ['the mayor (Cindral News)']);
  assert.match(c.note, /12: the local doctor \(Ferrow Daily\)/);
});
