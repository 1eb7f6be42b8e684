import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const qs = (text: string) => analyzeArticle(textArticle(text), { today: '2031-01-01' }).quantities;

test('a range of percentages is one quantity with its low and high ends', () => {
  for (const t of ['The bank set its rate at 5.25%-5.5% on Wednesday.', 'The bank set its rate at 5.25% to 5.5% on Wednesday.', 'The bank set its rate at 5.25-5.5% on Wednesday.']) {
    const q = qs(t);
    assert.equal(q.length, 1, t);
    assert.deepEqual(q[0]!.range, { low: 5.25, high: 5.5 }, t);
    assert.equal(q[0]!.value, 5.25);
    assert.equal(q[0]!.unit, '%');
  }
});

test('"between 30 and 40 people" and "30 to 40 people" are one counted range', () => {
  for (const t of ['Between 30 and 40 people were hurt in the crash.', 'Police said 30 to 40 people were hurt.', 'Some 30-40 people were hurt.']) {
    const q = qs(t);
    assert.equal(q.length, 1, t);
    assert.deepEqual(q[0]!.range, { low: 30, high: 40 }, t);
    assert.match(q[0]!.counts ?? '', /people/, t);
  }
  const m = qs('Officials said between 2 and 3 million people had fled.');
  assert.deepEqual(m[0]?.range, { low: 2e6, high: 3e6 });
});

test('a change from one figure to another is two figures, not a range', () => {
  for (const t of ['The rate rose from 5.25% to 5.5% in March.', 'Profits fell 4% to 12% of sales.', 'The rate was cut from 5.5% to 5.25%.']) {
    const q = qs(t);
    assert.ok(q.every((x) => !x.range), t);
    assert.equal(q.length, 2, t);
  }
  // a score is still a score
  assert.deepEqual(qs('Harlow beat Tamsin 3-1 on Sunday.')[0]?.score, [3, 1]);
});

test('a model number or a reference with a dash is no range', () => {
  assert.ok(qs('The Boeing 737-800 landed safely at Harlow.').every((x) => !x.range));
  assert.ok(qs('The rules are set out on pages 10-12 of the report.').every((x) => !x.range));
});
