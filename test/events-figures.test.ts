// Lead figures: two same-kind events in one place with the same cast differ in their numbers
// (a magnitude, a toll, a haul) and in the year their leads state; the figure factor lowers their
// score, and leaves alone reports of one event that word or round a figure differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, ArticleWithAnalysis } from '../src/types.ts';
import { analyzeArticle } from '../src/analyze/index.ts';
import { FIGURE_CONFLICT, figureFactor as factorOfSides, leadFigures } from '../src/events/lead-figures.ts';
import { AnchorSide } from '../src/events/anchors.ts';

/** The figure factor over anchor counts and article numbers. */
const figureFactor = (a: Map<string, number>, na: number, b: Map<string, number>, nb: number) => factorOfSides(new AnchorSide(a, na), new AnchorSide(b, nb));

function item(id: string, text: string): ArticleWithAnalysis {
  const article: Article = { id, input: id, title: '', text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: id, warnings: [] };
  return { article, analysis: analyzeArticle(article, { today: '2026-01-01' }) };
}

/** Anchor counts of a side, as the clusterer keeps them (key -> articles). */
function side(...items: ArticleWithAnalysis[]): [Map<string, number>, number] {
  const m = new Map<string, number>();
  for (const it of items) {
    const f = leadFigures(it);
    for (const k of new Set([...f.event, ...f.all])) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [m, items.length];
}

const quakeA = item('qa', 'A magnitude 4.4 earthquake shook the hill town of Varnholt on Tuesday. The quake was centred 6 kilometres north of the town. No damage was reported.');
const quakeA2 = item('qa2', 'The tremor near Varnholt measured 4.4 on Tuesday, seismologists said. Residents felt it across the valley. Shops stayed open.');
const quakeB = item('qb', 'A magnitude 6.1 earthquake struck near the hill town of Varnholt in 2019. Dozens of homes collapsed in the valley. Rescuers searched all night.');

test('lead figures: a bare decimal is a measure, small counts and bare years are left out, the lead year is kept', () => {
  const f = leadFigures(quakeB);
  assert.ok(f.event.includes('fig:dec|6.1'), f.event.join(' '));
  assert.ok(f.event.includes('fig:year|2019'), f.event.join(' '));
  assert.ok(!f.event.some((k) => k.startsWith('fig:') && k.endsWith('|2019') && !k.startsWith('fig:year')), 'a year is not a count');
  assert.ok(f.all.includes('@fig:dec|6.1'));
});

test('figure factor: different magnitudes in the leads lower the score; the same magnitude does not', () => {
  const [a, na] = side(quakeA, quakeA2);
  const [b, nb] = side(quakeB);
  assert.equal(figureFactor(a, na, b, nb), 1 - FIGURE_CONFLICT);
  assert.equal(figureFactor(b, nb, a, na), 1 - FIGURE_CONFLICT, 'symmetric');
  const [a1, n1] = side(quakeA);
  const [a2, n2] = side(quakeA2);
  assert.equal(figureFactor(a1, n1, a2, n2), 1);
});

test('figure factor: a report naming the other figure (an earlier quake recalled) is no conflict', () => {
  const recall = item('qr', 'A magnitude 4.4 earthquake shook Varnholt on Tuesday. It was the strongest since the magnitude 6.1 quake that destroyed dozens of homes. No damage was reported.');
  const [a, na] = side(recall);
  const [b, nb] = side(quakeB);
  assert.equal(figureFactor(a, na, b, nb), 1);
});

test('figure factor: "more than 90%" and "90 percent" agree; money in different currencies is compared', () => {
  const p1 = item('p1', 'Officials said more than 90% of the ballots in Dorvany were counted by noon. Turnout was high. Results are due Friday.');
  const p2 = item('p2', 'About 90 percent of the Dorvany ballots were counted, officials said. Turnout was high. Results are due Friday.');
  const [a, na] = side(p1);
  const [b, nb] = side(p2);
  assert.equal(figureFactor(a, na, b, nb), 1);
  const h1 = item('h1', 'Thieves stole jewels worth €80 million from a boutique in Calderon. Police sealed the street. The gang fled on foot.');
  const h2 = item('h2', 'Robbers took $2 million in watches from a Calderon jeweller. Police sealed the street. The gang fled by car.');
  const [x, nx] = side(h1);
  const [y, ny] = side(h2);
  assert.equal(figureFactor(x, nx, y, ny), 1 - FIGURE_CONFLICT);
});

test('figure factor: no shared kind of figure, or no figures at all, has no effect', () => {
  const none = item('n', 'Rescuers searched the valley near Varnholt. Residents gathered in the square. Shops stayed closed.');
  const [a, na] = side(quakeA);
  const [b, nb] = side(none);
  assert.equal(figureFactor(a, na, b, nb), 1);
  assert.equal(figureFactor(new Map(), 1, b, nb), 1);
});

test('figure factor: lead years years apart conflict; a year apart (one event across new year) does not', () => {
  const y = (id: string, year: number) => item(id, `Floods covered the lower town of Maribel in ${year}. Rescuers reached the square by boat. Shops stayed closed.`);
  const [a, na] = side(y('y1', 2019));
  const [b, nb] = side(y('y2', 2012));
  const [c, nc] = side(y('y3', 2018));
  assert.equal(figureFactor(a, na, b, nb), 1 - FIGURE_CONFLICT);
  assert.equal(figureFactor(a, na, c, nc), 1);
});
