// Article.modified: the page's declared last change, beside (never instead of) the publication date,
// kept through the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, RawDocument } from '../src/types.ts';
import { openStore } from '../src/store/index.ts';
import { articleRecord } from '../src/report/article-record.ts';
import { page } from './fixtures/extract/page.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/extract/${name}`, 'utf8');

test('the article carries the declared modification instant beside its publication date', () => {
  const a = page(fixture('yoast-graph.html'));
  assert.equal(a.published?.timestamp, '2024-06-11T07:30:00Z');
  assert.equal(a.modified, '2024-06-12T09:05:00Z');
  const only = page(fixture('modified-only.html'));
  assert.equal(only.published, null);
  assert.equal(only.modified, '2023-11-02T13:20:00Z');
  // a page without one has no such field
  assert.ok(!('modified' in page(fixture('live-blog-html.html'))));
  // what `parallax articles --json` and the API print: the field, null when the page gave none
  assert.equal(articleRecord(a).modified, '2024-06-12T09:05:00Z');
  assert.equal(articleRecord(page(fixture('live-blog-html.html'))).modified, null);
});

test('Article.modified survives a round trip through the sqlite store', () => {
  const a = page(fixture('live-blog-jsonld.html'));
  assert.equal(a.modified, '2025-02-08T17:40:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-modified-article-'));
  try {
    const path = join(dir, 'store.db');
    const s = openStore(path);
    s.insertArticle(a);
    s.close();
    const again = openStore(path);
    assert.deepEqual(again.article(a.id), a);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
