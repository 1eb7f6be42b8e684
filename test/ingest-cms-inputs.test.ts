// Inputs as real users have them: CMS/API exports with other field names, Atom XHTML content,
// markup in feed titles, a page title with the site's name, a date only in a <time> element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Article } from '../src/types.ts';
import { readInputs, type ReadResult } from '../src/ingest/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { pickFields } from '../src/ingest/fields.ts';

const FIX = 'test/fixtures/ingest/cms';
const registry = loadRegistry();

async function articles(input: string): Promise<{ arts: Article[]; rejected: string[] }> {
  const arts: Article[] = [];
  const rejected: string[] = [];
  for await (const r of readInputs([input]) as AsyncGenerator<ReadResult>) {
    if ('rejection' in r) {
      rejected.push(`${r.rejection.input}: ${r.rejection.reason}`);
      continue;
    }
    const e = extractArticle(r.doc, registry);
    if ('article' in e) arts.push(e.article);
    else rejected.push(`${e.rejection.input}: ${e.rejection.reason}`);
  }
  return { arts, rejected };
}

test('JSON export with headline/body/pubDate/publisher/link and WordPress {rendered} fields is read', async () => {
  const { arts, rejected } = await articles(`${FIX}/export-aliases.json`);
  assert.deepEqual(rejected, []);
  const [a, b] = arts;
  assert.equal(a!.title, 'Tram line to Oskeby opens a year late');
  assert.ok(a!.text.startsWith('The new tram line') && a!.text.includes('eight thousand passengers'));
  assert.equal(a!.outlet?.name, 'Oskeby Tidings');
  assert.equal(a!.published?.start, '2023-08-12');
  assert.equal(a!.url, 'https://oskebytidings.example/tram-opens');
  // HTML in a text-like field is read as HTML: no tags in the text
  assert.equal(b!.title, 'Harbour crane collapses in storm');
  assert.ok(!/<\/?p>/.test(b!.text), b!.text);
  assert.ok(b!.text.includes('Nobody was injured'));
  assert.equal(b!.outlet?.name, 'Lunmark Post');
  assert.equal(b!.published?.start, '2023-09-05');
});

test('JSONL with description/published_at/site_name/permalink is read', async () => {
  const { arts, rejected } = await articles(`${FIX}/export-aliases.jsonl`);
  assert.deepEqual(rejected, []);
  assert.equal(arts[0]!.title, 'Village school gets new roof');
  assert.equal(arts[0]!.outlet?.name, 'Brevik Bulletin');
  assert.equal(arts[0]!.published?.start, '2024-05-06');
  assert.equal(arts[0]!.url, 'https://brevikbulletin.example/school-roof');
});

test('the most specific spelling wins whatever the key order; unknown keys stay ignored', () => {
  const f = pickFields({ summary: 'short teaser', body: 'the full story', source_url: 'https://x.example/a', Headline: 'H' });
  assert.equal(f.text, 'the full story');
  assert.equal(f.title, 'H');
  assert.equal(f.url, undefined);
});

test('Atom type="xhtml" summary becomes the text; markup in a feed title is removed', async () => {
  const { arts, rejected } = await articles(`${FIX}/feed-xhtml.atom`);
  assert.deepEqual(rejected, []);
  const [a] = arts;
  assert.equal(a!.title, 'Council rejects parking fees');
  assert.ok(a!.text.includes('rejected a plan for parking fees'), a!.text);
  assert.ok(a!.text.includes('retail park outside town'), a!.text);
  assert.ok(!/<|xmlns/.test(a!.text), a!.text);
});

test('a page dated only by a <time datetime> in the story gets that date, not a sidebar one', async () => {
  const { arts } = await articles(`${FIX}/page-time-only.html`);
  assert.equal(arts[0]!.published?.start, '2022-10-03');
  assert.equal(arts[0]!.published?.precision, 'day');
});

