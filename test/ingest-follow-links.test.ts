// `--follow-links`: a feed item with only a teaser is read from the page it links to when that
// page gives the story; a broken link or a page that says no more keeps the teaser, with a
// warning naming the reason. Items with full text are never fetched.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingest } from '../src/pipeline/ingest.ts';
import { openStore } from '../src/store/index.ts';

const STORY = [
  'The Pellworth council voted on Tuesday to double parking fees in the old town from March, after a debate that lasted most of the night.',
  'Shop owners on Mill Street said the rise would drive customers to the retail park outside the city, where parking is free.',
  'Councillor Ada Finch, who proposed the change, said the money would pay for a new bus line between the station and the hospital.',
  'The vote passed by 23 to 18, with two abstentions, and opponents said they would ask for a review at the next session in June.',
];
const OTHER = [
  'The Kell ferry will run an extra evening crossing on Fridays from April, the operator said on Monday after a petition from commuters.',
  'The later boat leaves the north pier at nine and returns at ten, and fares stay the same as for the daytime crossings this year.',
  'Commuters had complained for two years that the last crossing left before many shifts at the hospital and the cannery had ended.',
  'The operator said it would decide in the autumn whether to keep the extra crossing through the winter, depending on passenger numbers.',
];
const page = (title: string, paras: string[]) =>
  `<html><head><title>${title}</title></head><body><nav>Home News Sport</nav><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

function feed(base: string): string {
  const item = (title: string, path: string, description: string) =>
    `<item><title>${title}</title><link>${base}${path}</link><pubDate>Tue, 04 Feb 2025 21:30:00 GMT</pubDate><description><![CDATA[${description}]]></description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Pellworth Gazette</title>
${item('Council doubles parking fees', '/fees', 'The council voted to double parking fees. <a href="x">Read more...</a>')}
${item('Bridge closed for repairs', '/missing', 'The Kell bridge closes for repairs. Read more...')}
${item('Library hours cut', '/cookie', 'The central library will close at five on weekdays from next month to save money, the council said. Read more...')}
${item('Full story in the feed', '/never', `<p>${OTHER.join('</p><p>')}</p>`)}
</channel></rss>`;
}

test('teaser items are read from their linked pages; failures keep the teaser with a reason', async () => {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/feed.rss') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(base));
    if (req.url === '/fees') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Council doubles parking fees', STORY));
    if (req.url === '/cookie') return res.writeHead(200, { 'content-type': 'text/html' }).end(page('Library hours cut', ['The library will close early.']));
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const store = openStore(':memory:');
  try {
    const r = await ingest(store, [`${base}/feed.rss`], { allowPrivate: true, followLinks: true });
    assert.equal(r.ingested, 4);
    assert.deepEqual(r.rejected, []);
    const byTitle = new Map(store.articles().map((a) => [a.title, a]));
    const codes = (t: string) => byTitle.get(t)!.warnings.map((w) => w.code);

    const fees = byTitle.get('Council doubles parking fees')!;
    assert.match(fees.text, /Councillor Ada Finch/, 'the whole story, from the page');
    assert.doesNotMatch(fees.text, /Home News Sport/, 'page chrome removed as for any page');
    assert.equal(fees.url, `${base}/fees`);
    assert.equal(fees.published?.start, '2025-02-04', "the feed's date stays");
    assert.ok(codes('Council doubles parking fees').includes('followed-link'));
    assert.ok(!codes('Council doubles parking fees').includes('summary-only'));

    const bridge = byTitle.get('Bridge closed for repairs')!;
    assert.match(bridge.text, /Kell bridge closes/, 'the teaser is kept');
    assert.ok(codes('Bridge closed for repairs').includes('summary-only'));
    const failed = bridge.warnings.find((w) => w.code === 'follow-failed')!;
    assert.match(failed.message, /\/missing: .*404/);

    const library = byTitle.get('Library hours cut')!;
    assert.match(library.text, /close at five on weekdays/);
    assert.ok(codes('Library hours cut').includes('follow-not-longer'), 'a page that says less than the teaser');

    assert.ok(!codes('Full story in the feed').some((c) => c.startsWith('follow')));
    assert.ok(!hits.includes('/never'), 'an item with its full text is not fetched');
  } finally {
    store.close();
    server.close();
  }
});

test('without --follow-links nothing is fetched; the CLI flag reads the page', async () => {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/fees') return res.writeHead(200, { 'content-type': 'text/html' }).end(page('Council doubles parking fees', STORY));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-follow-'));
  try {
    const file = join(dir, 'gazette.rss');
    writeFileSync(file, feed(base));
    const store = openStore(':memory:');
    await ingest(store, [file], { allowPrivate: true });
    store.close();
    assert.equal(hits.length, 0, 'nothing fetched');
    const bin = join(import.meta.dirname, '..', 'bin', 'parallax.mjs');
    const db = join(dir, 'f.db');
    // execFileSync would block the server in this process: run the CLI asynchronously
    const { spawn } = await import('node:child_process');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [bin, '--db', db, 'ingest', file, '--follow-links', '--allow-private'], { stdio: 'ignore' });
      child.once('exit', resolve);
    });
    assert.equal(code, 0);
    assert.ok(hits.includes('/fees'));
    const out = execFileSync(process.execPath, [bin, '--db', db, 'articles', '--json'], { encoding: 'utf8' });
    const fees = (JSON.parse(out) as { title: string; text?: string; warnings: { code: string }[] }[]).find((a) => a.title === 'Council doubles parking fees')!;
    assert.ok(fees.warnings.some((w) => w.code === 'followed-link'));
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
