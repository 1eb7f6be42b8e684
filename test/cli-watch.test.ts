// `parallax watch`: each round re-reads the inputs, stores what is new and prints the events that
// appeared or grew (an event that gains an article is matched to what it was); a round with
// nothing new changes nothing. Durations and round counts are checked as usage errors.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseInterval } from '../src/cli/commands/watch.ts';
import { eventChanges } from '../src/pipeline/watch.ts';
import type { Event } from '../src/types.ts';

const bin = join(import.meta.dirname, '..', 'bin', 'parallax.mjs');

const DAM_1 = [
  'The spillway of the Kessel dam in northern Varnia gave way on Tuesday night, flooding three villages downstream, the regional governor Mara Lind said.',
  'Rescue teams evacuated about 2,000 people from Osk, Brell and Tamsin before the water reached the main road, and no deaths were reported.',
  'Lind said engineers had warned in March that the spillway gates were corroded and that repairs had been postponed twice for lack of money.',
].join(' ');
const DAM_2 = [
  'The spillway of the Kessel dam collapsed late on Tuesday, sending floodwater over the villages of Osk and Brell in northern Varnia.',
  'Governor Mara Lind said about 2,000 residents had been moved to schools in the regional capital and that the army was reinforcing the banks.',
  'Engineers had flagged corroded gates at the Kessel dam in March, Lind told reporters, adding that the repairs had been delayed twice.',
].join(' ');
const STRIKE = [
  'Train drivers at Orlen Rail began a 48-hour strike on Friday over pay, cancelling most services between Harlow and the coast, the union said.',
  'The company said it had offered a 4% rise and called the walkout disproportionate, while union leader Piet Haas said drivers wanted 7%.',
  'Talks are due to resume on Monday at the offices of the national mediator in Harlow, both sides said.',
].join(' ');

const item = (title: string, link: string, date: string, text: string) =>
  `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><content:encoded><![CDATA[<p>${text}</p>]]></content:encoded></item>`;
const feed = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Varnia Wire</title>${items.join('')}</channel></rss>`;

test('watch: rounds report new events, events that grew, and nothing when nothing is new', async () => {
  let requests = 0;
  const statuses: number[] = [];
  const first = item('Kessel dam spillway fails, villages flooded', 'https://varnia-wire.example/dam', 'Wed, 11 Jun 2025 06:10:00 GMT', DAM_1);
  const later = [first, item('Floodwater covers villages after Kessel dam collapse', 'https://varnia-wire.example/dam-2', 'Wed, 11 Jun 2025 11:40:00 GMT', DAM_2), item('Orlen Rail drivers strike over pay', 'https://varnia-wire.example/strike', 'Fri, 20 Jun 2025 08:00:00 GMT', STRIKE)];
  // the feed changes once; the server honours conditional requests by ETag
  const server: Server = createServer((req, res) => {
    requests++;
    const etag = requests === 1 ? '"v1"' : '"v2"';
    const status = req.headers['if-none-match'] === etag ? 304 : 200;
    statuses.push(status);
    if (status === 304) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feed(requests === 1 ? [first] : later));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.rss`;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-'));
  try {
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, '--db', join(dir, 'w.db'), 'watch', url, '--every', '0s', '--rounds', '3', '--json', '--allow-private'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += String(d)));
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.once('exit', (code) => resolve({ code, stdout, stderr }));
    });
    assert.equal(out.code, 0, out.stderr);
    const rounds = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { round: number; ingested: number; duplicates: number; changes: { kind: string; event_id: string; was?: string; title: string; articles: number; added: string[] }[] });
    assert.equal(rounds.length, 3);
    assert.equal(requests, 3, 'the feed is read once a round');

    const [r1, r2, r3] = rounds;
    assert.equal(r1!.ingested, 1);
    assert.deepEqual(r1!.changes.map((c) => c.kind), ['new']);
    const dam = r1!.changes[0]!;

    assert.equal(r2!.ingested, 2);
    assert.equal(r2!.duplicates, 1, 'the first item again');
    const updated = r2!.changes.find((c) => c.kind === 'updated');
    assert.ok(updated, JSON.stringify(r2!.changes));
    assert.equal(updated.was, dam.event_id, 'the dam event grew');
    assert.equal(updated.articles, 2);
    assert.equal(updated.added.length, 1);
    const fresh = r2!.changes.filter((c) => c.kind === 'new');
    assert.equal(fresh.length, 1);
    assert.match(fresh[0]!.title, /Orlen Rail|strike/i);

    assert.equal(r3!.ingested, 0);
    assert.equal(r3!.duplicates, 0, 'not read again: the server said 304');
    assert.deepEqual(r3!.changes, []);
    assert.deepEqual(statuses, [200, 200, 304], 'round 2 sent the v1 ETag and got the changed feed; round 3 got Not Modified');
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eventChanges: an event untouched by the round is not listed; a merged one names its larger part', () => {
  const ev = (id: string, ids: string[]): Event => ({ id, title: id, date: { start: '2025-06-11', end: '2025-06-11', precision: 'day', label: '2025-06-11', evidence: [] } as unknown as Event['date'], article_ids: ids, entity_ids: [], storyline_id: null });
  const before = [ev('ev-a', ['a1', 'a2']), ev('ev-b', ['b1']), ev('ev-c', ['c1'])];
  const after = [ev('ev-ab', ['a1', 'a2', 'b1', 'n1']), ev('ev-c', ['c1']), ev('ev-n', ['n2'])];
  const changes = eventChanges(before, after, new Set(['n1', 'n2']));
  assert.deepEqual(
    changes.map((c) => [c.kind, c.event_id, c.was ?? null, c.added]),
    [
      ['updated', 'ev-ab', 'ev-a', ['n1']],
      ['new', 'ev-n', null, ['n2']],
    ],
  );
});

test('watch: a bad duration or round count is a usage error', () => {
  assert.equal(parseInterval('15m'), 900_000);
  assert.equal(parseInterval('90'), 90_000);
  assert.equal(parseInterval('1.5h'), 5_400_000);
  const bad = spawnSync(process.execPath, [bin, '--db', ':memory:', 'watch', 'x.rss', '--every', 'soon'], { encoding: 'utf8', timeout: 30000 });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--every must be a duration like 30s, 15m or 1h, got "soon"/);
  const zero = spawnSync(process.execPath, [bin, '--db', ':memory:', 'watch', 'x.rss', '--rounds', '0'], { encoding: 'utf8', timeout: 30000 });
  assert.equal(zero.status, 2);
  assert.match(zero.stderr, /--rounds must be a whole number from 1/);
});
