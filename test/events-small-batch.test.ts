// Small piles about one town (6-11 reports, four events over two weeks): in so few documents
// the town's, the shipyard's and the union's names are in most articles and must not glue the
// walkout, the talks a week later, the deal a week after that and a school fire into one event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { DocFreq, SMALL_BATCH, Vocabulary, vectorize } from '../src/events/vector.ts';
import { articleFeatures } from '../src/events/features.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import type { DaySpec } from './fixtures/events/unknown-places.ts';
import { SHIPYARD_GROUPS, SHIPYARD_SPECS } from './fixtures/events/shipyard-pile.ts';
import { PORT_TESSEL_GROUPS, PORT_TESSEL_SPECS } from './fixtures/events/port-tessel.ts';
import { STRIKE_SPECS } from './fixtures/events/strike.ts';

const TODAY = '2033-01-01';
const items = (specs: DaySpec[]) => specs.map((s) => analyzeSpec({ ...s, published: s.published ? day(s.published) : null }, TODAY));
const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
const clustered = (specs: DaySpec[]) => sorted(clusterEvents(items(specs), { today: TODAY }).events.map((e) => e.article_ids));

test('shipyard pile: walkout (with an undated repost), talks, deal and a school fire are four events', () => {
  assert.deepEqual(clustered(SHIPYARD_SPECS), sorted(Object.values(SHIPYARD_GROUPS)));
});

test('dock pile: the same four kinds of event, two or three outlets each, stay four events', () => {
  assert.deepEqual(clustered(PORT_TESSEL_SPECS), sorted(Object.values(PORT_TESSEL_GROUPS)));
});

test('one report per event: only the two walkout reports join; the fire is not joined by the town name', () => {
  const want = [['walkout-lantern', 'walkout-beacon'], ['talks-lantern'], ['deal-beacon'], ['school-fire'], ['ferry-launch']];
  assert.deepEqual(clustered(STRIKE_SPECS), sorted(want));
});

test('the strike events still form one storyline, the fire stays out of it', () => {
  const set = clusterEvents(items(SHIPYARD_SPECS), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  const walkout = of('walkout-lantern');
  assert.ok(walkout.storyline_id && walkout.storyline_id === of('deal-beacon').storyline_id, JSON.stringify(set.storylines));
  assert.notEqual(of('school-fire').storyline_id, walkout.storyline_id);
});

test('words no other article has dilute a small batch vector, and hardly a large one', () => {
  const feats = items(STRIKE_SPECS).map((it) => articleFeatures(it, TODAY));
  const fire = feats.find((f) => f.id === 'school-fire')!;
  const town = (n: number): number => {
    const df = new DocFreq(new Vocabulary());
    for (const f of feats) df.add(f);
    df.n = n; // the same counts, as if the batch held n articles
    df.minDf = 2;
    const v = vectorize(fire, df);
    const i = Array.from(v.ids).findIndex((id) => df.vocab.terms[id] === 'e:port_tessel');
    let sq = 0;
    for (const x of v.vals) sq += x * x;
    assert.ok(Math.abs(sq - 1) < 1e-4, 'unit length with the residual entry');
    return v.vals[i]!;
  };
  // Six articles: the town name is a small part of the fire report (the rest is its own words).
  const small = town(feats.length);
  assert.ok(small < 0.5, `town weight ${small}`);
  // Far beyond SMALL_BATCH the shared names carry the vector, as a fitted large batch always had.
  assert.ok(town(SMALL_BATCH * 100) > small);
});
