import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openStore } from '../src/store/index.ts';
import { analyzeStored } from '../src/pipeline/analyze.ts';
import { analyzeArticle, ANALYZER_VERSION } from '../src/analyze/index.ts';
import { showJson, showText } from '../src/cli/commands/show.ts';
import type { Article } from '../src/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/analyze/${name}`, import.meta.url), 'utf8');
const art = (id: string, text: string): Article => ({ id, input: id, title: `Title ${id}`, text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: id, warnings: [] });

test('analyzeStored analyses missing or outdated analyses only, or the given ids, and reports progress', async () => {
  const store = openStore(':memory:');
  try {
    store.insertArticle(art('a1', fixture('dateline-span.txt')));
    store.insertArticle(art('a2', fixture('quotes-block.txt')));
    const seen: number[] = [];
    assert.equal((await analyzeStored(store, undefined, { onProgress: (n) => seen.push(n) })).analyzed, 2);
    assert.deepEqual(seen, [1, 2]);
    assert.equal(store.analysis('a1')?.version, ANALYZER_VERSION);
    assert.equal((await analyzeStored(store)).analyzed, 0);
    assert.deepEqual([...store.analysisVersions()].sort(), [['a1', ANALYZER_VERSION], ['a2', ANALYZER_VERSION]]);
    store.putAnalysis({ ...store.analysis('a2')!, version: ANALYZER_VERSION - 1 });
    seen.length = 0;
    assert.equal((await analyzeStored(store, undefined, { onProgress: (n) => seen.push(n) })).analyzed, 1);
    assert.deepEqual(seen, [1, 2], 'the current one counts as done first');
    assert.equal((await analyzeStored(store, ['a1'])).analyzed, 1);
    assert.equal((await analyzeStored(store, undefined, { force: true })).analyzed, 2);
  } finally {
    store.close();
  }
});

test('show --json shape and the human format', () => {
  const a = art('s1', fixture('anchored-duration.txt'));
  {
    const an = analyzeArticle(a, { today: '2026-01-01' });
    const j = showJson(a, an);
    assert.ok(j.sentences.every((s) => typeof s.start === 'number' && typeof s.end === 'number'));
    assert.ok(j.entities.some((e) => e.id === 'person:volodymyr-zelensky' && e.mentions.length > 0));
    assert.ok(j.times.some((t) => t.resolved && t.resolved.precision === 'day'));
    assert.ok(j.quantities.some((q) => q.qualifier === 'more than' && q.value === 14000));
    assert.ok(j.quotes.some((q) => q.kind === 'speech' && q.speaker_entity_id === 'person:volodymyr-zelensky'));
    assert.equal(j.published?.precision, 'day');
    assert.ok(j.published!.evidence.length > 0);
    const txt = showText(a, an);
    assert.match(txt, /SENTENCES/);
    assert.match(txt, /\[speech\] Volodymyr Zelensky: “We will defend/);
  }
});

test('parallax show via the CLI analyses on the fly and stores the analysis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plx-show-'));
  const db = join(dir, 'db.sqlite');
  const store = openStore(db);
  store.insertArticle(art('c1', fixture('quotes-block.txt')));
  store.close();
  const out = execFileSync(process.execPath, ['bin/parallax.mjs', '--db', db, 'show', 'c1', '--json'], { encoding: 'utf8' });
  const j = JSON.parse(out);
  assert.ok(j.quotes.length >= 3);
  assert.ok(j.quotes.every((q: { kind: string }) => ['speech', 'partial', 'scare'].includes(q.kind)));
  const again = openStore(db);
  assert.equal(again.analysis('c1')?.version, ANALYZER_VERSION);
  again.close();
  const human = execFileSync(process.execPath, ['bin/parallax.mjs', '--db', db, 'show', 'c1'], { encoding: 'utf8' });
  assert.match(human, /QUOTES/);
});
