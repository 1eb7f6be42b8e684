// One measured thing in sentences worded too differently to align as one fact (an invented
// breach at the invented Norlen Bank): the same counted noun under the same kind of predicate
// ("stole the data of" / "exposed records belonging to") is compared; a part of the count ("in
// Europe alone"), an earlier figure or a different predicate ("has 12 million customers") is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { predicateClass } from '../src/lexicon/predicates.ts';
import { scopeOf } from '../src/brief/figure-scope.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function brief(a: string, b: string) {
  const items = [
    withAnalysis(article('n1', 'Orvik Ledger', 'OV', 'private', 'Norlen Bank breach', a)),
    withAnalysis(article('n2', 'Harbour Signal', 'OV', 'private', 'Norlen Bank cyberattack', b)),
  ];
  return buildBrief(undatedEvent('ev-n', 'Norlen Bank breach', ['n1', 'n2']), items, { embed: false });
}

const STOLE = 'Hackers stole the personal data of 4.2 million customers of Norlen Bank, the bank said on Tuesday. The breach was found last week.';

test('4.2 million vs 4.5 million customers affected, in unaligned sentences, is a conflict with both sides cited', async () => {
  const b = await brief(STOLE, 'Norlen Bank confirmed on Tuesday that a cyberattack exposed records belonging to 4.5 million customers. Investigators are examining the attack.');
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [4200000, 4500000]);
  assert.deepEqual(c.sides.map((s) => s.citations[0]!.article_id).sort(), ['n1', 'n2']);
});

test('a part of the count ("in Europe alone") is no side of a conflict', async () => {
  const b = await brief(STOLE, 'In Europe alone, the cyberattack exposed records belonging to 1.1 million customers, Norlen Bank said.');
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('another predicate over the same noun ("has 12 million customers") is not compared', async () => {
  const b = await brief(STOLE, 'Norlen Bank, which has 12 million customers, said the attack began on a Sunday night.');
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('an earlier breach\'s count is background, not a side', async () => {
  const b = await brief(STOLE, 'A cyberattack in 2019 exposed records belonging to 1.3 million customers of the bank, investigators recalled.');
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('a separate, earlier breach\'s count is not a side', async () => {
  const b = await brief(STOLE, 'Earlier this year, a separate cyberattack exposed records belonging to 1.3 million customers of the bank.');
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
});

test('predicate classes and scopes', () => {
  const at = (s: string, n: string): [number, number] => [s.indexOf(n), s.indexOf(n) + n.length];
  const s1 = 'About 3,000 dockworkers walked out on Monday.';
  assert.equal(predicateClass(s1, ...at(s1, '3,000')), 'striking');
  const s2 = 'The data of 4.5 million customers was stolen.';
  assert.equal(predicateClass(s2, ...at(s2, '4.5 million')), 'affected');
  const s3 = 'The bank has 12 million customers.';
  assert.equal(predicateClass(s3, ...at(s3, '12 million')), null);
  const s4 = 'Hackers stole the data of 4.2 million customers, including 1.1 million in Europe.';
  assert.equal(scopeOf(s4, ...at(s4, '1.1 million')).part, true);
  assert.equal(scopeOf(s4, ...at(s4, '4.2 million')).part, false);
});
