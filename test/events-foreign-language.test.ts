// A report in another language than English is compared by the names, numbers and entities it
// shares with the English ones (its words match none of theirs and its nouns, capitalised in
// German, are no names): a German report of a plant fire joins the English reports of that fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { analyzeArticle } from '../src/analyze/index.ts';
import { clusterEvents } from '../src/events/index.ts';
import { articleFeatures } from '../src/events/features.ts';
import { articleOf } from './fixtures/events/analyzed.ts';
import { FIRE_SPECS } from './fixtures/events/chemical-fire.ts';

const TODAY = '2025-01-01';
const items = (): ArticleWithAnalysis[] =>
  FIRE_SPECS.map((s) => {
    const article = { ...articleOf(s), language: s.language ?? 'en' };
    return { article, analysis: analyzeArticle(article, { today: TODAY }) };
  });

test('a German report of a fire joins the English reports of it; another event stays apart', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const eventOf = (id: string) => set.events.find((e) => e.article_ids.includes(id))!.id;
  assert.equal(eventOf('fire-bote'), eventOf('fire-post'), JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.equal(eventOf('fire-wire'), eventOf('fire-post'));
  assert.notEqual(eventOf('bridge-post'), eventOf('fire-post'));
  // Not on the edge of the threshold: it fits its event nearly as well as the English reports do
  // (with its German words in the vector it scored half of theirs, just above the threshold).
  const score = (id: string) => set.assignments.find((a) => a.article_id === id)!.score;
  const english = ['fire-post', 'fire-wire', 'fire-ans', 'fire-return', 'fire-cause'].map(score);
  const mean = english.reduce((x, y) => x + y, 0) / english.length;
  assert.ok(score('fire-bote') >= 0.75 * mean, `German ${score('fire-bote')} vs English mean ${mean}`);
});

test('the features of a text in another language carry no English word lemmas', () => {
  const feats = items().map((it) => articleFeatures(it, TODAY));
  const de = feats.find((f) => f.id === 'fire-bote')!;
  const en = feats.find((f) => f.id === 'fire-post')!;
  assert.ok(![...de.tf.keys()].some((k) => k.startsWith('w:')), [...de.tf.keys()].join(' '));
  assert.ok([...en.tf.keys()].some((k) => k.startsWith('w:')));
  assert.equal(de.foreign, true);
  assert.ok(de.tf.has('e:veltra_chemicals'));
});
