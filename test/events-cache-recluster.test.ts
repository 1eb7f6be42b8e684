// A long-running caller (the server, `watch`) re-clusters a growing store with a FeatureCache that
// memoises article features and each event's own date (dateFromMembers). Whatever happened in
// between — articles added, one joining an existing event, an analysis relinked without a new
// version, kept-apart evidence added to a cached date — the cached re-clustering must give
// exactly what clustering afresh gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { AMBIGUOUS_RULE, clusterEvents, type EventSet } from '../src/events/index.ts';
import { FeatureCache } from '../src/pipeline/feature-cache.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';

const TODAY = '2026-03-01';

// Invented: the Varnholt Lantern Fair, held every autumn in the river town of Varnholt, and a
// ferry strike in Kessport.
const SPECS: PlainSpec[] = [
  {
    id: 'fair24-courier',
    outlet: 'Varn Courier',
    published: day('2024-10-10'),
    title: 'Mayor Ilse Brandvik and Governor Tomas Quell open Varnholt Lantern Fair',
    text: `Mayor Ilse Brandvik and Governor Tomas Quell opened the Varnholt Lantern Fair on Thursday, lighting the first lantern on the old stone bridge in Varnholt.

About 40,000 visitors were expected over the weekend, Brandvik said. Quell promised money to repair the bridge.`,
  },
  {
    id: 'fair24-herald',
    outlet: 'River Herald',
    published: day('2024-10-11'),
    title: 'Lantern Fair opens in Varnholt with bridge repair pledge',
    text: `Governor Tomas Quell pledged money to repair the old stone bridge as he and Mayor Ilse Brandvik opened the Varnholt Lantern Fair on Thursday.

Brandvik said the fair had never drawn more stalls. Traders in Varnholt said bookings were up.`,
  },
  {
    id: 'fair25-courier',
    outlet: 'Varn Courier',
    published: day('2025-10-09'),
    title: 'Brandvik and Quell open Lantern Fair with new riverside lights',
    text: `Mayor Ilse Brandvik and Governor Tomas Quell opened the Varnholt Lantern Fair on Thursday by switching on new riverside lights in Varnholt.

"Last year we promised the bridge, this year the whole river shines," Quell said. Brandvik said 45,000 visitors were expected.`,
  },
  {
    id: 'fair25-herald',
    outlet: 'River Herald',
    published: day('2025-10-09'),
    title: 'New riverside lights shine as Varnholt Lantern Fair opens',
    text: `New riverside lights were switched on in Varnholt on Thursday as Governor Tomas Quell and Mayor Ilse Brandvik opened the Varnholt Lantern Fair.

Brandvik said 45,000 visitors were expected. Quell said the lights would stay on after the fair.`,
  },
  {
    // Undated and generic: fits both editions equally (kept apart, with evidence added to its date).
    id: 'fair-undated',
    outlet: 'Valley Weekly',
    published: null,
    title: 'Leaders open Varnholt Lantern Fair',
    text: `Mayor Ilse Brandvik and Governor Tomas Quell opened the Varnholt Lantern Fair on Thursday, greeting traders on the old stone bridge.

Brandvik said Varnholt was proud to host the fair again. Quell thanked the lantern makers.`,
  },
  {
    id: 'strike-gazette',
    outlet: 'Kessport Gazette',
    published: day('2025-11-04'),
    title: 'Ferry crews strike in Kessport over pay',
    text: `Ferry crews in Kessport walked out on Tuesday in a dispute over pay, stranding thousands of commuters, union leader Marta Oyelaran said.

Oyelaran said the strike would last 48 hours unless the operator raised its offer.`,
  },
];

// Added later: a second report of the strike (joins its event), and an unrelated event.
const LATER: PlainSpec[] = [
  {
    id: 'strike-echo',
    outlet: 'Harbour Echo',
    published: day('2025-11-05'),
    title: 'Kessport ferry strike strands commuters',
    text: `Thousands of commuters in Kessport were stranded on Tuesday as ferry crews went on strike over pay, led by union leader Marta Oyelaran.

The operator said it would meet the union. Oyelaran said crews would stay out for 48 hours.`,
  },
  {
    id: 'library-gazette',
    outlet: 'Kessport Gazette',
    published: day('2025-11-20'),
    title: 'New public library opens in Kessport harbour district',
    text: `A new public library opened in the Kessport harbour district on Thursday, with 80,000 books and a reading room overlooking the docks, librarian Ruben Castellano said.

Castellano said the library would stay open until midnight on weekdays.`,
  },
];

const fresh = (xs: ArticleWithAnalysis[]) => xs.map((x) => structuredClone(x)); // as loaded again from the store

function cached(cache: FeatureCache, items: ArticleWithAnalysis[]): EventSet {
  const set = clusterEvents(items, { today: TODAY, features: cache.features, dating: cache.dating });
  cache.prune();
  return set;
}

test('a cached re-cluster after adding articles equals clustering afresh', () => {
  const first = SPECS.map((s) => analyzeSpec(s, TODAY));
  const later = LATER.map((s) => analyzeSpec(s, TODAY));
  const cache = new FeatureCache();
  assert.deepEqual(cached(cache, fresh(first)), clusterEvents(fresh(first), { today: TODAY }));
  const misses = cache.datingMisses;
  const all = [...first, ...later];
  const plain = clusterEvents(fresh(all), { today: TODAY });
  assert.deepEqual(cached(cache, fresh(all)), plain);
  assert.ok(cache.datingHits > 0, 'unchanged events were served from the cache');
  // the strike event gained a member: its date was computed again, not served from its one-article entry
  const strike = plain.events.find((e) => e.article_ids.includes('strike-gazette'))!;
  assert.deepEqual([...strike.article_ids].sort(), ['strike-echo', 'strike-gazette']);
  assert.ok(cache.datingMisses > misses);
  // the fixture has a kept-apart report, whose date gets evidence added after dating
  const undated = plain.events.find((e) => e.article_ids.includes('fair-undated'))!;
  assert.ok(undated.date.evidence.some((e) => e.rule === AMBIGUOUS_RULE), JSON.stringify(undated.date));
  // ...which must not leak into the cached date: a third run is still the same
  assert.deepEqual(cached(cache, fresh(all)), plain);
  assert.deepEqual(cached(cache, fresh(all)), plain);
});

test('an analysis changed without a new version is not served stale', () => {
  const all = [...SPECS, ...LATER].map((s) => analyzeSpec(s, TODAY));
  const cache = new FeatureCache();
  const before = cached(cache, fresh(all));
  // The strike report's time expressions are dropped (as a corpus pass could change them): its
  // event loses the evidence of its day.
  const changed = fresh(all);
  const gazette = changed.find((x) => x.article.id === 'strike-gazette')!;
  gazette.analysis.times = [];
  const plain = clusterEvents(fresh(changed), { today: TODAY });
  assert.notDeepEqual(plain, before, 'the change matters to the events');
  assert.deepEqual(cached(cache, changed), plain);
  // and back again
  assert.deepEqual(cached(cache, fresh(all)), before);
});

test('a cached date changed by the caller does not change the next run', () => {
  const all = SPECS.map((s) => analyzeSpec(s, TODAY));
  const cache = new FeatureCache();
  const first = cached(cache, fresh(all));
  for (const e of first.events) {
    e.date.evidence.push({ rule: 'test:scribble' });
    e.date.label = 'scribbled';
  }
  const again = cached(cache, fresh(all));
  assert.deepEqual(again, clusterEvents(fresh(all), { today: TODAY }));
  assert.ok(again.events.every((e) => e.date.label !== 'scribbled'));
});
