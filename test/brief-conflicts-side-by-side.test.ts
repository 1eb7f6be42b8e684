// Two values one article gives side by side on its own authority are different things (a
// revision "by 4,000 to 61,000", two recipients' shares, a forecast beside the result): another
// outlet giving one of them is no conflict (two outlets with different values still conflict:
// brief-conflicts.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function brief(texts: Array<[string, string]>) {
  const items = texts.map(([outlet, text], k) => withAnalysis(article(`sb-${k}`, outlet, 'QL', 'private', 'Tarvos jobs report', text)));
  return buildBrief(undatedEvent('ev-sb', 'Tarvos jobs', items.map((it) => it.article.id)), items, { embed: false });
}

test('a revision "by 4,000 jobs to 61,000" beside another outlet\'s 61,000 is not a conflict', async () => {
  const b = await brief([
    ['Quay Ledger', 'Tarvos employers added 52,000 jobs in May, the statistics office said. The April reading was revised higher by 4,000 jobs to 61,000.'],
    ['Coastline Post', 'Employers in Tarvos added 52,000 jobs last month. The April jobs gain was revised up as well, to 61,000 jobs added.'],
  ]);
  assert.deepEqual(b.conflicts.filter((c) => c.kind === 'quantity').map((c) => c.sides.map((s) => s.text)), []);
});

test('two recipients in one sentence, or a forecast beside the result, are not a conflict', async () => {
  const b = await brief([
    ['Quay Ledger', 'Orrin will receive 2.5 million vaccine doses and Kell is to receive 1.5 million doses, the health ministry said.'],
    ['Coastline Post', 'The health ministry said 2.5 million vaccine doses would go to Orrin, the larger of the two provinces.'],
    ['Northern Tide', 'Tarvos added 250,000 jobs in October, far above expectations for an increase of 190,000 jobs.'],
    ['Harbour Lantern', 'The economy of Tarvos added 250,000 jobs in October, the statistics office said.'],
  ]);
  assert.deepEqual(b.conflicts.filter((c) => c.kind === 'quantity').map((c) => c.sides.map((s) => s.text)), []);
});

