// Coverage: outlets with country and ownership; flags for one-sided coverage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeCoverage } from '../src/brief/coverage.ts';
import { article, fixtureItems, withAnalysis } from './fixtures/brief/event.ts';

test('mixed ownership and countries raise no flag', () => {
  const c = describeCoverage(fixtureItems());
  assert.deepEqual(c.flags, []);
  assert.equal(c.outlets.length, 4);
  assert.deepEqual(c.ownership, ['private', 'public-service', 'state']);
  assert.equal(c.independent_sources, 3);
});

test('only state outlets of one country are flagged', () => {
  const items = [
    withAnalysis(article('s-1', 'State Wire', 'NV', 'state', 'A', 'The parade took place in Kalvaro on Monday.')),
    withAnalysis(article('s-2', 'State TV', 'NV', 'state', 'B', 'Crowds lined the streets of Kalvaro for the parade.')),
  ];
  const codes = describeCoverage(items).flags.map((f) => f.code).sort();
  assert.deepEqual(codes, ['single-country', 'single-ownership']);
});

test('one outlet alone is a single source; unknown ownership is not flagged as one type', () => {
  const a = article('u-1', 'Unknown Blog', 'NV', 'unknown', 'A', 'The parade took place in Kalvaro on Monday.');
  const c = describeCoverage([withAnalysis(a), withAnalysis({ ...a, id: 'u-2', duplicate_of: 'u-1' })]);
  assert.deepEqual(c.flags.map((f) => f.code).sort(), ['single-country', 'single-source']);
});
