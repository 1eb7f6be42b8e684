// `why` reports how far apart two sides' date evidence is. When the only contradiction is the
// weekday ("a Wednesday" against an event on a Monday), the gap is the days between them, not
// the internal sentinel that zeroes the score (it printed "1000 day(s)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, ArticleWithAnalysis } from '../src/types.ts';
import { analyzeArticle } from '../src/analyze/index.ts';
import { clusterEvents } from '../src/events/index.ts';
import { WEEKDAY_MISMATCH } from '../src/events/day-set.ts';

const TODAY = '2025-01-01';

function item(id: string, text: string, published: string | null): ArticleWithAnalysis {
  const article: Article = {
    id, input: `fixture:${id}`, title: 'Ferry capsizes off Vessel Point', text, url: null,
    outlet: { name: 'Harrow Wire', id: null, evidence: [] },
    published: published ? { start: published, end: published, precision: 'day', label: published, evidence: [{ rule: 'explicit-field', text: published }] } : null,
    language: 'en', duplicate_of: null, content_hash: id, warnings: [],
  };
  return { article, analysis: analyzeArticle(article, { today: TODAY }) };
}

test('a weekday-only contradiction is reported as the days between the weekdays', () => {
  const dated = item('ferry-monday',
    'The ferry Aster Queen capsized off Vessel Point on Monday with 212 passengers on board, the Harrow coastguard said. ' +
      'Coastguard chief Milo Danner said divers had recovered 31 bodies from the hull of the Aster Queen.', '2024-03-04');
  const undated = item('ferry-wednesday',
    'Divers searching the hull of the Aster Queen off Vessel Point found two survivors in an air pocket on Wednesday, coastguard chief Milo Danner said. ' +
      'The ferry capsized with 212 passengers on board.', null);
  const set = clusterEvents([dated, undated], { today: TODAY });
  const a = set.assignments.find((x) => x.article_id === 'ferry-wednesday')!;
  assert.ok(a.date_gap_days !== null, 'the two sides have comparable dates');
  assert.ok(a.date_gap_days! < WEEKDAY_MISMATCH, `gap ${a.date_gap_days}`);
  assert.equal(a.date_gap_days, 2, 'Wednesday is two days from Monday');
});

test('clustering bounds undated articles by the `today` it is given, like event dating does', () => {
  // Dates after the real today: with the machine's date as the bound, the undated article
  // could not reach the event (its evidence ended "today", years before).
  const later = (it: ArticleWithAnalysis, pub: string | null): ArticleWithAnalysis => {
    const article = { ...it.article, published: pub ? { ...it.article.published!, start: pub, end: pub, label: pub } : null };
    return { article, analysis: analyzeArticle(article, { today: '2041-01-01' }) };
  };
  const base = [
    item('ferry-monday', 'The ferry Aster Queen capsized off Vessel Point on Monday with 212 passengers on board, the Harrow coastguard said. Coastguard chief Milo Danner said divers had recovered 31 bodies from the hull of the Aster Queen.', '2024-03-04'),
    item('ferry-wednesday', 'Divers searching the hull of the Aster Queen off Vessel Point found two survivors in an air pocket on Wednesday, coastguard chief Milo Danner said. The ferry capsized with 212 passengers on board.', null),
  ];
  const set = clusterEvents([later(base[0]!, '2040-03-05'), later(base[1]!, null)], { today: '2041-01-01' }); // 2040-03-05: a Monday
  const a = set.assignments.find((x) => x.article_id === 'ferry-wednesday')!;
  assert.equal(a.date_gap_days, 2);
});
