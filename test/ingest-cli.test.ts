// The `ingest` and `articles` commands end to end through bin/parallax.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'p.db');
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parallax.mjs', '--db', db, ...args], { encoding: 'utf8' });

test('ingest lists each reject with its input and reason, prints the totals, exits 3 (partial); articles --json shows them', () => {
  const r = run('ingest', 'test/fixtures/ingest/bad/bad-lines.jsonl', 'test/fixtures/ingest/bad/notes.xyz', 'test/fixtures/ingest/mixed/harbor-storm.txt');
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /^rejected: test\/fixtures\/ingest\/bad\/bad-lines\.jsonl:2: malformed JSON line/m);
  assert.match(r.stderr, /^rejected: test\/fixtures\/ingest\/bad\/notes\.xyz: unsupported file type/m);
  assert.match(r.stderr.trim().split('\n').pop()!, /^ingested 3, duplicates 0, rejected 2$/);

  const list = run('articles', '--json');
  assert.equal(list.status, 0, list.stderr);
  const arts = JSON.parse(list.stdout) as { id: string; input: string; title: string; outlet: { name: string; evidence: unknown[] } | null; published: unknown; language: string; duplicate_of: string | null; text: string; warnings: unknown[] }[];
  assert.equal(arts.length, 3);
  const storm = arts.find((a) => a.input.endsWith('harbor-storm.txt'))!;
  assert.equal(storm.outlet?.name, 'The Harbor Ledger');
  assert.ok(Array.isArray(storm.outlet?.evidence));
  for (const k of ['id', 'input', 'title', 'published', 'language', 'duplicate_of', 'text', 'warnings']) assert.ok(k in storm, k);

  const again = run('ingest', 'test/fixtures/ingest/mixed/harbor-storm.txt');
  assert.match(again.stderr, /ingested 0, duplicates 1, rejected 0/);
  assert.equal(again.status, 0, 'nothing rejected: a clean run');
  const table = run('articles');
  assert.match(table.stdout, /The Harbor Ledger/);
});

test('ingest without inputs, or with an unreadable --registry file, is a usage error (exit 2)', () => {
  assert.equal(run('ingest').status, 2);
  const r = run('ingest', '--registry', join(dir, 'missing.json'), 'test/fixtures/ingest/mixed/harbor-storm.txt');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--registry/);
});
