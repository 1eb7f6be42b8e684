// `parallax serve` from the command line: it prints where it listens, answers, stops cleanly
// on SIGTERM (exit 0), and refuses a bad port as a usage error (exit 2).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '..', 'bin', 'parallax.mjs');

/** Starts `parallax serve` on a free port; resolves with the child and the URL it prints. */
async function serve(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [bin, ...args, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /at (http:\/\/\S+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited early with ${code}: ${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
  return { url, stop, stderr: () => stderr };
}

test('serve: listens on a free port, answers the API, exits 0 on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  try {
    const { url, stop } = await serve(['--db', join(dir, 's.db'), 'serve']);
    const health = (await (await fetch(url + 'api/health')).json()) as { ok: boolean; articles: number };
    assert.deepEqual(health, { ok: true, articles: 0, events: 0 });
    assert.equal(await stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: a port out of range is a usage error', () => {
  const r = spawnSync(process.execPath, [bin, '--db', ':memory:', 'serve', '--port', '70000'], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a whole number from 0 to 65535/);
});

test('serve: a token from the environment or a file is required on every request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  try {
    const fromEnv = await serve(['--db', join(dir, 'a.db'), 'serve'], { ...process.env, PARALLAX_TOKEN: 'env-secret' });
    assert.equal((await fetch(fromEnv.url + 'api/health')).status, 401);
    assert.equal((await fetch(fromEnv.url + 'api/health', { headers: { authorization: 'Bearer env-secret' } })).status, 200);
    assert.equal(await fromEnv.stop(), 0);
    const file = join(dir, 'token.txt');
    writeFileSync(file, 'file-secret\n');
    const fromFile = await serve(['--db', join(dir, 'b.db'), 'serve', '--token-file', file], { ...process.env, PARALLAX_TOKEN: 'env-secret' });
    assert.equal((await fetch(fromFile.url + 'api/health', { headers: { authorization: 'Bearer env-secret' } })).status, 401, 'the file wins over the environment');
    assert.equal((await fetch(fromFile.url + 'api/health', { headers: { authorization: 'Bearer file-secret' } })).status, 200);
    assert.equal(await fromFile.stop(), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: an empty or missing token file is a usage error; an open non-local bind warns', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
  try {
    writeFileSync(join(dir, 'empty.txt'), '\n');
    const empty = spawnSync(process.execPath, [bin, '--db', ':memory:', 'serve', '--token-file', join(dir, 'empty.txt')], { encoding: 'utf8', timeout: 30000 });
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /--token-file: .*empty\.txt is empty/);
    const missing = spawnSync(process.execPath, [bin, '--db', ':memory:', 'serve', '--token-file', join(dir, 'nope.txt')], { encoding: 'utf8', timeout: 30000 });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nope\.txt: ENOENT/);
    const env = { ...process.env };
    delete env.PARALLAX_TOKEN;
    const open = await serve(['--db', join(dir, 'c.db'), 'serve', '--host', '0.0.0.0'], env);
    assert.equal(await open.stop(), 0);
    assert.match(open.stderr(), /warning: serving on 0\.0\.0\.0 without a token/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
