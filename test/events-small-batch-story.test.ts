// A small batch that is one story: four outlets' reports of one mudslide, in their own words,
// with a toll that rises as they are written (14, 17, 22, 29). The words they share (the gorge,
// "mudslide", the emergency service) are in every article of the batch, and idf from the batch
// alone would rank them below every word one outlet alone uses; the reports must still make
// one event, while a small batch of different events in one town stays apart (events-small-batch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { DocFreq, Vocabulary } from '../src/events/vector.ts';
import { figureFactor, leadFigures } from '../src/events/lead-figures.ts';
import { AnchorSide } from '../src/events/anchors.ts';
import { articleFeatures } from '../src/events/features.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import { MUDSLIDE_SPECS } from './fixtures/events/mudslide.ts';

const TODAY = '2033-01-01';
const items = () => MUDSLIDE_SPECS.map((s) => analyzeSpec({ ...s, published: s.published ? day(s.published) : null }, TODAY));

test('four outlets reporting one mudslide in their own words make one event', () => {
  const set = clusterEvents(items(), { today: TODAY });
  assert.equal(set.events.length, 1, JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.equal(set.events[0]!.date.start, '2031-05-11', JSON.stringify(set.events[0]!.date));
});

test('in a small batch a word every article shares still weighs most of a word one article has', () => {
  const feats = items().map((it) => articleFeatures(it, TODAY));
  const df = new DocFreq(new Vocabulary());
  for (const f of feats) df.add(f);
  df.minDf = 2;
  const gorge = df.idf(df.vocab.lookup('e:harrow')!);
  assert.ok(gorge / df.idfBelowMin() > 0.8, `gorge ${gorge} vs one article's word ${df.idfBelowMin()}`);
  // In a large batch the same share of articles is a common word again: idf comes from the batch.
  df.n = 1000;
  df.df[df.vocab.lookup('e:harrow')!] = 1000;
  assert.ok(df.idf(df.vocab.lookup('e:harrow')!) < 1.1);
});

test('a toll revised within a day or two is no figure conflict; a year years apart still is', () => {
  const [a, b] = items().filter((it) => it.article.id === 'slide-courier' || it.article.id === 'slide-voice');
  const fa = leadFigures(a!);
  const fb = leadFigures(b!);
  // The old slide's year and the quarry's year are history the leads recall, not their event's year.
  assert.ok(!fa.event.some((k) => k.startsWith('fig:year')), fa.event.join(' '));
  assert.ok(!fb.event.some((k) => k.startsWith('fig:year')), fb.event.join(' '));
  const side = (...keys: string[]) => AnchorSide.of(keys);
  const early = side('fig:people|17', '@fig:people|17');
  const later = side('fig:people|29', '@fig:people|29');
  assert.equal(figureFactor(early, later, true), 1, 'a revised toll');
  assert.ok(figureFactor(early, later, false) < 1, 'different tolls days apart are two events');
  const y1 = side('fig:year|2019', '@fig:year|2019');
  const y2 = side('fig:year|2024', '@fig:year|2024');
  assert.ok(figureFactor(y1, y2, true) < 1, 'a year is not revised');
  const m1 = side('fig:dec|4.4', '@fig:dec|4.4');
  const m2 = side('fig:dec|6.1', '@fig:dec|6.1');
  assert.ok(figureFactor(m1, m2, true) < 1, 'an aftershock of another magnitude is another quake');
});
