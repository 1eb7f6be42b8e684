// A large event is briefed from a bounded sample: every article's first sentences at one depth,
// or, with more articles than the budget, one lead per article spread over outlets (originals
// before copies); the brief says so, and coverage still counts every article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief } from '../src/brief/index.ts';
import { sampleForBrief } from '../src/brief/sample.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

// invented reports of one storm, n sentences each
const report = (id: string, outlet: string, n: number, copyOf: string | null = null) =>
  withAnalysis(
    article(
      id,
      outlet,
      'QS',
      'private',
      'Storm hits Corvel',
      Array.from({ length: n }, (_, k) => `Storm update ${k + 1} from ${outlet}: the storm cut power to ${100 + k} homes in Corvel, the utility said.`).join(' '),
      copyOf,
    ),
  );

test('an event within the budget is read whole', () => {
  const items = [report('a', 'North Wire', 5), report('b', 'South Post', 4)];
  const s = sampleForBrief(items, 20);
  assert.equal(s.note, null);
  assert.equal(s.items, items);
});

test('a larger event: every article cut at the same depth, within the budget', () => {
  const items = [report('a', 'North Wire', 12), report('b', 'South Post', 3), report('c', 'East Radio', 9)];
  const s = sampleForBrief(items, 15);
  const lens = s.items.map((it) => it.analysis.sentences.length);
  assert.deepEqual(lens, [6, 3, 6], 'depth 6 fits 15 (6 + 3 + 6); depth 7 would need 17');
  assert.ok(lens.reduce((x, y) => x + y, 0) <= 15);
  assert.deepEqual(s.items.map((it) => it.article.id), ['a', 'b', 'c']);
  assert.match(s.note!, /first 6 sentences of each article \(15 of 24 sentences\)/);
  // a prefix: sentence indices and offsets stay those of the stored article
  assert.deepEqual(s.items[0]!.analysis.sentences, items[0]!.analysis.sentences.slice(0, 6));
});

test('more articles than the budget: one lead each, spread over outlets, copies last', () => {
  const items = [
    report('n1', 'North Wire', 2),
    report('n2', 'North Wire', 2),
    report('n3', 'North Wire', 2),
    report('s1', 'South Post', 2),
    report('c1', 'Copy Desk', 2, 's1'),
    report('e1', 'East Radio', 2),
  ];
  const s = sampleForBrief(items, 4);
  const ids = s.items.map((it) => it.article.id);
  assert.equal(ids.length, 4);
  assert.ok(ids.includes('s1') && ids.includes('e1') && ids.includes('n1'), `one per outlet first: ${ids}`);
  assert.ok(!ids.includes('c1'), 'a syndicated copy waits behind the originals');
  assert.ok(s.items.every((it) => it.analysis.sentences.length === 1));
  assert.match(s.note!, /lead sentence of 4 of 6 articles/);
});

test('buildBrief on a sampled event warns, cites only real text, and still covers every article', async () => {
  const items = [report('a', 'North Wire', 10), report('b', 'South Post', 10), report('c', 'East Radio', 10)];
  const b = await buildBrief(undatedEvent('ev-storm', 'Storm', ['a', 'b', 'c']), items, { embed: false, maxSentences: 9 });
  assert.ok(b.warnings.some((w) => /first 3 sentences of each article/.test(w)), b.warnings.join('; '));
  assert.equal(b.coverage.outlets.length, 3);
  const text = new Map(items.map((it) => [it.article.id, it.article.text]));
  for (const s of b.summary) for (const c of s.citations) {
    assert.ok(c.sentence < 3, 'only sampled sentences are cited');
    assert.ok(text.get(c.article_id)!.slice(c.start, c.end).length > 0);
  }
});