test('a <title> suffix naming the site (og:site_name) is not part of the headline', async () => {
  const { arts } = await articles(`${FIX}/page-site-suffix.html`);
  assert.equal(arts[0]!.title, 'Wind farm approved off the Caldera coast');
  assert.equal(arts[0]!.outlet?.name, 'The Morning Lantern');
  assert.equal(arts[0]!.author, 'Mira Solberg', 'author from rel="author" when no meta names one');
  assert.ok(arts[0]!.text.startsWith('Planning officials'), 'the "by" left of the byline is not text');
});

test('Markdown: heading marks, emphasis and link targets are not text; "By Name — date" gives author and date', async () => {
  const { arts, rejected } = await articles(`${FIX}/council-note.md`);
  assert.deepEqual(rejected, []);
  const a = arts[0]!;
  assert.equal(a.title, 'Council votes to close Quay Street to cars');
  assert.equal(a.outlet?.name, 'Elmsford Echo');
  assert.ok(a.text.includes('voted on Wednesday to close Quay Street to cars'), a.text);
  assert.ok(!/[#*>]|\]\(|https?:/.test(a.text), a.text);
  assert.ok(a.text.includes('villages_nearby'), 'underscores inside words are not emphasis');
  assert.equal(a.author, 'Hana Virt');
  assert.equal(a.published?.start, '2024-03-14');
  assert.ok(!a.text.includes('Hana Virt'));
});

test('live blog: short updates Readability drops are kept in page order; comments stay out', async () => {
  const { arts } = await articles(`${FIX}/live-blog.html`);
  const t = arts[0]!.text;
  const order = ['Water restrictions extended', 'reservoir levels', 'Record temperature', 'Parks open late', 'until midnight', 'Trains slowed', 'rails buckling'].map((s) => t.indexOf(s));
  assert.ok(order.every((i) => i >= 0), t);
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'page order kept');
  assert.ok(!/neighbours|golf course|planted more trees/.test(t), t);
});

test('JSON-LD @graph: publisher and author given as {"@id"} references are resolved by name', async () => {
  const { arts } = await articles(`${FIX}/graph-publisher.html`);
  assert.equal(arts[0]!.outlet?.name, 'Harbor Daily');
  assert.equal(arts[0]!.author, 'Ada Brin');
});

test('a page declaring iso-8859-1 is decoded as windows-1252 (browsers do): curly quotes and dashes survive', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cms-'));
  try {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf\u00e9 owners protest \u2013 Le Petit Veilleur</title></head><body><article>
<p>Caf\u00e9 owners in Saint-Aubert protested on Monday against \u201cunfair\u201d rules that limit terrace seating to eight tables \u2013 a change they say will cost them the summer trade.</p>
<p>The mayor\u2019s office said the rules were needed to keep pavements clear for pedestrians and wheelchair users in the narrow streets of the old quarter.</p></article></body></html>`;
    writeFileSync(join(dir, 'page.html'), iconv.encode(html, 'windows-1252'));
    // UTF-8 bytes under a Latin-1 label are read as UTF-8, not turned into mojibake
    writeFileSync(join(dir, 'mislabelled.html'), Buffer.from(html.replace('Saint-Aubert', 'Saint-Aub\u00e9rt'), 'utf8'));
    const { arts } = await articles(dir);
    const page = arts.find((a) => a.input.endsWith('page.html'))!;
    assert.ok(page.text.includes('against \u201cunfair\u201d rules'), page.text);
    assert.ok(page.text.includes('tables \u2013 a change'), page.text);
    assert.ok(page.text.includes('mayor\u2019s office'), page.text);
    const mis = arts.find((a) => a.input.endsWith('mislabelled.html'))!;
    assert.ok(mis.text.includes('Saint-Aub\u00e9rt') && mis.text.includes('\u201cunfair\u201d'), mis.text);
    assert.ok(mis.warnings.some((w) => w.code === 'charset-mismatch'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
