// Exact hashes ignore case/punctuation/spacing; MinHash + LSH finds re-posts and light rewrites only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, minhash, NearDuplicateIndex, similarity } from '../src/extract/dedupe.ts';

const BASE = `The water board of the Marrow valley said on Monday that reservoir levels had fallen to 31 percent, the lowest for the season since records began in 1961.
Residents were asked to limit garden watering until further notice and to report leaks to the board's hotline, which will be staffed around the clock.
Farmers in the lower valley said irrigation quotas had already been cut by a fifth and warned that the apple harvest could suffer if no rain came by August.
The board said it would publish weekly figures and review the restrictions at the end of the month, when new forecasts are due.`;
const REWRITE = BASE.replace('on Monday', 'on Monday evening').replace('until further notice', 'for now').replace('warned that', 'said');
const OTHER = `Dock workers in the port of Karvosta walked off the job on Monday, demanding a nine percent pay rise and shorter night shifts, their union said.
Container traffic stopped at all six terminals by noon, and shipping companies warned of delays for goods bound for inland markets.
Union leader Ansel Brede said the strike would last at least five days unless the port authority made a new offer.`;

test('content hash ignores case, punctuation and whitespace but not words', () => {
  assert.equal(contentHash('Hello,  World!\n'), contentHash('hello world'));
  assert.notEqual(contentHash('hello world'), contentHash('hello there world'));
});

test('minhash similarity: light rewrite high, unrelated story low', () => {
  const a = minhash(BASE);
  assert.equal(similarity(a, minhash(BASE)), 1);
  assert.ok(similarity(a, minhash(REWRITE)) >= 0.6, `rewrite ${similarity(a, minhash(REWRITE))}`);
  assert.ok(similarity(a, minhash(OTHER)) < 0.2);
});

test('index finds the near copy and resolves copies to their original', () => {
  const idx = new NearDuplicateIndex();
  idx.add('orig', minhash(BASE));
  idx.add('other', minhash(OTHER));
  const hit = idx.query(minhash(REWRITE));
  assert.equal(hit?.id, 'orig');
  idx.add('copy', minhash(REWRITE), 'orig');
  assert.equal(idx.root('copy'), 'orig');
  assert.equal(idx.query(minhash('A short unrelated note about a library reopening in Ostbrook after renovation.')), null);
});
