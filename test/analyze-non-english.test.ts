// Articles in another language: the English entity and speaker rules are not run on them (they
// would invent people out of capitalised German nouns); names the gazetteer knows are kept, as are
// numbers, and the analysis says what it skipped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../src/analyze/index.ts';
import { articleOf } from './fixtures/events/analyzed.ts';

// invented report, in German
const GERMAN =
  'Die Bewohner der Stadt Korlin mussten in der Nacht ihre Häuser verlassen. Nach Angaben des Stadtrats wurden rund 340 Wohnungen geräumt. ' +
  'Die Sprecherin des Rates sagte: „So schnell ist das Wasser noch nie gestiegen.“ Präsident Vladimir Putin schickte am Freitag ein Beileidstelegramm.';

test('a German article: no invented people or quotes, gazetteer names and numbers kept, a warning says why', () => {
  const de = analyzeArticle({ ...articleOf({ id: 'de1', outlet: 'Korliner Bote', title: 'Hochwasser in Korlin', text: GERMAN }), language: 'de' });
  assert.deepEqual(de.quotes, []);
  const ids = de.entities.map((e) => e.id);
  assert.ok(ids.includes('person:vladimir-putin'), `gazetteer name kept: ${ids.join(', ')}`);
  assert.ok(!de.entities.some((e) => /Bewohner|Angaben|Sprecherin|Stadtrats/.test(e.name)), `no German nouns as names: ${de.entities.map((e) => e.name).join(', ')}`);
  assert.ok(de.quantities.some((q) => q.value === 340));
  const w = de.warnings.find((x) => x.code === 'analysis-english-only');
  assert.ok(w, 'the analysis says it skipped the English-only rules');
  assert.match(w.message, /"de"/);

  // the same rules on the same text marked English do run (and find the capitalised nouns): the
  // language decides, not the text
  const en = analyzeArticle({ ...articleOf({ id: 'de2', outlet: 'Korliner Bote', title: 'Hochwasser in Korlin', text: GERMAN }), language: 'en' });
  assert.ok(en.entities.length > de.entities.length);
  assert.ok(!en.warnings.some((x) => x.code === 'analysis-english-only'));
});
