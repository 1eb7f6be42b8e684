// Feed channel titles as (weak) outlet evidence, and JSON Feed input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, RawDocument } from '../src/types.ts';
import { readFeed } from '../src/ingest/feed.ts';
import { readJson } from '../src/ingest/json.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();
const BODY = 'The harbour board of Velmora approved a new breakwater on Tuesday after two winters of storm damage to the fishing quay and the ferry slip.';

function docs(gen: Iterable<{ doc: RawDocument } | { rejection: unknown }>): RawDocument[] {
  const out: RawDocument[] = [];
  for (const r of gen) {
    assert.ok('doc' in r, JSON.stringify(r));
    out.push(r.doc);
  }
  return out;
}
function extract(d: RawDocument): Article {
  const r = extractArticle(d, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}

const rss = (channelTitle: string, item: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${channelTitle}</title><link>https://velmora-tide.example/</link>${item}</channel></rss>`;

test('RSS channel title becomes the outlet of an item with no other outlet evidence', () => {
  const [d] = docs(readFeed('f.rss', rss('Velmora Tide &amp; Mail', `<item><title>Breakwater approved</title><description>${BODY}</description></item>`)));
  const a = extract(d!);
  assert.equal(a.outlet?.name, 'Velmora Tide & Mail');
  assert.equal(a.outlet?.evidence[0]?.rule, 'feed-channel');
  assert.equal(a.outlet?.id, null);
});

test('Atom feed title becomes the outlet; a registry outlet named by the feed is resolved', () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Reuters</title>
    <entry><title>Breakwater approved</title><content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content></entry></feed>`;
  const a = extract(docs(readFeed('f.atom', atom))[0]!);
  assert.equal(a.outlet?.id, 'reuters');
  assert.equal(a.outlet?.evidence[0]?.rule, 'feed-channel');
});

test('feed channel title is weaker than an item URL on a registry domain and than page metadata', () => {
  const known = extract(docs(readFeed('f.rss', rss('Velmora Digest', `<item><title>T</title><link>https://www.reuters.com/world/breakwater</link><description>${BODY}</description></item>`)))[0]!);
  assert.equal(known.outlet?.id, 'reuters');
  assert.equal(known.outlet?.evidence[0]?.rule, 'url-domain');
  // an unknown item domain says less than the channel name
  const unknown = extract(docs(readFeed('f.rss', rss('Velmora Digest', `<item><title>T</title><link>https://cdn.velmora-digest.example/a/1</link><description>${BODY}</description></item>`)))[0]!);
  assert.equal(unknown.outlet?.name, 'Velmora Digest');
  assert.equal(unknown.outlet?.evidence[0]?.rule, 'feed-channel');
  // a full page inside the item with og:site_name
  const page = `<html><head><meta property="og:site_name" content="Quayside Herald"></head><body><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`;
  const withMeta = extract(docs(readFeed('f.rss', rss('Velmora Digest', `<item><title>T</title><description><![CDATA[${page}]]></description></item>`)))[0]!);
  assert.equal(withMeta.outlet?.name, 'Quayside Herald');
  assert.equal(withMeta.outlet?.evidence[0]?.rule, 'page-metadata');
});

test('an explicit outlet field beats the feed channel', () => {
  const d: RawDocument = { input: 'x', kind: 'feed', body: BODY, fields: { html: BODY, outlet: 'Quayside Herald', feed_title: 'Velmora Digest' }, warnings: [] };
  assert.equal(extract(d).outlet?.name, 'Quayside Herald');
});

const jsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Velmora Tide',
  home_page_url: 'https://velmora-tide.example/',
  language: 'en-GB',
  items: [
    { id: 'vt-1', url: 'https://velmora-tide.example/breakwater', title: 'Breakwater approved', content_text: BODY, date_published: '2024-03-12T09:30:00+01:00', authors: [{ name: 'Mira Osk' }] },
    { id: 'vt-2', title: 'Ferry <em>slip</em> reopens', content_html: `<p>The ferry slip at Velmora reopened on Wednesday after repairs to the ramp and the mooring posts were finished early.</p>`, date_published: '2024-03-13' },
    { id: 'vt-3', title: 'Nothing here' },
  ],
};

test('JSON Feed: each item becomes a document with its fields and the feed title as outlet evidence', () => {
  const results = [...readJson('feed.json', JSON.stringify(jsonFeed))];
  assert.equal(results.length, 3);
  assert.ok('rejection' in results[2]!, 'an item without content is rejected');
  const [d1, d2] = results.slice(0, 2).map((r) => (assert.ok('doc' in r), r.doc));
  assert.equal(d1!.kind, 'feed');
  assert.equal(d1!.input, 'feed.json#item-1');
  assert.equal(d1!.fields.language, 'en-GB'); // the region is kept: it gives the numeric date order
  const a1 = extract(d1!);
  assert.equal(a1.id, 'vt-1');
  assert.equal(a1.title, 'Breakwater approved');
  assert.equal(a1.author, 'Mira Osk');
  assert.equal(a1.published?.start, '2024-03-12');
  assert.equal(a1.published?.timestamp, '2024-03-12T08:30:00Z');
  assert.equal(a1.outlet?.name, 'Velmora Tide');
  assert.ok(a1.outlet?.evidence.some((e) => e.rule === 'feed-channel'));
  assert.ok(!a1.text.includes('{'), 'no JSON in the text');
  const a2 = extract(d2!);
  assert.equal(a2.title, 'Ferry slip reopens');
  assert.ok(a2.text.startsWith('The ferry slip at Velmora'));
  assert.ok(!a2.text.includes('<p>'));
});

test('a plain JSON object with "title" and "items" that is not a JSON Feed is still read as one article', () => {
  const r = [...readJson('x.json', JSON.stringify({ title: 'Harbour list', text: BODY, items: ['a', 'b'] }))];
  assert.equal(r.length, 1);
  assert.ok('doc' in r[0]!);
  assert.equal(r[0].doc.fields.title, 'Harbour list');
});

test('generic feed words after a separator are not part of the outlet name; a name ending in News is kept', () => {
  const name = (t: string) => extract(docs(readFeed('f.rss', rss(t, `<item><title>T</title><description>${BODY}</description></item>`)))[0]!).outlet?.name;
  assert.equal(name('Velmora Tide - Top Stories'), 'Velmora Tide');
  assert.equal(name('Velmora Tide RSS'), 'Velmora Tide');
  assert.equal(name('Velmora News'), 'Velmora News');
});
