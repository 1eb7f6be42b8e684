// Readers: every input kind, and every kind of bad input, without crashing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync, rmSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readInputs, type ReadResult } from '../src/ingest/index.ts';
import { isPrivateAddress } from '../src/ingest/url.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const FIX = 'test/fixtures/ingest';
const tmp = mkdtempSync(join(tmpdir(), 'parallax-readers-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

async function collect(inputs: string[], opts = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, opts)) out.push(r);
  return out;
}
const docs = (rs: ReadResult[]) => rs.flatMap((r) => ('doc' in r ? [r.doc] : []));
const rejections = (rs: ReadResult[]) => rs.flatMap((r) => ('rejection' in r ? [r.rejection] : []));

test('text front matter gives title, outlet, url and date; the body is the rest', async () => {
  const [d] = docs(await collect([`${FIX}/mixed/harbor-storm.txt`]));
  assert.ok(d);
  assert.equal(d.kind, 'text');
  assert.equal(d.fields.title, 'Storm floods the old harbour of Port Velka');
  assert.equal(d.fields.outlet, 'The Harbor Ledger');
  assert.equal(d.fields.published, '2022-03-04');
  assert.ok(d.body.startsWith('A violent storm'));
});

test('JSONL: a malformed line is rejected with its line number, the others are read; unknown fields ignored', async () => {
  const rs = await collect([`${FIX}/bad/bad-lines.jsonl`]);
  assert.equal(docs(rs).length, 2);
  const [rej] = rejections(rs);
  assert.match(rej!.input, /bad-lines\.jsonl:2$/);
  assert.match(rej!.reason, /malformed JSON/);
  const agency = docs(await collect([`${FIX}/mixed/agencies.jsonl`]));
  assert.equal(agency.length, 3); // the blank line is not an item
  assert.equal(agency[0]!.fields.id, 'wire-001');
  assert.equal(agency[0]!.input.endsWith('agencies.jsonl:1'), true);
  assert.deepEqual(Object.keys(agency[1]!.fields).sort(), ['text', 'title']); // outlet_hint is not a known field
});

