// A drug recall (invented Orvex): "30% above the legal limit" names no counted thing with
// "above"; the figure group is not labelled "above".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('a preposition left after a share is not the label of its measure', async () => {
  const items = [
    withAnalysis(article('l1', 'Patients First', 'VL', 'private', 'Recall', 'Tests found an impurity in Orvex tablets at levels 30% above the legal limit, the medicines agency said.')),
    withAnalysis(article('l2', 'Wire Nine', 'XX', 'private', 'Recall', 'The medicines agency said the impurity in Orvex tablets was 30 percent above the legal limit.')),
  ];
  const b = await buildBrief(undatedEvent('ev-l', 'Recall', ['l1', 'l2']), items, { embed: false });
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 30));
  assert.ok(g, JSON.stringify(b.figures));
  assert.equal(g.verdict, 'agree');
  assert.ok(!/^above$/i.test(g.measure), g.measure);
});

test('a relative clause is not who gives the figure', async () => {
  const { claimantOf } = await import('../src/brief/figure-source.ts');
  const s = 'The revised figure came from the health ministry, which had put the toll at 57 on Tuesday.';
  assert.notEqual(claimantOf(s, s.indexOf('57')), 'which had');
  const t = 'Rescuers found 40 survivors, the fire service said.';
  assert.equal(claimantOf(t, t.indexOf('40')), 'the fire service');
});
