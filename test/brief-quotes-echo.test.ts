// A prisoner swap (invented Dunmar and Orrin Front): one side's spokesman mocks the minister's
// line ("Dunmar does not negotiate with terrorists, it says, yet …"). That is his own statement,
// not a variant of the minister's quote, while the minister's words in two outlets stay one quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test("a speaker echoing another's words is not grouped under the other speaker", async () => {
  const items = [
    withAnalysis(article('e1', 'Dunmar Tribune', 'DM', 'state', 'Swap', 'Interior Minister Rolan Vesk said: "Dunmar does not negotiate with terrorists, but we will always bring our people home."')),
    withAnalysis(
      article('e2', 'Orrin Voice', 'OR', 'unknown', 'Swap', 'Front spokesman Amir Tolle welcomed the swap. "Dunmar does not negotiate with terrorists, it says, yet here they are negotiating with us," he added.'),
    ),
    withAnalysis(article('e3', 'Wire Nine', 'XX', 'private', 'Swap', 'Minister Rolan Vesk said his government would "always bring our people home".')),
  ];
  const b = await buildBrief(undatedEvent('ev-e', 'Swap', ['e1', 'e2', 'e3']), items, { embed: false });
  const groups = b.quotes.flatMap((s) => s.groups);
  const vesk = groups.find((g) => g.variants.some((v) => /always bring/.test(v.text) && v.outlet === 'Dunmar Tribune'));
  assert.ok(vesk, JSON.stringify(b.quotes));
  assert.ok(!vesk.variants.some((v) => v.outlet === 'Orrin Voice'), JSON.stringify(vesk.variants));
  assert.ok(vesk.variants.some((v) => v.outlet === 'Wire Nine'), JSON.stringify(vesk.variants));
  assert.ok(!b.conflicts.some((c) => c.kind === 'attribution'), JSON.stringify(b.conflicts));
  // nor is it the same fact as the minister's statement
  const both = b.facts.find((f) => f.citations.some((c) => c.article_id === 'e1') && f.citations.some((c) => c.article_id === 'e2'));
  assert.equal(both, undefined, JSON.stringify(both));
});

test('at equal numbers of quotes, the speaker several outlets quote comes first', async () => {
  const items = [
    withAnalysis(article('o1', 'Harbour Herald', 'HB', 'private', 'Crash', '"These planes are flying coffins, and everybody knows it," union leader Tomas Brell said. "We will find out what happened," Minister Ilona Varst said.')),
    withAnalysis(article('o2', 'Vost Radio', 'VS', 'public-service', 'Crash', '"We will find out what happened," Minister Ilona Varst told reporters.')),
  ];
  const b = await buildBrief(undatedEvent('ev-o', 'Crash', ['o1', 'o2']), items, { embed: false });
  assert.equal(b.quotes[0]!.speaker_name, 'Ilona Varst', JSON.stringify(b.quotes.map((s) => s.speaker_name)));
});
