// Pages saved by mistake are rejected with a reason: an error page, a front page listing stories.
// A real article with a related-stories list, or one that declares itself an article, is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();
const run = (body: string) => extractArticle({ input: 'saved.html', kind: 'html', body, fields: {}, warnings: [] }, registry);

const card = (h: string, p: string, href: string) => `<article class="card"><h3><a href="${href}">${h}</a></h3><p>${p}</p></article>`;
const FRONT = `<!DOCTYPE html><html lang="en"><head><title>Bayside Chronicle – News, Sport and Weather</title></head><body>
<header><a href="/">Bayside Chronicle</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header><main><section><h2>Top stories</h2>
${card('Minister quits over procurement row', 'The housing minister resigned on Friday after a report into contracts.', '/a')}
${card('Storm warning for the east coast', 'Forecasters expect gusts of up to 90mph on Sunday night.', '/b')}
${card('City centre tram line opens', 'The first trams carried passengers along the new route on Saturday.', '/c')}
${card('Harbour cranes halted by strike', 'Dock workers walked out in a dispute over shift patterns.', '/d')}
</section></main><footer>© Bayside Chronicle</footer></body></html>`;

test('a front page listing stories is rejected with a reason', () => {
  const r = run(FRONT);
  assert.ok('rejection' in r);
  assert.match(r.rejection.reason, /listing 4 stories/);
});

test('an error page is rejected with a reason', () => {
  const r = run(`<html><head><title>Page not found | Bayside Chronicle</title></head><body><h1>Sorry, we can't find that page</h1>
<p>The page you were looking for may have been moved or deleted. Try searching or go back to the homepage.</p></body></html>`);
  assert.ok('rejection' in r);
  assert.match(r.rejection.reason, /error page/);
});

test('an article with a related-stories list, or one declared as an article, is kept', () => {
  const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the housing minister resigned on Friday after a report found that contracts worth forty million had been awarded without a tender, and opposition parties called for a full inquiry into how the contracts were handled by officials in the department over the past three years.</p>`).join('');
  const related = ['Who is in line to replace the minister', 'Timeline of the procurement row', 'Opposition demands full inquiry now'].map((h, i) => card(h, 'Short teaser.', `/r${i}`)).join('');
  const r = run(`<html><head><title>Minister quits</title></head><body><article><h1>Minister quits</h1>${story}</article><div class="more">${related}</div></body></html>`);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  // the front page again, but it says it is an article: not judged
  const declared = FRONT.replace('<head>', '<head><meta property="og:type" content="article">');
  assert.ok('article' in run(declared));
  // an article about a "not found" result is not an error page
  const nf = run(`<html><head><title>Missing hiker not found after two-day search</title></head><body><article>${story}</article></body></html>`);
  assert.ok('article' in nf);
});

test('a short news item whose headline has "not found" or a number like 404 is kept', () => {
  const p = '<p>Divers searched the lake for a second day on Tuesday, police said, and the search will resume at dawn.</p>';
  assert.ok('article' in run(`<html><head><title>Missing boat not found after lake search</title></head><body><article><h1>Missing boat not found after lake search</h1>${p}</article></body></html>`));
  assert.ok('article' in run(`<html><head><title>Flight 404 lands safely after bird strike</title></head><body><article>${p}</article></body></html>`));
});
