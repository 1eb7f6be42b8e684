// `parallax serve` from the command line: it prints where it listens, answers, stops cleanly
// on SIGTERM (exit 0), and refuses a bad port as a usage error (exit 2).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '..', 'bin', 'parallax.mjs');

test('serve: listens on a free port, answers the API, exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  try {
    const child = spawn(process.execPath, [bin, '--db', join(dir, 's.db'), 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += String(d);
        const m = /at (http:\/\/\S+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const health = (await (await fetch(url + 'api/health')).json()) as { ok: boolean; articles: number };
    assert.deepEqual(health, { ok: true, articles: 0, events: 0 });
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: a port out of range is a usage error', () => {
  const r = spawnSync(process.execPath, [bin, '--db', ':memory:', 'serve', '--port', '70000'], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a whole number from 0 to 65535/);
});
