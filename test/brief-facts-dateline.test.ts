// A fact reads as the sentence without the dateline or agency tag it opens with, and its
// citation still resolves to exactly that text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const items = [
  withAnalysis(article('d1', 'Sarro Wire', 'SR', 'private', 'Flooding in Vemm', 'VEMM, June 3 (Sarro Wire) - Floods forced 3,000 people from their homes in the river town of Vemm on Tuesday, officials said.')),
  withAnalysis(article('d2', 'Vemm Herald', 'VM', 'private', 'Flooding in Vemm', 'Floods forced 3,000 people from their homes in the river town of Vemm on Tuesday, the mayor said.')),
];
const event = undatedEvent('ev-d', 'Vemm', ['d1', 'd2']);

test('fact citations leave out the dateline and still resolve to the fact text', async () => {
  const b = await buildBrief(event, items, { embed: false });
  const f = b.facts.find((x) => x.citations.some((c) => c.article_id === 'd1'));
  assert.ok(f);
  const c = f.citations.find((x) => x.article_id === 'd1')!;
  const text = items[0]!.article.text.slice(c.start, c.end);
  assert.match(text, /^Floods forced/);
  const first = f.citations[0]!;
  const src = items.find((i) => i.article.id === first.article_id)!.article.text;
  assert.equal(src.slice(first.start, first.end), f.text);
  assert.ok(!/Sarro Wire\) -/.test(f.text));
});
