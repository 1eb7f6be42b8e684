import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'b');
const run = (text: string) => analyzeArticle(art(text), { today: '2026-01-01' });

test('empty and whitespace-only texts: nothing found, a warning', () => {
  for (const t of ['', '   \n\n\t ']) {
    const a = run(t);
    assert.deepEqual([a.sentences.length, a.entities.length, a.times.length, a.quantities.length, a.quotes.length], [0, 0, 0, 0, 0]);
    assert.equal(a.published, null);
    assert.ok(a.warnings.some((w) => w.code === 'empty-text'));
  }
});

test('text with no sentence punctuation still yields one sentence', () => {
  const a = run('just some words without any end');
  assert.equal(a.sentences.length, 1);
});

test('a 5 MB single-line article is analysed without a crash and flagged as huge', () => {
  const unit = 'lorem ipsum dolor sit amet ';
  const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
  const a = run(text);
  assert.equal(a.sentences.length, 1);
  assert.ok(a.warnings.some((w) => w.code === 'huge-text'));
});

test('a 5 MB line without spaces', () => {
  const a = run('x'.repeat(5_000_000));
  assert.equal(a.entities.length, 0);
});

test('unbalanced quotes do not swallow the rest of the article', () => {
  const a = run('He said "this opens.\n\nA plain paragraph.\n\nThen a stray ” mark.');
  assert.ok(a.quotes.every((q) => !q.text.includes('plain paragraph')));
  assert.ok(a.warnings.some((w) => w.code === 'unbalanced-quotes'));
});

test('impossible numbers and dates are warned about, never turned into values', () => {
  const a = run('The count was 1e309. It happened on 31 February 2022, in the year 0000 and on 0000-01-01; the archive runs to 9999-12-31.');
  assert.deepEqual(a.quantities, []);
  for (const t of a.times) if (/February|0000/.test(t.text)) assert.equal(t.resolved, null);
  const far = a.times.find((t) => t.text === '9999-12-31');
  assert.equal(far?.resolved?.start, '9999-12-31');
  assert.ok(a.warnings.filter((w) => w.code === 'invalid-date').length >= 2);
  assert.ok(a.warnings.some((w) => w.code === 'unparsed-number'));
});

test('right-to-left and mixed scripts: analysed with a warning, Latin parts still read', () => {
  const a = run('قال الرئيس إن "الوضع صعب" اليوم. The minister said "it is hard" on September 13, 2021. שלום');
  assert.ok(a.warnings.some((w) => w.code === 'right-to-left' || w.code === 'mixed-scripts'));
  assert.ok(a.times.some((t) => t.resolved?.start === '2021-09-13'));
  assert.ok(a.quotes.some((q) => q.text === 'it is hard'));
  for (const q of a.quotes) assert.ok(q.end <= a.sentences[a.sentences.length - 1].end);
});

test('a non-string text field does not crash', () => {
  const a = analyzeArticle({ ...art(''), text: undefined as unknown as string }, { today: '2026-01-01' });
  assert.equal(a.sentences.length, 0);
});