test('JSON arrays become one document per item; an item without text is rejected', async () => {
  const f = join(tmp, 'items.json');
  writeFileSync(f, JSON.stringify([{ title: 'One', text: 'First item text about the Quenby ferries.' }, { title: 'No text' }]));
  const rs = await collect([f]);
  assert.equal(docs(rs).length, 1);
  assert.match(rejections(rs)[0]!.input, /#item-2$/);
});

test('RSS items carry title, link, date and HTML content', async () => {
  const ds = docs(await collect([`${FIX}/mixed/wire.rss`]));
  assert.equal(ds.length, 2);
  assert.equal(ds[0]!.fields.url, 'https://meridianwire.example/2023/tram-line');
  assert.equal(ds[0]!.fields.title, 'Lakeshore council approves new tram line');
  assert.match(ds[0]!.fields.html!, /<p>The Lakeshore/); // escaped HTML decoded once
  assert.match(ds[1]!.fields.html!, /Cherry growers/); // CDATA content:encoded
});

test('Atom entries are read', async () => {
  const f = join(tmp, 'feed.atom');
  writeFileSync(f, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title>
  <entry><title>Glacier retreat measured</title><link rel="alternate" href="https://icewatch.example/glacier"/><published>2020-08-01T10:00:00Z</published>
  <content type="html">&lt;p&gt;The Holm glacier lost 40 metres of length this summer, surveyors said.&lt;/p&gt;</content></entry></feed>`);
  const [d] = docs(await collect([f]));
  assert.equal(d!.fields.url, 'https://icewatch.example/glacier');
  assert.equal(d!.fields.published, '2020-08-01T10:00:00Z');
  assert.equal(d!.fields.language, 'en');
});

test('an entity bomb and an external entity in a feed are not expanded and no file is read', async () => {
  const [d] = docs(await collect([`${FIX}/bad/bomb.rss`]));
  assert.ok(d);
  assert.ok(d.body.length < 1000, 'entities were not expanded');
  assert.doesNotMatch(d.body, /root:/);
  assert.doesNotMatch(d.fields.title ?? '', /lollol/);
  assert.ok(d.warnings.some((w) => w.code === 'doctype-removed'));
});

test('empty, binary, unknown-extension and missing inputs are rejected with a reason', async () => {
  const bin = join(tmp, 'blob.txt');
  writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00, 0xff]));
  const binl = join(tmp, 'blob.jsonl');
  writeFileSync(binl, Buffer.from([0x7b, 0x00, 0x00, 0x01, 0x0a, 0x7d]));
  const rs = await collect([`${FIX}/bad/empty.txt`, bin, `${FIX}/bad/notes.xyz`, join(tmp, 'missing.txt'), binl]);
  const reasons = rejections(rs).map((r) => r.reason);
  assert.equal(docs(rs).length, 0);
  assert.equal(reasons.length, 5);
  assert.match(reasons[4]!, /binary/);
  assert.match(reasons[0]!, /empty/);
  assert.match(reasons[1]!, /binary/);
  assert.match(reasons[2]!, /unsupported file type/);
  assert.match(reasons[3]!, /no such file/);
});

test('a file over the size cap is rejected from its size, before reading', async () => {
  const big = join(tmp, 'big.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 60 * 1024 * 1024); // sparse: 60 MB of NUL bytes, never read
  closeSync(fd);
  const [r] = rejections(await collect([big]));
  assert.match(r!.reason, /too large \(62914560 bytes/);
});

test('invalid UTF-8 is decoded as a single-byte charset with a warning', async () => {
  const f = join(tmp, 'latin.txt');
  writeFileSync(f, Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(' on the square of Ravel reopened on Monday after the floods.\n')]));
  const [d] = docs(await collect([f]));
  assert.match(d!.body, /café/);
  assert.ok(d!.warnings.some((w) => w.code === 'invalid-utf8'));
});

test('a windows-1251 page decodes to Cyrillic (declared in <meta charset>, and undeclared)', async () => {
  const text = 'Городской совет Велгорода утвердил новый бюджет на следующий год.';
  const declared = join(tmp, 'cp1251.html');
  writeFileSync(declared, iconv.encode(`<html><head><meta charset="windows-1251"><title>Бюджет</title></head><body><p>${text}</p></body></html>`, 'win1251'));
  const undeclared = join(tmp, 'cp1251.txt');
  writeFileSync(undeclared, iconv.encode(text, 'win1251'));
  const ds = docs(await collect([declared, undeclared]));
  assert.ok(ds[0]!.body.includes(text));
  assert.equal(ds[1]!.body, text);
  const x = extractArticle(ds[0]!, loadRegistry());
  assert.ok('article' in x && x.article.text.includes(text) && x.article.language === 'ru');
});

test('a BOM wins over everything', async () => {
  const f = join(tmp, 'bom.txt');
  writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich trams run again after the strike ended on Sunday.')]));
  const [d] = docs(await collect([f]));
  assert.ok(d!.body.startsWith('Zürich'));
});

test('content wins over a lying extension', async () => {
  const f = join(tmp, 'page.txt');
  writeFileSync(f, '<!DOCTYPE html><html><head><title>Hidden page</title></head><body><p>Text.</p></body></html>');
  const g = join(tmp, 'list.json');
  writeFileSync(g, '{"title":"a","text":"first"}\n{"title":"b","text":"second"}\n');
  const [d] = docs(await collect([f]));
  assert.equal(d!.kind, 'html');
  assert.equal(docs(await collect([g])).length, 2);
});

test('directories are walked recursively, hidden files skipped', async () => {
  const ds = docs(await collect([`${FIX}/mixed`]));
  assert.ok(ds.some((d) => d.input.includes('/sub/repost.txt')));
  assert.equal(ds.length, 9);
});

test('stdin ("-") is read and sniffed', async () => {
  const stdin = Readable.from([Buffer.from('{"title":"From a pipe","text":"Piped text about the Ostbrook library."}')]);
  const [d] = docs(await collect(['-'], { stdin }));
  assert.equal(d!.input, '-');
  assert.equal(d!.fields.title, 'From a pipe');
});

test('private, loopback and link-local addresses are recognised', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.5', '172.16.0.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) assert.equal(isPrivateAddress(a), true, a);
  for (const a of ['8.8.8.8', '2a00:1450:4001:80b::200e']) assert.equal(isPrivateAddress(a), false, a);
});

test('URLs: loopback refused by default; allowed with allowPrivate; redirects limited; size capped', async () => {
  const server: Server = createServer((req, res) => {
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(readFileSync(`${FIX}/mixed/wire.rss`));
    if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(iconv.encode('<html><head><title>Местные новости</title></head><body><p>Мост через реку открыт после ремонта.</p></body></html>', 'win1251'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const base = `http://127.0.0.1:${port}`;
    const named = `http://localhost:${port}/page`;
    const refused = rejections(await collect([`${base}/page`, named]));
    assert.equal(refused.length, 2);
    assert.match(refused[0]!.reason, /non-public/);
    assert.match(refused[1]!.reason, /non-public/); // the resolved address is checked, not the name
    const [d] = docs(await collect([`${base}/page`], { allowPrivate: true }));
    assert.match(d!.body, /Мост через реку/); // charset from the HTTP header
    assert.equal(d!.fields.url, `${base}/page`);
    const feed = docs(await collect([`${base}/feed`], { allowPrivate: true }));
    assert.deepEqual(feed.map((x) => x.input), [`${base}/feed#item-1`, `${base}/feed#item-2`]);
    assert.equal(feed[0]!.kind, 'feed');
    const [loop] = rejections(await collect([`${base}/loop`], { allowPrivate: true }));
    assert.match(loop!.reason, /too many redirects/);
    const [big] = rejections(await collect([`${base}/big`], { allowPrivate: true, maxBytes: 1000 }));
    assert.match(big!.reason, /too large/);
  } finally {
    server.close();
  }
});
