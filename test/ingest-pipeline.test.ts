// Integration: a directory of mixed formats through read -> extract -> dedupe -> SQLite store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.ts';
import { ingest, tally } from '../src/pipeline/ingest.ts';

const FIX = 'test/fixtures/ingest';

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  process.on('exit', () => rmSync(d, { recursive: true, force: true }));
  return d;
}

test('mixed fixture dir: counts, outlets, dates, dedupe, and re-ingesting adds nothing', async () => {
  const dir = tmp();
  const store = openStore(join(dir, 'p.db'));
  try {
    const r = await ingest(store, [`${FIX}/mixed`]);
    assert.equal(r.rejected.length, 0, JSON.stringify(r.rejected));
    // copy-of-library.json repeats a JSONL item (BBC) word for word under another outlet's name
    // (Ostbrook Daily): a syndicated copy, stored and marked like the near copy
    assert.equal(r.ingested, 9);
    assert.equal(r.duplicates, 0);
    assert.equal(r.nearDuplicates, 2);
    assert.equal(tally(r), 'ingested 9 (2 near or syndicated copies of earlier articles, marked duplicate_of), duplicates 0, rejected 0');
    const all = store.articles();
    assert.equal(all.length, 9);
    const by = (s: string) => all.find((a) => a.input.endsWith(s))!;

    assert.equal(by('agencies.jsonl:1').id, 'wire-001'); // input id kept
    assert.equal(by('agencies.jsonl:1').outlet?.id, 'reuters');
    assert.equal(by('agencies.jsonl:2').outlet?.id, 'tass'); // "outlet_hint" is not a known field
    assert.equal(by('agencies.jsonl:2').published?.precision, 'month-day');
    assert.equal(by('agencies.jsonl:4').outlet?.id, 'bbc');
    assert.equal(by('dockers.html').outlet?.name, 'Northern Courier');
    assert.equal(by('dockers.html').published?.start, '2023-06-12');
    assert.ok(!by('dockers.html').text.includes('Subscribe'));
    assert.equal(by('wire.rss#item-2').url, 'https://meridianwire.example/2023/cherries');
    assert.equal(by('harbor-storm.txt').outlet?.name, 'The Harbor Ledger');
    assert.equal(by('repost.txt').duplicate_of, by('harbor-storm.txt').id);
    assert.equal(by('harbor-storm.txt').duplicate_of, null);
    assert.ok(all.every((a) => a.language === 'en'));
    assert.equal(by('copy-of-library.json').duplicate_of, by('agencies.jsonl:4').id);
    assert.ok(by('copy-of-library.json').warnings.some((w) => w.code === 'syndicated-copy'));

    const again = await ingest(store, [`${FIX}/mixed`]);
    assert.deepEqual([again.ingested, again.duplicates, again.rejected.length], [0, 9, 0]);
    assert.equal(store.articles().length, 9);
  } finally {
    store.close();
  }
});

test('bad inputs are rejected one by one; the good items around them are stored', async () => {
  const dir = tmp();
  const store = openStore(join(dir, 'p.db'));
  try {
    const bin = join(dir, 'nul.html');
    writeFileSync(bin, Buffer.from('<html>\u0000\u0000\u0000</html>'));
    const r = await ingest(store, [`${FIX}/bad`, bin, join(dir, 'nope.txt')]);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.input.replace(/^.*\//, ''), x.reason]));
    assert.match(reasons['bad-lines.jsonl:2']!, /malformed JSON line/);
    assert.match(reasons['empty.txt']!, /empty/);
    assert.match(reasons['notes.xyz']!, /unsupported/);
    assert.match(reasons['nul.html']!, /binary/);
    assert.match(reasons['nope.txt']!, /no such file/);
    const inputs = store.articles().map((a) => a.input.replace(/^.*\//, '')).sort();
    assert.deepEqual(inputs, ['bad-lines.jsonl:1', 'bad-lines.jsonl:3', 'bomb.rss#item-1', 'broken.html']);
    assert.ok(store.articles().every((a) => a.text.length > 50));
  } finally {
    store.close();
  }
});

test('a near copy published earlier becomes the original; later copies point to it', async () => {
  const dir = tmp();
  const store = openStore(join(dir, 'p.db'));
  try {
    const text = 'The Quenby harbour authority said night ferries to the outer islands would resume on the first of next month after a six-month pause for repairs to the main quay. Tickets go on sale on Friday, and fares will rise by about five percent, the authority said in a statement.';
    const late = join(dir, 'late.json');
    writeFileSync(late, JSON.stringify({ id: 'late', text, published: '2020-05-09' }));
    await ingest(store, [late]);
    const early = join(dir, 'early.json');
    writeFileSync(early, JSON.stringify({ id: 'early', text: text.replace('said night', 'announced that night'), published: '2020-05-08' }));
    const r = await ingest(store, [early]);
    assert.equal(r.nearDuplicates, 1);
    assert.equal(store.article('early')!.duplicate_of, null);
    assert.equal(store.article('late')!.duplicate_of, 'early');
  } finally {
    store.close();
  }
});

test('a near copy declared weeks later is news of its own (a reused template), not marked a copy', async () => {
  const dir = tmp();
  const store = openStore(join(dir, 't.db'));
  try {
    const march = 'The Quenby central bank raised its main interest rate by a quarter point to 4.5% on Thursday, its third rise this year, citing stubborn inflation in food and energy prices. Governor Ilse Marr said the bank was ready to act again if prices did not ease over the summer.';
    const april = march.replace('to 4.5%', 'to 4.75%').replace('third', 'fourth');
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ id: 'march', text: march, published: '2025-03-13' }));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'april', text: april, published: '2025-04-10' }));
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ id: 'rerun', text: march.replace('on Thursday', 'on Thursday afternoon'), published: '2025-03-14' }));
    const r = await ingest(store, [join(dir, 'm.json'), join(dir, 'a.json'), join(dir, 'r.json')]);
    assert.equal(r.ingested, 3);
    assert.equal(store.article('april')!.duplicate_of, null, 'four weeks later: its own article');
    assert.equal(store.article('rerun')!.duplicate_of, 'march', 'a day later: a re-run');
    assert.equal(r.nearDuplicates, 1);
  } finally {
    store.close();
  }
});

