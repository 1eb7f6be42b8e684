// A wildfire (invented Tessel hills): "broke out on Sunday" and "had burned 4,000 hectares by
// Monday afternoon" name different happenings, and a dateline's "Aug 4" is when the report was
// filed: none of them is a date conflict. Two days for one happening still conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { trimSpan } from '../src/brief/trim.ts';
import type { Article } from '../src/types.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

function at(a: Article, day: string): Article {
  return { ...a, published: { start: day, end: null, precision: 'day', label: day, evidence: [] } as Article['published'] };
}

async function dates(first: string, second: string) {
  const items = [
    withAnalysis(at(article('d1', 'Tessel Gazette', 'TS', 'private', 'Fire', first), '2029-08-06')),
    withAnalysis(at(article('d2', 'Wire Nine', 'XX', 'private', 'Fire', second), '2029-08-06')),
  ];
  const b = await buildBrief(undatedEvent('ev-d', 'Fire', ['d1', 'd2']), items, { embed: false });
  return b.conflicts.filter((c) => c.kind === 'date');
}

test('"by the afternoon of August 5" is not the day of the happening', async () => {
  const c = await dates(
    'A wildfire that broke out in the Tessel hills on August 4 has burned 10,000 hectares of forest, fire officials said.',
    'A wildfire in the Tessel hills had burned 10,000 hectares of forest by the afternoon of August 5, fire officials said.',
  );
  assert.deepEqual(c, []);
});

test("a dateline's date is not the day of the happening", async () => {
  const c = await dates(
    'A wildfire broke out in the Tessel hills on August 4 and burned 10,000 hectares of forest, fire officials said.',
    'TESSEL, Aug 6 (Wire Nine) - A wildfire broke out in the Tessel hills and burned 10,000 hectares of forest, fire officials said.',
  );
  assert.deepEqual(c, []);
});

test('two days given for one happening still conflict', async () => {
  const c = await dates(
    'A wildfire broke out in the Tessel hills on August 4 and burned 10,000 hectares of forest, fire officials said.',
    'A wildfire broke out in the Tessel hills on August 3 and burned 10,000 hectares of forest, fire officials said.',
  );
  assert.equal(c.length, 1);
});

test('a dateline of only a date and an agency tag is cut', () => {
  const s = 'Nov 4 (GWS) - Pellam Pharma is recalling 12 batches of its drug in three countries.';
  const t = trimSpan(s);
  assert.ok(t.cuts.includes('dateline'));
  assert.ok(s.slice(t.start).startsWith('Pellam Pharma'));
  // a sentence that opens with a date is not a dateline
  assert.ok(!trimSpan('Nov 4 was the day the recall began, the company said in a statement.').cuts.includes('dateline'));
});
