// A text detected as not English is stored with its language and a warning that the analysis is English-only;
// `parallax ingest` still stores it and exits 0 (a warning is not a rejection).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();
function art(body: string, fields: RawDocument['fields'] = {}): Article {
  const r = extractArticle({ input: 'mem', kind: 'text', body, fields, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}
const langWarnings = (a: Article) => a.warnings.filter((w) => w.code === 'language-not-english');
const GERMAN = readFileSync('test/fixtures/extract/pressa-korlin.txt', 'utf8');

test('a German text gets one language-not-english warning naming the language and the English-only analysis', () => {
  const a = art(GERMAN);
  assert.equal(a.language, 'de');
  const w = langWarnings(a);
  assert.equal(w.length, 1);
  assert.match(w[0]!.message, /German/);
  assert.match(w[0]!.message, /\bde\b/);
  assert.match(w[0]!.message, /English/);
  assert.match(w[0]!.message, /entities/);
  assert.match(w[0]!.message, /quotes/);
  assert.match(w[0]!.message, /dates/);
});

test('a declared language that is not English warns too, and says it was declared', () => {
  const a = art('El ayuntamiento de Korlin aprobó el lunes un nuevo presupuesto para reparar el dique del río Vessa.', { language: 'es-ES' });
  assert.equal(a.language, 'es');
  const w = langWarnings(a);
  assert.equal(w.length, 1);
  assert.match(w[0]!.message, /Spanish/);
  assert.match(w[0]!.message, /declared/);
});

test('English gives no language warning, nor does a bare run of names too short to tell a language by', () => {
  assert.deepEqual(langWarnings(art('Residents of the riverside town of Korlin moved to higher ground overnight after the Vessa river broke through a barrier, the council said.')), []);
  assert.deepEqual(langWarnings(art('Korlin Vessa Tolsen Amira Mill', { title: 'Korlin' })), []);
});

test('parallax ingest stores a German article, says in its tally that it is not English, exits 0; articles --json shows the warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lang-'));
  try {
    const db = join(dir, 'p.db');
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parallax.mjs', '--db', db, ...args], { encoding: 'utf8' });
    const r = run('ingest', 'test/fixtures/extract/pressa-korlin.txt');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stderr.trim().split('\n'), ['ingested 1, duplicates 0, rejected 0; 1 not in English (de 1): their analysis reads only known names, numbers and numeric dates']);
    assert.equal(r.stdout.trim(), '');
    const list = run('articles', '--json');
    assert.equal(list.status, 0, list.stderr);
    const [a] = JSON.parse(list.stdout) as { language: string; warnings: { code: string; message: string }[] }[];
    assert.equal(a!.language, 'de');
    assert.ok(a!.warnings.some((w) => w.code === 'language-not-english' && /German/.test(w.message)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unsure guess of another language is stored as unknown, so the English analysis still runs', () => {
  // a few words, mostly names: n-gram detection reads this as some other language
  const a = art('Korlin Vessa Tolsen Amira Mill opened.');
  assert.notEqual(a.language, 'de');
  assert.ok(a.language === null || a.language === 'en', `got ${a.language}`);
});
