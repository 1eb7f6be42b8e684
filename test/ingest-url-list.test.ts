// A text file that lists URLs (one a line, "#" comments allowed) is a reading list: each URL is
// fetched like a URL argument, each failure is reported for its URL, and the rest are read.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readInputs, type ReadResult } from '../src/ingest/index.ts';

const PAGE = '<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1><p>The Halvor ferry service resumed on Monday after storms closed the crossing for a week, the operator said.</p></article></body></html>';

test('a file of URLs is fetched URL by URL; a failing URL is named and the others are read', async () => {
  const server: Server = createServer((req, res) => {
    if (req.url === '/ferry') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-urls-'));
  try {
    const list = join(dir, 'reading-list.txt');
    writeFileSync(list, `# stories to check\n${base}/ferry\n\n${base}/missing\n`);
    const out: ReadResult[] = [];
    for await (const r of readInputs([list], { allowPrivate: true })) out.push(r);
    assert.equal(out.length, 2);
    const doc = out.find((r) => 'doc' in r);
    assert.ok(doc && 'doc' in doc);
    assert.equal(doc.doc.kind, 'html');
    assert.equal(doc.doc.fields.url, `${base}/ferry`);
    const bad = out.find((r) => 'rejection' in r);
    assert.ok(bad && 'rejection' in bad);
    assert.equal(bad.rejection.input, `${base}/missing`);
    assert.match(bad.rejection.reason, /404/);

    // the same list piped to stdin (`cat list | parallax ingest -`)
    const piped: ReadResult[] = [];
    for await (const r of readInputs(['-'], { allowPrivate: true, stdin: Readable.from([Buffer.from(`${base}/ferry\n`)]) })) piped.push(r);
    assert.equal(piped.length, 1);
    assert.ok('doc' in piped[0]! && piped[0].doc.fields.url === `${base}/ferry`);

    // a text that mentions a URL among prose is an article, not a list
    const prose = join(dir, 'note.txt');
    writeFileSync(prose, `The operator posted the timetable online.\n${base}/ferry\n`);
    const got: ReadResult[] = [];
    for await (const r of readInputs([prose], { allowPrivate: true })) got.push(r);
    assert.equal(got.length, 1);
    assert.ok('doc' in got[0]! && got[0].doc.kind === 'text');
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
