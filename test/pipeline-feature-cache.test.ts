// The feature cache a long-running caller keeps between re-clusterings: the same events as
// computing every feature afresh, reuse of unchanged articles, recomputation when the analysis
// changed (a relinked entity keeps the version), and pruning of articles no longer clustered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { FeatureCache } from '../src/pipeline/feature-cache.ts';
import { analyzeSpec } from './fixtures/events/analyzed.ts';
import { MATCH_SPECS, RATE_SPECS } from './fixtures/events/recurring.ts';

const TODAY = '2026-01-01';

test('clustering with the cache gives the same events; a second run reuses every feature', () => {
  const items = [...RATE_SPECS, ...MATCH_SPECS].map((s) => analyzeSpec(s, TODAY));
  const plain = clusterEvents(items, { today: TODAY });
  const cache = new FeatureCache();
  const first = clusterEvents(items, { today: TODAY, features: cache.features });
  assert.deepEqual(first, plain);
  assert.equal(cache.misses, items.length);
  // the same articles loaded again (new objects, as from the store)
  const again = items.map((it) => structuredClone(it));
  const second = clusterEvents(again, { today: TODAY, features: cache.features });
  assert.deepEqual(second, plain);
  assert.equal(cache.hits, items.length, 'nothing recomputed');
});

test('a changed analysis, another "today" or a dropped article is not served stale', () => {
  const items = RATE_SPECS.map((s) => analyzeSpec(s, TODAY));
  const cache = new FeatureCache();
  const f0 = cache.features(items[0]!, TODAY);
  const relinked = structuredClone(items[0]!);
  relinked.analysis.entities = relinked.analysis.entities.map((e) => ({ ...e, id: `${e.id}-relinked` }));
  assert.notEqual(cache.features(relinked, TODAY), f0, 'same version, other entities: recomputed');
  assert.notEqual(cache.features(relinked, '2026-02-01'), cache.features(relinked, TODAY), 'another today: recomputed');
  cache.features(items[1]!, TODAY);
  cache.prune();
  assert.equal(cache.size, 2);
  cache.features(items[1]!, TODAY);
  cache.prune();
  assert.equal(cache.size, 1, 'the article the last run did not ask for is dropped');
});
