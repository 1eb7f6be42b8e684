// JSON-LD read as a graph: Yoast-style @graph pages whose dates sit only on the WebPage node, nodes
// tied by "@id" (isPartOf, mainEntityOfPage, mainEntity), the Article node's own values first, and
// broken <script> blocks that must not hide the good ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, RawDocument } from '../src/types.ts';
import { readJsonLd, repairJson } from '../src/extract/json-ld.ts';
import { page } from './fixtures/extract/page.ts';


const BODY = `<article><p>The ferry operator on Lake Ambry said on Tuesday that it would add a second boat on the northern route from July, after passenger numbers doubled in two years.</p>
<p>The new boat, bought second-hand from a shipyard on the coast, carries up to ninety passengers and forty bicycles, the company's director told a press conference in Saltmere.</p>
<p>Residents of the villages on the northern shore have complained for years that the single boat fills up before the last stops in the summer months.</p></article>`;
const ld = (...blocks: string[]) => blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('\n');
const html = (head: string) => `<!doctype html><html lang="en"><head><title>Second ferry for Lake Ambry</title>${head}</head><body>${BODY}</body></html>`;

test('Yoast @graph: the date only on the WebPage node the Article is part of is the publication date', () => {
  const a = page(readFileSync('test/fixtures/extract/yoast-graph.html', 'utf8'));
  assert.equal(a.published?.start, '2024-06-11');
  assert.equal(a.published?.timestamp, '2024-06-11T07:30:00Z');
  assert.match(a.published!.evidence[0]!.note!, /WebPage datePublished/);
  // the author comes from the Article node's Person reference, the headline from the Article node
  assert.equal(a.author, 'Odile Marsk');
  assert.equal(a.title, 'Quarry lake reopens to swimmers after algae tests');
});

test('the Article node\'s own dates beat the WebPage node\'s; mainEntityOfPage links them without isPartOf', () => {
  const graph = (articleDate: string) =>
    `{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://ambrynews.example/p/ferry","datePublished":"2023-03-01T08:00:00Z","name":"Page name"},` +
    `{"@type":"NewsArticle","@id":"https://ambrynews.example/p/ferry#a","mainEntityOfPage":{"@id":"https://ambrynews.example/p/ferry"},"headline":"Second ferry for Lake Ambry"${articleDate}}]}`;
  const own = readJsonLd([graph(',"datePublished":"2023-02-27T06:45:00Z","dateModified":"2023-02-28T10:00:00Z"')]).page!;
  assert.equal(own.datePublished, '2023-02-27T06:45:00Z');
  assert.equal(own.dateModified, '2023-02-28T10:00:00Z');
  assert.equal(own.datePublishedFrom, 'JSON-LD NewsArticle datePublished');
  const fromPage = readJsonLd([graph('')]).page!;
  assert.equal(fromPage.datePublished, '2023-03-01T08:00:00Z');
  assert.equal(fromPage.headline, 'Second ferry for Lake Ambry');
  assert.equal(page(html(ld(graph('')))).published?.start, '2023-03-01');
});

test('a WebPage naming its mainEntity picks the story among several article nodes; list items and parts are not the story', () => {
  const blocks = [
    `{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Other story","datePublished":"2020-01-01"}]}`,
    `[{"@type":"NewsArticle","@id":"#teaser","headline":"Teaser story","datePublished":"2021-05-05"},` +
      `{"@type":"NewsArticle","@id":"#main","headline":"Second ferry for Lake Ambry","datePublished":"2023-02-27","author":{"@id":"#p1"},"publisher":{"@id":"#org"}},` +
      `{"@type":"WebPage","@id":"#page","mainEntity":{"@id":"#main"}},{"@type":"Person","@id":"#p1","name":"Jonna Thiel"},{"@type":"NewsMediaOrganization","@id":"#org","name":"Ambry Ledger"}]`,
  ];
  const p = readJsonLd(blocks).page!;
  assert.equal(p.headline, 'Second ferry for Lake Ambry');
  assert.equal(p.datePublished, '2023-02-27');
  assert.equal(p.author, 'Jonna Thiel');
  assert.equal(p.publisher, 'Ambry Ledger');
});

test('publisher falls back to the WebSite node the WebPage is part of', () => {
  const p = readJsonLd([
    `{"@graph":[{"@type":"Article","isPartOf":{"@id":"#wp"},"headline":"H"},{"@type":"WebPage","@id":"#wp","isPartOf":{"@id":"#site"},"datePublished":"2022-10-10"},` +
      `{"@type":"WebSite","@id":"#site","name":"Site","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Ambry Ledger Group"}]}`,
  ]).page!;
  assert.equal(p.publisher, 'Ambry Ledger Group');
  assert.equal(p.datePublished, '2022-10-10');
});

test('a broken JSON-LD block is reported and skipped; the good block after it is still read', () => {
  const broken = `{"@type": "NewsArticle", "headline": "Second ferry" "datePublished": "2019-01-01"`;
  const good = `{"@type":"NewsArticle","headline":"Second ferry for Lake Ambry","datePublished":"2023-02-27T06:45:00+01:00","author":{"@type":"Person","name":"Jonna Thiel"}}`;
  const a = page(html(ld(broken, good)));
  assert.equal(a.published?.start, '2023-02-27');
  assert.equal(a.author, 'Jonna Thiel');
  const w = a.warnings.find((x) => x.code === 'json-ld-invalid');
  assert.ok(w, 'a warning names the unreadable block');
  assert.match(w.message, /block 1 of 2/);
});

test('usual JSON damage is repaired: raw line breaks in strings, trailing commas, comment wrappers, blocks run together', () => {
  const damaged = `<!--\n{"@type":"NewsArticle","headline":"Second ferry\nfor Lake Ambry","datePublished":"2023-02-27",\n"keywords":["ferry","lake",],}\n-->`;
  assert.throws(() => JSON.parse(damaged));
  const p = readJsonLd([damaged]);
  assert.deepEqual(p.problems, []);
  assert.equal(p.page?.datePublished, '2023-02-27');
  assert.equal(p.page?.headline, 'Second ferry\nfor Lake Ambry');
  assert.deepEqual(JSON.parse(repairJson('{"a":1}\n{"b":2};')), [{ a: 1 }, { b: 2 }]);
  // a page with only that damaged block is dated by it
  assert.equal(page(html(ld(damaged))).published?.start, '2023-02-27');
});

test('a CollectionPage (a list of stories) gives no article date', () => {
  const p = readJsonLd([`{"@graph":[{"@type":"CollectionPage","@id":"#c","datePublished":"2020-02-02","name":"Local news"}]}`]);
  assert.equal(p.page, null);
});
