// A plane crash (invented Rallo Air, near Vost): the first report's toll, which a later report
// gives as the earlier value ("up from 32 on Monday"), is a step of the running total shown as
// context (earlier → later), not dropped as background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import type { Article } from '../src/types.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

function at(a: Article, timestamp: string): Article {
  return { ...a, published: { start: timestamp.slice(0, 10), end: null, precision: 'day', label: timestamp, evidence: [], timestamp } as Article['published'] };
}

const FIRST = 'A Rallo Air plane crashed near Vost on Monday, killing 32 people, the health ministry said.';
const LATER = 'The death toll from the Rallo Air crash near Vost rose to 57 on Tuesday, up from 32 on Monday, the health ministry said.';

test("the first report's toll and the later toll are one running total (context)", async () => {
  const items = [
    withAnalysis(at(article('c1', 'Vost State News', 'VS', 'state', 'Crash', FIRST), '2029-03-05T20:00:00Z')),
    withAnalysis(at(article('c2', 'Harbour Herald', 'HB', 'private', 'Crash', LATER), '2029-03-06T18:00:00Z')),
  ];
  const b = await buildBrief(undatedEvent('ev-c', 'Crash', ['c1', 'c2']), items, { embed: false });
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 57));
  assert.ok(g, JSON.stringify(b.figures));
  assert.ok(g.sides.some((s) => s.value === 32 && s.sources.includes('Vost State News')), JSON.stringify(g));
  assert.equal(g.verdict, 'context');
  assert.match(g.note, /running total/);
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('the same two reports published at the same time are not made a revision', async () => {
  const items = [
    withAnalysis(at(article('c1', 'Vost State News', 'VS', 'state', 'Crash', FIRST), '2029-03-06T18:00:00Z')),
    withAnalysis(at(article('c2', 'Harbour Herald', 'HB', 'private', 'Crash', LATER), '2029-03-06T18:00:00Z')),
  ];
  const b = await buildBrief(undatedEvent('ev-c', 'Crash', ['c1', 'c2']), items, { embed: false });
  // the earlier report is not earlier here: its 32 stays the background value the later one names
  assert.ok(!b.figures.some((f) => f.verdict === 'context' && /running total/.test(f.note)), JSON.stringify(b.figures));
});

const LOWER = 'The authorities revised the number of dead in the Rallo Air crash near Vost down to 54 on Wednesday, after three passengers listed as missing were found alive.';
const HIGHER = 'The Rallo Air crash near Vost killed 57 people, the health ministry said.';
const SMALLER = 'The Rallo Air crash near Vost killed 54 people, the authorities said.';

test('a toll corrected downward in a later report is a revision, not a conflict', async () => {
  const items = [
    withAnalysis(at(article('r1', 'Harbour Herald', 'HB', 'private', 'Crash', HIGHER), '2029-03-06T18:00:00Z')),
    withAnalysis(at(article('r2', 'Air Watch', 'HB', 'unknown', 'Crash', LOWER), '2029-03-07T11:00:00Z')),
  ];
  const b = await buildBrief(undatedEvent('ev-r', 'Crash', ['r1', 'r2']), items, { embed: false });
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  const g = b.figures.find((f) => f.sides.some((s) => s.value === 54));
  assert.ok(g && g.verdict === 'context' && /corrected downward/.test(g.note), JSON.stringify(b.figures));
});

test('a smaller toll published later without a correction still conflicts', async () => {
  const items = [
    withAnalysis(at(article('r1', 'Harbour Herald', 'HB', 'private', 'Crash', HIGHER), '2029-03-06T18:00:00Z')),
    withAnalysis(at(article('r2', 'Air Watch', 'HB', 'unknown', 'Crash', SMALLER), '2029-03-07T11:00:00Z')),
  ];
  const b = await buildBrief(undatedEvent('ev-r', 'Crash', ['r1', 'r2']), items, { embed: false });
  assert.ok(b.conflicts.some((c) => c.kind === 'quantity' && c.sides.some((s) => s.value === 54)), JSON.stringify(b.figures));
});

test('a publication date known only up to its year does not order reports', async () => {
  const { publishedAt } = await import('../src/brief/figure-revision.ts');
  const it = withAnalysis(article('y1', 'Wire Nine', 'XX', 'private', 'Fire', 'A wildfire burned 10,000 hectares.'));
  const ambiguous = { start: '1997-08-04', end: '2025-08-04', precision: 'month-day', label: 'Monday 4 August (year 1997 or 2025)', evidence: [] } as unknown as NonNullable<typeof it.analysis.published>;
  assert.equal(publishedAt({ ...it, analysis: { ...it.analysis, published: ambiguous } }), null);
  const day = { start: '2025-08-04', end: null, precision: 'day', label: '2025-08-04', evidence: [] } as unknown as NonNullable<typeof it.analysis.published>;
  assert.equal(publishedAt({ ...it, analysis: { ...it.analysis, published: day } }), '2025-08-04');
});
