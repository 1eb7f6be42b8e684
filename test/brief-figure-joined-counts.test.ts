// A plane crash (invented Norra Air): "112 passengers and crew" and "114 passengers and crew"
// disagree, while "108 passengers and six crew" counts the passengers alone and is no side of
// that dispute. A small count written to the unit is exact: 112 and 114 are not one value rounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { compatible } from '../src/brief/figures-norm.ts';
import { joinedCount } from '../src/brief/figure-measure.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('small exact counts are not widened by rounding; round and large figures still are', () => {
  assert.ok(!compatible({ value: 112, qualifier: null }, { value: 114, qualifier: null }));
  assert.ok(compatible({ value: 57, qualifier: null }, { value: 57, qualifier: null }));
  assert.ok(compatible({ value: 4200, qualifier: null }, { value: 4250, qualifier: null }));
  assert.ok(compatible({ value: 112, qualifier: 'about' }, { value: 114, qualifier: null }));
});

test('a count of two groups joined by "and" vs one group with its own number', () => {
  assert.deepEqual(joinedCount(' passengers and crew when it came down'), ['passengers', 'crew']);
  assert.deepEqual(joinedCount(' students and teachers.'), ['students', 'teachers']);
  assert.equal(joinedCount(' passengers and six crew members.'), null);
  assert.equal(joinedCount(' people and injured dozens.'), null);
  assert.equal(joinedCount(' people and the police said'), null);
});

test('the crew-and-passenger total conflicts; the passengers alone are no side of it', async () => {
  const items = [
    withAnalysis(article('p1', 'Norra State News', 'NR', 'state', 'Crash', 'The Norra Air jet, bound for Port Asca, was carrying 112 passengers and crew when it crashed on Monday.')),
    withAnalysis(article('p2', 'Asca Herald', 'AS', 'private', 'Crash', 'The Norra Air jet was carrying 114 passengers and crew when it crashed on Monday, the airline said.')),
    withAnalysis(article('p3', 'Norra Radio', 'NR', 'public-service', 'Crash', 'The Norra Air jet that crashed on Monday was carrying 108 passengers and six crew members.')),
  ];
  const b = await buildBrief(undatedEvent('ev-p', 'Crash', ['p1', 'p2', 'p3']), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [112, 114]);
  assert.ok(!b.conflicts.some((x) => x.sides.some((s) => s.value === 108)), JSON.stringify(b.conflicts));
});
