// Facts: sentences aligned across outlets; copies count once; paraphrase joins the quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { fixtureEvent, fixtureItems } from './fixtures/brief/event.ts';

const items = fixtureItems();
const brief = await buildBrief(fixtureEvent(items), items, { embed: false });
const textOf = new Map(items.map((it) => [it.article.id, it.article.text]));
const factWith = (re: RegExp, id: string) =>
  brief.facts.find((f) => f.citations.some((c) => c.article_id === id && re.test(textOf.get(id)!.slice(c.start, c.end))));

test('the thanks for aid, told in different words by two outlets, is corroborated', () => {
  const f = factWith(/thanked/, 'herald-1');
  assert.ok(f, 'a fact holds the thanks');
  assert.equal(f.status, 'corroborated');
  assert.ok(f.citations.some((c) => c.article_id === 'times-1'));
  assert.deepEqual(f.sources.map((s) => s.outlet).sort(), ['Coastal Times', 'Northern Herald']);
});

test('the paraphrase without quote marks is aligned with both translations of the quote', () => {
  const f = factWith(/badly weakened/, 'radio-1');
  assert.ok(f);
  const ids = new Set(f.citations.map((c) => c.article_id));
  assert.ok(ids.has('herald-1') && ids.has('times-1'), `aligned with ${[...ids]}`);
});

test('a syndicated copy does not count as another independent source', () => {
  const f = factWith(/travelled to Kalvaro/, 'radio-1');
  assert.ok(f);
  assert.ok(f.citations.some((c) => c.article_id === 'wire-1'), 'the copy is still cited');
  const radio = f.sources.find((s) => s.article_ids.includes('radio-1'))!;
  assert.ok(radio.article_ids.includes('wire-1'), 'copy grouped with its original');
  assert.equal(new Set(f.sources.map((s) => s.source)).size, f.sources.length);
  assert.equal(brief.coverage.independent_sources, 3);
});

test('what only one outlet says is single-source, naming the outlet', () => {
  const f = factWith(/Rebel fighters/, 'times-1');
  assert.ok(f);
  assert.equal(f.status, 'single-source');
  assert.match(f.note, /Coastal Times/);
});

test('a sentence whose figure is disputed makes a contested fact', () => {
  const f = factWith(/12 people were killed/, 'herald-1');
  assert.ok(f);
  assert.equal(f.status, 'contested');
});

test('every fact citation resolves inside the article text', () => {
  for (const f of brief.facts) {
    assert.equal(textOf.get(f.citations[0]!.article_id)!.slice(f.citations[0]!.start, f.citations[0]!.end), f.text);
    for (const c of f.citations) assert.ok(c.end <= textOf.get(c.article_id)!.length && c.start < c.end);
  }
});