test('same content under two file names is stored once', async () => {
  const dir = tmp();
  cpSync(`${FIX}/mixed/harbor-storm.txt`, join(dir, 'a.txt'));
  cpSync(`${FIX}/mixed/harbor-storm.txt`, join(dir, 'b.txt'));
  const store = openStore(':memory:');
  try {
    const r = await ingest(store, [dir]);
    assert.deepEqual([r.ingested, r.duplicates], [1, 1]);
  } finally {
    store.close();
  }
});

test('the earliest copy by publication time is the original even when read later; same day without times keeps read order', async () => {
  const dir = tmp();
  const store = openStore(':memory:');
  try {
    const text = 'Some 900 cannery workers walked out at the port of Quenby on Monday, halting fish exports in a dispute over pay and night shifts. The union wants an 8% rise over two years; the employers offered 4% and said the plant could not afford more this season.';
    const rewrite = text.replace('walked out at', 'went on strike at').replace('said the plant', 'argued the plant');
    // a feed read first, published in the afternoon (RFC 2822), and the wire story from the morning (ISO with zone)
    writeFileSync(join(dir, 'a-feed.json'), JSON.stringify({ id: 'feed', text: rewrite, published: 'Mon, 14 Oct 2030 16:45:00 GMT' }));
    writeFileSync(join(dir, 'b-wire.json'), JSON.stringify({ id: 'wire', text, published: '2030-10-14T15:20:00+02:00' }));
    // same day, no time of day: nothing to tell them apart, so the one read first stays the original
    writeFileSync(join(dir, 'c-blog.json'), JSON.stringify({ id: 'blog', text: text.replace('Some 900', 'About 900'), published: '2030-10-14' }));
    const r = await ingest(store, [dir]);
    assert.equal(r.nearDuplicates, 2);
    assert.equal(store.article('wire')!.duplicate_of, null);
    assert.equal(store.article('feed')!.duplicate_of, 'wire');
    assert.equal(store.article('blog')!.duplicate_of, 'wire');
    assert.equal(store.article('wire')!.published?.timestamp, '2030-10-14T13:20:00Z');
  } finally {
    store.close();
  }
});

test('an exact copy carried by another outlet is stored as a syndicated copy; the same copy again, or the same outlet again, is not', async () => {
  const dir = tmp();
  const text = 'Harbour cranes at Velmstad stood still on Monday as 800 crane operators walked out over pay.\n\nThe port authority said talks would resume on Thursday.';
  const doc = (outlet: string) => `---\ntitle: Velmstad crane operators strike\noutlet: ${outlet}\n---\n${text}\n`;
  writeFileSync(join(dir, 'wire.txt'), doc('Harbour Wire'));
  writeFileSync(join(dir, 'gazette.txt'), doc('Velmstad Gazette'));
  writeFileSync(join(dir, 'wire-again.txt'), doc('Harbour Wire'));
  const store = openStore(join(dir, 'p.db'));
  try {
    const r = await ingest(store, [join(dir, 'wire.txt'), join(dir, 'gazette.txt'), join(dir, 'wire-again.txt')]);
    assert.equal(r.ingested, 2);
    assert.equal(r.duplicates, 1, 'the wire story twice from the wire is one article');
    const all = store.articles();
    const wire = all.find((a) => a.outlet?.name === 'Harbour Wire')!;
    const gazette = all.find((a) => a.outlet?.name === 'Velmstad Gazette')!;
    assert.notEqual(gazette.id, wire.id);
    assert.equal(gazette.duplicate_of, wire.id);
    assert.ok(gazette.warnings.some((w) => w.code === 'syndicated-copy' && w.message.includes(wire.id)));
    const again = await ingest(store, [join(dir, 'gazette.txt')]);
    assert.equal(again.ingested, 0);
    assert.equal(again.duplicates, 1, 're-ingesting the copy stores nothing');
    assert.equal(store.articles().length, 2);
  } finally {
    store.close();
  }
});
