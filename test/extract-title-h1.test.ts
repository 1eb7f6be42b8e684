// Page title choice: a cut-off <title>/og:title with a site suffix gives way to the full <h1> headline;
// a good title is kept against an h1 that is a section name or the site logo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, RawDocument } from '../src/types.ts';
import { extractHtmlPage } from '../src/extract/html.ts';
import { page } from './fixtures/extract/page.ts';


const BODY = `<p>Residents of the riverside town of Korlin moved to higher ground overnight after the Vessa river broke through an earthen barrier north of the old mill, the town council said on Thursday.</p>
<p>Council spokeswoman Amira Tolsen said about 340 homes had been evacuated and that two schools would stay closed until the water receded, and volunteers filled sandbags all night.</p>`;
const FULL = 'Flood waters rise in Korlin as the Vessa river breaks its banks for the second time this spring';
const html = (head: string, body: string) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

test('a cut-off <title> with a site suffix gives way to the full <h1> in the article (not the logo h1)', () => {
  const a = page(readFileSync('test/fixtures/extract/tidewater-flood.html', 'utf8'));
  assert.equal(a.title, FULL);
});

test('a truncated og:title ("…") without a suffix, and one cut mid-word, give way to the h1', () => {
  const cut = page(html('<title>x</title><meta property="og:title" content="Flood waters rise in Korlin as the Vessa…">', `<article><h1>${FULL}</h1>${BODY}</article>`));
  assert.equal(cut.title, FULL);
  const midWord = extractHtmlPage(html('<title>Flood waters rise in Korlin as the Ve... | Tidewater Post</title>', `<main><h1>${FULL}</h1>${BODY}</main>`));
  assert.equal(midWord.meta.title, FULL);
});

test('a title that is a word-boundary prefix of the h1 (after the site suffix) takes the h1', () => {
  const a = page(html('<title>Flood waters rise in Korlin - Tidewater Post</title><meta property="og:site_name" content="Tidewater Post">', `<article><h1>Flood waters rise in Korlin: what we know so far</h1>${BODY}</article>`));
  assert.equal(a.title, 'Flood waters rise in Korlin: what we know so far');
});

test('a generic title (site name alone, "Home", "News") takes the article h1', () => {
  const site = page(html('<title>Tidewater Post</title><meta property="og:site_name" content="Tidewater Post">', `<header><h1 class="site-logo">Tidewater Post</h1></header><article><h1>${FULL}</h1>${BODY}</article>`));
  assert.equal(site.title, FULL);
  const home = page(html('<title>Home | Tidewater Post</title>', `<div class="story"><h1>${FULL}</h1>${BODY}</div>`));
  assert.equal(home.title, FULL);
  const news = page(html('<meta property="og:title" content="News">', `<article><h1>${FULL}</h1>${BODY}</article>`));
  assert.equal(news.title, FULL);
});

test('a full headline title is kept against an h1 that is a section name, a logo, or another headline', () => {
  const title = 'Korlin evacuates 340 homes as the Vessa breaks its banks - Tidewater Post';
  const section = page(html(`<title>${title}</title>`, `<main><h1>World</h1><article>${BODY}</article></main>`));
  assert.equal(section.title, title);
  const logo = page(html(`<title>${title}</title><meta property="og:site_name" content="Tidewater Post">`, `<header><h1 class="logo"><a href="/">Tidewater Post</a></h1></header><article>${BODY}</article>`));
  assert.equal(logo.title, 'Korlin evacuates 340 homes as the Vessa breaks its banks');
  const other = page(html(`<meta property="og:title" content="Korlin evacuates 340 homes as the Vessa breaks its banks">`, `<article><h1>Live: Korlin flood updates</h1>${BODY}</article>`));
  assert.equal(other.title, 'Korlin evacuates 340 homes as the Vessa breaks its banks');
});

test('a generic title is not replaced by a logo h1 or a one-word section h1', () => {
  const logo = extractHtmlPage(html('<title>Home</title><meta property="og:site_name" content="Tidewater Post">', `<header><h1 id="brand"><a href="/"><img alt="Tidewater Post" src="l.png">Tidewater Post</a></h1></header><article>${BODY}</article>`));
  assert.equal(logo.meta.title, 'Home');
  const section = extractHtmlPage(html('<title>News</title>', `<main><h1>Weather</h1>${BODY}</main>`));
  assert.equal(section.meta.title, 'News');
});
