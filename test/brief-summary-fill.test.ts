// Filling the budget with an opening: when the sources are long, the words whole lines leave
// over go to the first words of one more sentence, flagged `opening` and cited to exactly those
// words; short sources and `fill: false` get whole lines only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { wordCount } from '../src/brief/tokens.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

// Three invented outlets, four sentences each (65 to 71 words an article).
function harbourItems() {
  return [
    article('hb-1', 'Quay Ledger', 'QL', 'private', 'Selwick harbour reopens after storm repairs', [
      'The harbour of Selwick reopened to fishing boats on Thursday after six weeks of repairs to its storm-damaged sea wall.',
      'Engineers rebuilt forty metres of the wall with granite blocks shipped from a quarry near Dunmere.',
      'The repairs cost the town council about two million crowns, more than twice the first estimate.',
      'Fishermen said the closure had forced them to land their catch at ports farther along the coast.',
    ].join('\n\n')),
    article('hb-2', 'Coastline Post', 'QL', 'public-service', 'Boats return to Selwick as harbour wall is fixed', [
      'Fishing boats returned to Selwick harbour on Thursday after repairs to the sea wall damaged by the winter storm were finished.',
      'The council said the final bill for the work came to about two million crowns.',
      'A new warning light was also fitted at the end of the rebuilt wall for boats arriving at night.',
      'Harbour master Elin Voss thanked the crews who worked through the cold weeks of the repairs.',
    ].join('\n\n')),
    article('hb-3', 'Northern Tide', 'QL', 'state', 'Selwick sea wall repaired, harbour open again', [
      'Selwick harbour is open again after workers repaired the sea wall that a storm broke six weeks ago.',
      'The cost of the repairs, about two million crowns, was paid by the town council.',
      'Granite for the new section of the wall came by barge from the quarry at Dunmere.',
      'Some fishermen asked why the work had taken twice as long as the council first promised.',
    ].join('\n\n')),
  ].map(withAnalysis);
}

async function harbour() {
  const items = harbourItems();
  const ev = buildUnits(items);
  return { items, ev, sim: await similarity(ev, false) };
}

const total = (s: { text: string }[]) => s.reduce((n, x) => n + wordCount(x.text), 0);

test('long sources: the words whole lines leave go to the opening of one more sentence, marked and cited exactly', async () => {
  const { items, ev, sim } = await harbour();
  const byId = new Map(items.map((it) => [it.article.id, it]));
  const words = 45; // the mean article (68 words) is longer than 0.9 x 45
  const s = summarize(ev, sim, words);
  const whole = summarize(ev, sim, words, { fill: false });
  assert.ok(total(whole) < words - 3, `whole lines leave room: ${total(whole)} of ${words}`);
  const last = s.at(-1)!;
  assert.equal(last.opening, true, `the last line is an opening: ${last.text}`);
  assert.equal(total(s), words, 'the opening takes exactly the words left');
  // the opening is an exact span at the start of (the summary line of) a longer sentence
  const c = last.citations[0]!;
  const it = byId.get(c.article_id)!;
  assert.equal(it.article.text.slice(c.start, c.end), last.text);
  const sent = it.analysis.sentences.find((x) => x.index === c.sentence)!;
  assert.ok(c.start >= sent.start && c.end < sent.end, 'the span lies inside its sentence and stops before its end');
  // only the last line is an opening, the others are whole lines resolving exactly
  for (const x of s.slice(0, -1)) {
    assert.equal(x.opening, undefined);
    const y = byId.get(x.citations[0]!.article_id)!;
    assert.equal(y.article.text.slice(x.citations[0]!.start, x.citations[0]!.end), x.text);
  }
  // it names something: at least two words that are neither function words nor "said"
  assert.ok((last.text.match(/\b[A-Za-z]{4,}\b/g) ?? []).filter((w) => !/^(?:said|says|told|that|with|from|after|their|this|have|were)$/i.test(w)).length >= 2, last.text);
  // the opening says something the whole lines do not: not a sentence already chosen
  assert.ok(!s.slice(0, -1).some((x) => x.citations[0]!.article_id === c.article_id && x.citations[0]!.sentence === c.sentence));
  // fill: false gives whole lines only
  assert.ok(!whole.some((x) => x.opening));
});

test('short sources (or fill: false, or the -l overflow convention) get whole lines only', async () => {
  const { ev, sim } = await harbour();
  // a budget longer than the sources' mean article: a short text gets a short summary
  for (const words of [80, 100]) {
    const s = summarize(ev, sim, words);
    assert.ok(s.length > 0);
    assert.ok(!s.some((x) => x.opening), s.map((x) => x.text).join(' | '));
    assert.ok(total(s) <= words);
  }
  for (const opts of [{ fill: false }, { overflow: 'last-sentence' as const }]) {
    const s = summarize(ev, sim, 40, opts);
    assert.ok(!s.some((x) => x.opening), JSON.stringify(opts));
  }
});
