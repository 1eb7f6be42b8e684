// `parallax summarize`: inputs as one event, and --clusters JSONL with a bad line in the middle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HERALD, RADIO, TIMES } from './fixtures/brief/event.ts';

const bin = join(import.meta.dirname, '..', 'bin', 'parallax.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60000 });

test('summarize --clusters: one JSON line per good cluster, bad lines named on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-sum-'));
  try {
    const file = join(dir, 'clusters.jsonl');
    const good = (id: string) => JSON.stringify({ cluster_id: id, articles: [{ title: 'A', text: HERALD }, { title: 'B', text: TIMES }, { id: 'r', title: 'C', text: RADIO }] });
    writeFileSync(file, [good('c1'), '{not json', JSON.stringify({ cluster_id: 'c3', articles: [] }), good('c4')].join('\n') + '\n');
    const r = run(['summarize', '--clusters', file, '--words', '40', '--no-embed']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cluster_id: string; summary: { text: string; citations: { article_id: string; start: number; end: number }[] }[] });
    assert.deepEqual(lines.map((l) => l.cluster_id), ['c1', 'c4']);
    assert.match(r.stderr, /line 2/);
    assert.match(r.stderr, /line 3/);
    assert.equal(r.status, 3, 'finished, with rejected lines');
    const byId: Record<string, string> = { 'c1-1': HERALD, 'c1-2': TIMES, r: RADIO };
    for (const s of lines[0]!.summary) {
      const c = s.citations[0]!;
      assert.equal(byId[c.article_id]!.slice(c.start, c.end), s.text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarize <inputs> --json treats the files as one event', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-sum-'));
  try {
    writeFileSync(join(dir, 'herald.txt'), HERALD);
    writeFileSync(join(dir, 'times.txt'), TIMES);
    const r = run(['summarize', join(dir, 'herald.txt'), join(dir, 'times.txt'), '--json', '--words', '30', '--no-embed']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { summary: { text: string; citations: unknown[] }[] };
    assert.ok(out.summary.length > 0);
    assert.ok(out.summary.every((s) => s.citations.length > 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarize ends with an opening marked " …" in text form; --whole-sentences gives whole lines only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-sum-'));
  try {
    writeFileSync(join(dir, 'herald.txt'), HERALD);
    writeFileSync(join(dir, 'times.txt'), TIMES);
    const args = ['summarize', join(dir, 'herald.txt'), join(dir, 'times.txt'), '--words', '25', '--no-embed'];
    const filled = JSON.parse(run([...args, '--json']).stdout) as { summary: { text: string; opening?: true }[] };
    const opening = filled.summary.find((s) => s.opening);
    assert.ok(opening, `long sources fill the budget with an opening: ${JSON.stringify(filled.summary)}`);
    assert.ok(run(args).stdout.includes(`${opening.text} …`), 'the text form shows the mark');
    const whole = JSON.parse(run([...args, '--json', '--whole-sentences']).stdout) as { summary: { text: string; opening?: true }[] };
    assert.ok(whole.summary.length > 0 && whole.summary.every((s) => !s.opening), JSON.stringify(whole.summary));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
