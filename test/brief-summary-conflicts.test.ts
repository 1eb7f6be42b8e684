// A summary line cites, after its own sentence, the sentences elsewhere that say the same thing.
// A sentence that gives a clashing value of the same figure says something else: it is a side of
// a conflict, never an echo of the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { buildBrief } from '../src/brief/index.ts';
import type { ArticleWithAnalysis, Event } from '../src/types.ts';
import { article } from './fixtures/brief/event.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, label: d, evidence: [] });

function item(id: string, outlet: string, text: string): ArticleWithAnalysis {
  const a = { ...article(id, outlet, 'QX', 'private', 'Landslide in Tarrow', text), published: day('2031-03-04') };
  return { article: a, analysis: analyzeArticle(a, { today: '2031-12-31' }) };
}

// Three outlets tell the same landslide in nearly the same words; two tolls clash, one agrees.
const ITEMS = [
  item('p', 'Tarrow Post', 'A landslide buried part of the hill village of Tarrow on Monday and killed 9 people, rescuers said.\n\nDiggers worked through the night.'),
  item('q', 'Valley Wire', 'A landslide buried part of the hill village of Tarrow on Monday and killed 21 people, rescuers said.\n\nThe road to the valley was closed.'),
  item('r', 'Ridge Courier', 'A landslide buried part of the hill village of Tarrow on Monday and killed 9 people, rescue teams said.\n\nSchools in the district shut for a week.'),
];
const EVENT: Event = { id: 'ev-t', title: 'Landslide in Tarrow', date: day('2031-03-03'), article_ids: ITEMS.map((i) => i.article.id), entity_ids: [], storyline_id: null };

test('a summary line is not echoed by a sentence that gives a clashing value', async () => {
  const b = await buildBrief(EVENT, ITEMS, { embed: false, words: 40 });
  const conflict = b.conflicts.find((c) => c.kind === 'quantity');
  assert.ok(conflict, `the tolls 9 and 21 conflict: ${JSON.stringify(b.figures)}`);
  const sideOf = new Map<string, number>();
  for (const s of conflict.sides) for (const c of s.citations) sideOf.set(`${c.article_id}#${c.sentence}`, s.value!);
  const line = b.summary.find((s) => /landslide/i.test(s.text));
  assert.ok(line, b.summary.map((s) => s.text).join(' | '));
  const own = sideOf.get(`${line.citations[0]!.article_id}#${line.citations[0]!.sentence}`);
  assert.ok(own !== undefined, 'the line states one of the tolls');
  for (const c of line.citations.slice(1)) {
    const v = sideOf.get(`${c.article_id}#${c.sentence}`);
    assert.ok(v === undefined || v === own, `line with ${own} killed cites ${c.article_id} (${v} killed) as saying the same`);
  }
  // the agreeing outlet still echoes the line when it states the same toll
  if (own === 9) assert.ok(line.citations.some((c) => c.article_id !== line.citations[0]!.article_id && sideOf.get(`${c.article_id}#${c.sentence}`) === 9));
});
