// A bare "$" is the dollar of the outlet's country (Australia, Canada, New Zealand, Singapore, Hong
// Kong); a country prefix ("US$") always names its own. Invented outlets and stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import type { Article } from '../src/types.ts';

const art = (text: string, country: string | null): Article => ({
  id: 'm', input: 'm', title: '', text, url: null, language: 'en', duplicate_of: null, content_hash: '', warnings: [], published: null,
  outlet: country ? { name: 'Harbour Ledger', id: null, country, evidence: [] } : null,
});
const units = (text: string, country: string | null) => analyzeArticle(art(text, country), { today: '2031-01-01' }).quantities.map((q) => [q.value, q.unit]);

const TEXT = 'The state will spend $40 million on the Wendell rail link, about US$26 million, plus 3 million dollars for stations and 45 cents a ticket.';

test('an Australian outlet\'s "$40 million" is AUD; "US$" stays USD', () => {
  assert.deepEqual(units(TEXT, 'AU'), [[4e7, 'AUD'], [2.6e7, 'USD'], [3e6, 'AUD'], [0.45, 'AUD']]);
});

test('other dollar countries, and outlets with no dollar of their own', () => {
  assert.equal(units(TEXT, 'CA')[0]![1], 'CAD');
  assert.equal(units(TEXT, 'nz')[0]![1], 'NZD');
  assert.equal(units(TEXT, 'SG')[0]![1], 'SGD');
  assert.equal(units(TEXT, 'HK')[0]![1], 'HKD');
  assert.deepEqual(units(TEXT, 'US'), [[4e7, 'USD'], [2.6e7, 'USD'], [3e6, 'USD'], [0.45, 'USD']]);
  assert.equal(units(TEXT, 'GB')[0]![1], 'USD');
  assert.equal(units(TEXT, null)[0]![1], 'USD');
});

test('explicit marks name their currency whatever the outlet; amounts after a mark are separate counts', () => {
  assert.deepEqual(units('Bids came in at A$5m, NZ$3m and HK$9bn.', 'US').map((x) => x[1]), ['AUD', 'NZD', 'HKD']);
  const q = analyzeArticle(art('Bids came in at A$5m and NZ$3m.', 'AU'), { today: '2031-01-01' }).quantities;
  assert.deepEqual(q.map((x) => x.counts), [null, null]);
});
