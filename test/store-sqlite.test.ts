import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/index.ts';
import type { Article } from '../src/types.ts';

function article(id: string, hash: string): Article {
  return {
    id, input: `${id}.txt`, title: `Title ${id}`, text: `Body of ${id}.`, url: null, outlet: null,
    published: null, language: 'en', duplicate_of: null, content_hash: hash, warnings: [],
  };
}

test('articles round-trip in insertion order and are found by content hash', () => {
  const store = openStore(':memory:');
  store.insertArticle(article('b', 'h2'));
  store.insertArticle(article('a', 'h1'));
  assert.deepEqual(store.articles().map((a) => a.id), ['b', 'a']);
  assert.deepEqual(store.articleIds(), ['b', 'a'], 'ids in the same order, without reading articles');
  assert.equal(store.findByContentHash('h1'), 'a');
  assert.equal(store.findByContentHash('nope'), null);
  assert.equal(store.hasArticle('a'), true);
  assert.equal(store.article('zz'), null);
  store.close();
});

test('a failing transaction stores nothing', () => {
  const store = openStore(':memory:');
  assert.throws(() =>
    store.transaction(() => {
      store.insertArticle(article('x', 'h'));
      store.insertArticle(article('x', 'h')); // duplicate id violates UNIQUE
    }),
  );
  assert.equal(store.articles().length, 0);
  store.close();
});

test('replaceEvents swaps the whole event set', () => {
  const store = openStore(':memory:');
  const date = { start: null, end: null, precision: 'unknown' as const, label: 'unknown', evidence: [] };
  store.replaceEvents({
    events: [{ id: 'e1', title: 'one', date, article_ids: ['a'], entity_ids: [], storyline_id: null }],
    storylines: [],
    assignments: [{ article_id: 'a', event_id: 'e1', score: 1, runner_up: null, shared_terms: [], shared_entities: [], date_gap_days: null, rule: 'opened-new-event' }],
  });
  store.replaceEvents({
    events: [{ id: 'e2', title: 'two', date, article_ids: ['b'], entity_ids: [], storyline_id: null }],
    storylines: [],
    assignments: [],
  });
  const set = store.events();
  assert.deepEqual(set.events.map((e) => e.id), ['e2']);
  assert.equal(set.assignments.length, 0);
  store.close();
});

test('a database file is migrated once and reopened with its data', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'p.db');
  const s1 = openStore(path);
  s1.insertArticle(article('a', 'h1'));
  s1.close();
  const s2 = openStore(path);
  assert.equal(s2.articles().length, 1);
  s2.close();
  const raw = new Database(path);
  raw.pragma('user_version = 99');
  raw.close();
  assert.throws(() => openStore(path), /newer than this Parallax/);
});
