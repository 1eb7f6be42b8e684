// Report writers: self-contained HTML with escaped article text and working citation anchors;
// markdown and JSON forms of the same brief.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrief } from '../src/brief/index.ts';
import { renderBrief, writeReport, type Report } from '../src/report/index.ts';
import { fixtureEvent, fixtureItems } from './fixtures/brief/event.ts';

const items = fixtureItems();
const event = fixtureEvent(items);
const brief = await buildBrief(event, items, { embed: false });
const texts = new Map(items.map((it) => [it.article.id, it.article]));
const report: Report = {
  articles: items.map((it) => ({ id: it.article.id, title: it.article.title, outlet: it.article.outlet })),
  events: [{ ...event, brief }],
  storylines: [],
  rejected: [{ input: 'bad<file>.txt', reason: 'empty' }],
};

test('article text is escaped, never markup', () => {
  const html = renderBrief(brief, 'html', texts, 'Kalvaro <talks>');
  assert.ok(!html.includes('<script>'), 'no raw script tag');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('Kalvaro &lt;talks&gt;'));
});

test('no external resources', () => {
  const html = renderBrief(brief, 'html', texts);
  assert.ok(!/<(script|link|img|iframe)\b/i.test(html));
  assert.ok(!/(src|href)="(https?:)?\/\//i.test(html));
});

test('every citation link targets a highlighted sentence span holding that sentence', () => {
  const html = renderBrief(brief, 'html', texts);
  const targets = [...html.matchAll(/href="#(a\d+-s\d+)"/g)].map((m) => m[1]!);
  assert.ok(targets.length > 10);
  // quoted words inside a sentence are a span of their own: read the sentence without them
  const plain = html.replace(/<span class="quote[^"]*"(?: id="[^"]*")?>([^<]*)<\/span>/g, '$1');
  for (const id of new Set(targets)) {
    const m = plain.match(new RegExp(`<span class="sent" id="${id}">([^<]*)</span>`));
    assert.ok(m, `span ${id} exists`);
  }
  const s = brief.summary[0]!;
  const c = s.citations[0]!;
  const escaped = s.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  assert.ok(plain.includes(`">${escaped}</span>`), 'the span holds the cited sentence');
  assert.ok(html.includes(':target'), 'highlight on jump');
  assert.ok(c.end > c.start);
});

test('writeReport writes report.json, report.md and report.html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-report-'));
  try {
    const { files } = writeReport(join(dir, 'out'), report, texts);
    assert.deepEqual(files.map((f) => f.split('/').pop()), ['report.json', 'report.md', 'report.html']);
    const json = JSON.parse(readFileSync(files[0]!, 'utf8')) as Report;
    assert.equal(json.events[0]!.brief!.summary.length, brief.summary.length);
    const md = readFileSync(files[1]!, 'utf8');
    assert.match(md, /## Timeline/);
    assert.match(md, /Conflicts/);
    assert.match(md, /bad\\<file\\>\.txt/);
    const html = readFileSync(files[2]!, 'utf8');
    assert.match(html, /<ol class="timeline">/);
    assert.ok(!html.includes('<script>'));
    assert.ok(!html.includes('bad<file>'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json and markdown forms of a brief', () => {
  const json = JSON.parse(renderBrief(brief, 'json')) as typeof brief;
  assert.deepEqual(Object.keys(json).slice(0, 7), ['event_id', 'summary', 'facts', 'conflicts', 'quotes', 'framing', 'coverage']);
  const md = renderBrief(brief, 'md', texts);
  assert.match(md, /## Summary/);
  assert.match(md, /Northern Herald s\d+/);
  assert.ok(!md.includes('<script>'));
});

test('counts read as English: one rejected input, no storylines, plural articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-count-'));
  try {
    writeReport(dir, report, texts);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const n = report.articles.length;
    assert.ok(n > 1);
    assert.ok(md.includes(`${n} articles, 1 event, 0 storylines, 1 rejected input.`), md.slice(0, 200));
    assert.ok(html.includes(`${n} articles · 1 event · 0 storylines · 1 rejected input`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a brief with nothing to show under Framing says so, in markdown and HTML', () => {
  const bare = { ...brief, framing: { ...brief.framing, contrasts: [], outlets: brief.framing.outlets.map((f) => ({ ...f, terms: [], hedges: [], scare_quotes: [], unique_context: [] })) } };
  const md = renderBrief(bare, 'md', texts);
  assert.match(md, /Framing\n\n_\(no contrasting word choices, hedges or scare quotes found\)_/);
  const html = renderBrief(bare, 'html', texts);
  assert.match(html, /<h3>Framing<\/h3>\n<p class="muted">No contrasting word choices, hedges or scare quotes found\.<\/p>/);
  // the full brief shows its framing, not the note
  assert.doesNotMatch(renderBrief(brief, 'md', texts), /no contrasting word choices/);
});
