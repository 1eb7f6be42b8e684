// `parallax analyze` through bin/parallax.mjs: the --json document, the --out report, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'p.db');
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parallax.mjs', '--db', db, ...args], { encoding: 'utf8' });
const inputs = ['examples/corpus/cws-brenholm-dockworkers-strike.txt', 'examples/corpus/newsroll-repost-brenholm-strike.txt', 'examples/corpus/meridian-archive.jsonl', 'test/fixtures/ingest/bad/notes.xyz'];

test('analyze --json prints one document with articles, events (with briefs), storylines and rejects', () => {
  const r = run('analyze', ...inputs, '--json', '--no-embed', '--out', join(dir, 'out'), '--registry', 'examples/outlets.json');
  assert.equal(r.status, 3, `finished with one rejected input: ${r.stderr}`);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(doc).sort(), ['articles', 'events', 'outlets', 'rejected', 'storylines']);
  assert.equal(doc.rejected.length, 1);
  assert.match(doc.rejected[0].input, /notes\.xyz$/);
  for (const a of doc.articles) for (const k of ['id', 'input', 'title', 'outlet', 'published', 'event_id', 'duplicate_of']) assert.ok(k in a, `article lacks ${k}`);
  const ids = new Set(doc.articles.map((a: { id: string }) => a.id));
  for (const e of doc.events) {
    for (const k of ['id', 'title', 'date', 'article_ids', 'entity_ids', 'storyline_id', 'brief']) assert.ok(k in e, `event lacks ${k}`);
    for (const id of e.article_ids) assert.ok(ids.has(id), `event ${e.id} names unknown article ${id}`);
    for (const k of ['summary', 'facts', 'conflicts', 'quotes', 'framing', 'coverage']) assert.ok(k in e.brief, `brief lacks ${k}`);
  }
  // the strike articles (three outlets, one exact re-post) form one event
  const strike = doc.articles.filter((a: { title: string }) => /Brenholm/i.test(a.title));
  assert.ok(strike.length >= 2);
  assert.equal(new Set(strike.map((a: { event_id: string }) => a.event_id)).size, 1);
  for (const f of ['report.json', 'report.md', 'report.html']) assert.ok(existsSync(join(dir, 'out', f)), f);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).events.map((e: { id: string }) => e.id), doc.events.map((e: { id: string }) => e.id));
});

test('analyze: a bad --words value is a usage error (exit 2) and touches nothing', () => {
  const r = run('analyze', inputs[0]!, '--words', 'lots');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--words/);
});
