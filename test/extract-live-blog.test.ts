// Live blogs: dated by when coverage started (not by the newest update at the top), and flagged
// with the number of updates and their time span, so a reader knows the text is many reports.
// A rail of other stories or a timeline box with dates is not a live blog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, RawDocument } from '../src/types.ts';
import { readJsonLd } from '../src/extract/json-ld.ts';
import { page } from './fixtures/extract/page.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/extract/${name}`, 'utf8');

test('LiveBlogPosting: published is when coverage started, not the re-stamped datePublished of the newest update', () => {
  const a = page(fixture('live-blog-jsonld.html'));
  assert.equal(a.published?.start, '2025-02-07');
  assert.equal(a.published?.timestamp, '2025-02-07T22:00:00Z');
  assert.match(a.published!.evidence[0]!.note!, /LiveBlogPosting coverageStartTime/);
  const w = a.warnings.find((x) => x.code === 'live-blog');
  assert.ok(w, 'a live-blog warning');
  assert.match(w.message, /4 timestamped updates/);
  assert.match(w.message, /from 2025-02-07T22:15:00Z to 2025-02-08T17:40:00Z/);
  // every update is in the text, newest first as on the page
  assert.ok(a.text.indexOf('Trains between Tessary') < a.text.indexOf('The regional education office'));
});

test('LiveBlogPosting without coverageStartTime is dated by its datePublished; updates given by @id in a graph are counted', () => {
  const p = readJsonLd([
    `{"@graph":[{"@type":"LiveBlogPosting","@id":"#live","headline":"Live: budget night","datePublished":"2024-10-30T11:00:00Z","liveBlogUpdate":[{"@id":"#u1"},{"@id":"#u2"}]},` +
      `{"@type":"BlogPosting","@id":"#u1","headline":"Vote passes","datePublished":"2024-10-30T20:45:00Z"},{"@type":"BlogPosting","@id":"#u2","headline":"Debate opens","datePublished":"2024-10-30T12:05:00Z"}]}`,
  ]).page!;
  assert.equal(p.headline, 'Live: budget night');
  assert.equal(p.liveBlog?.start, '2024-10-30T11:00:00Z');
  assert.equal(p.liveBlog?.count, 2);
  assert.deepEqual(p.liveBlog?.times, ['2024-10-30T20:45:00Z', '2024-10-30T12:05:00Z']);
});

test('LiveBlogPosting with neither start nor datePublished: its earliest update dates it, not the first <time> on the page', () => {
  const src = fixture('live-blog-jsonld.html').replace('"coverageStartTime":"2025-02-07T22:00:00Z",', '').replace('"datePublished":"2025-02-08T17:40:00Z","dateModified"', '"dateModified"');
  const a = page(src);
  assert.equal(a.published?.timestamp, '2025-02-07T22:15:00Z');
  assert.match(a.published!.evidence[0]!.note!, /earliest of 4 LiveBlogPosting updates/);
});

test('HTML live blog without metadata: the earliest entry dates it, not the newest one at the top', () => {
  const a = page(fixture('live-blog-html.html'));
  assert.equal(a.published?.start, '2025-05-19');
  assert.equal(a.published?.timestamp, '2025-05-19T11:00:00Z');
  const w = a.warnings.find((x) => x.code === 'live-blog');
  assert.ok(w, 'a live-blog warning');
  assert.match(w.message, /5 timestamped updates, from 2025-05-19T13:00:00\+02:00 to 2025-05-19T21:50:00\+02:00/);
  for (const words of ['approved the new transport plan', 'Good afternoon and welcome']) assert.ok(a.text.includes(words), words);
});

test('a declared publication time beside HTML entries is kept; the entries still give the warning', () => {
  const src = fixture('live-blog-html.html').replace('</head>', '<meta property="article:published_time" content="2025-05-19T12:30:00+02:00"></head>');
  const a = page(src);
  assert.equal(a.published?.timestamp, '2025-05-19T10:30:00Z');
  assert.ok(a.warnings.some((x) => x.code === 'live-blog'));
});

test('a rail of latest stories and a timeline box of dates do not make an article a live blog', () => {
  const a = page(fixture('latest-rail.html'));
  assert.ok(!a.warnings.some((x) => x.code === 'live-blog'), a.warnings.map((x) => x.message).join('; '));
  assert.equal(a.published?.timestamp, '2025-04-22T06:15:00Z');
});
