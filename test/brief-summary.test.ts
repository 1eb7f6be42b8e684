// Summary: extractive, within budget, every sentence cited to the exact source characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief, summarizeItems } from '../src/brief/index.ts';
import { wordCount } from '../src/brief/tokens.ts';
import { fixtureEvent, fixtureItems } from './fixtures/brief/event.ts';

const items = fixtureItems();
const texts = new Map(items.map((it) => [it.article.id, it.article.text]));
const analyses = new Map(items.map((it) => [it.article.id, it.analysis]));

function assertResolves(summary: { text: string; citations: { article_id: string; sentence: number; start: number; end: number }[] }[]) {
  for (const s of summary) {
    assert.ok(s.citations.length >= 1, `uncited: ${s.text}`);
    assert.equal(texts.get(s.citations[0]!.article_id)!.slice(s.citations[0]!.start, s.citations[0]!.end), s.text);
    for (const c of s.citations) {
      const sent = analyses.get(c.article_id)!.sentences.find((x) => x.index === c.sentence);
      assert.ok(sent, `citation names a sentence that exists: ${c.article_id}#${c.sentence}`);
      assert.ok(c.start >= sent.start && c.end <= sent.end && c.end > c.start, 'offsets lie inside the cited sentence');
    }
  }
}

test('every summary sentence resolves to the source text and stays within the word budget', async () => {
  for (const words of [25, 50, 80]) {
    const brief = await buildBrief(fixtureEvent(items), items, { words, embed: false });
    assert.ok(brief.summary.length > 0);
    assertResolves(brief.summary);
    const total = brief.summary.reduce((n, s) => n + wordCount(s.text), 0);
    assert.ok(total <= words, `${total} words > budget ${words}`);
  }
});

test('a statement several outlets make appears once, cited to all of them', async () => {
  const brief = await buildBrief(fixtureEvent(items), items, { words: 80, embed: false });
  const meeting = brief.summary.filter((s) => /Kalvaro/.test(s.text) && /4 March/.test(s.text));
  assert.equal(meeting.length, 1, 'the meeting sentence is not repeated');
  const cited = new Set(meeting[0]!.citations.map((c) => c.article_id));
  for (const id of ['herald-1', 'times-1', 'radio-1']) assert.ok(cited.has(id), `meeting echoed in ${id}`);
});

test('summarizeItems takes items as one event, with embeddings (offline) too', async () => {
  const summary = await summarizeItems(items.slice(0, 3), 40);
  assert.ok(summary.length > 0);
  assertResolves(summary);
  assert.ok(summary.reduce((n, s) => n + wordCount(s.text), 0) <= 40);
});
