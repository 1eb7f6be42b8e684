// A quote variant cites and highlights the quoted words themselves, not the whole sentence the
// quote starts in: markdown shows the quote's own offsets, HTML links to a span holding exactly
// the quoted words, nested inside the sentence span other citations still target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { renderBrief } from '../src/report/index.ts';
import { markupSpans } from '../src/report/spans-markup.ts';
import { fixtureEvent, fixtureItems } from './fixtures/brief/event.ts';

const items = fixtureItems();
const brief = await buildBrief(fixtureEvent(items), items, { embed: false });
const texts = new Map(items.map((it) => [it.article.id, it.article]));
const variants = brief.quotes.flatMap((s) => s.groups.flatMap((g) => g.variants));
// a variant whose quote is only part of its sentence: the case the sentence span got wrong
const partial = variants.filter((v) => v.quote_start > v.citation.start || v.quote_end < v.citation.end);

test('the fixture has quotes that are only part of their sentence', () => {
  assert.ok(partial.length >= 1);
});

test('markdown cites a quote variant by the quoted words’ offsets', () => {
  const md = renderBrief(brief, 'md', texts);
  for (const v of partial) {
    assert.ok(md.includes(`${v.citation.article_id} ${v.quote_start}–${v.quote_end}]`), `quote offsets ${v.quote_start}–${v.quote_end} shown`);
    const line = md.split('\n').find((l) => l.includes(`: “`) && l.includes(`${v.quote_start}–${v.quote_end}`));
    assert.ok(line && !line.includes(`${v.citation.start}–${v.citation.end}]`), 'not the sentence span');
  }
});

test('HTML links a quote variant to a span holding exactly its words', () => {
  const html = renderBrief(brief, 'html', texts);
  for (const v of partial) {
    const text = texts.get(v.citation.article_id)!.text;
    const words = text.slice(v.quote_start, v.quote_end).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const ids = [...html.matchAll(/href="#(a\d+-q\d+-\d+)"/g)].map((m) => m[1]!);
    // a quote running past its sentence is cut there: its pieces read together are the quoted words
    const spans = ids.map((id) => {
      const first = html.match(new RegExp(`<span class="quote[^"]*" id="${id}">([^<]*)</span>`))?.[1] ?? '';
      const rest = [...html.matchAll(new RegExp(`<span class="quote p-${id}">([^<]*)</span>`, 'g'))].map((m) => m[1]).join('');
      return first + rest;
    });
    assert.ok(spans.some((x) => x.replace(/\s+/g, ' ') === words.replace(/\s+/g, ' ')), `a quote span holds “${words.slice(0, 40)}…”`);
  }
  assert.match(html, /\.quote:target/);
});

test('spans crossing one another are split, the first piece keeping the id', () => {
  const text = 'One two. "Three four. Five" six.';
  // sentence 1 = [0, 8), sentence 2 = [9, 21), quote = [10, 26) runs on into sentence 3
  const out = markupSpans(text, [
    { start: 0, end: 8, id: 's0', cls: 'sent' },
    { start: 9, end: 21, id: 's1', cls: 'sent' },
    { start: 22, end: 32, id: 's2', cls: 'sent' },
    { start: 10, end: 26, id: 'q', cls: 'quote', rank: 1 },
  ]);
  assert.equal(out.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"'), text, 'text unchanged');
  assert.equal(out.match(/<span/g)!.length, out.match(/<\/span>/g)!.length);
  assert.match(out, /<span class="sent" id="s1">&quot;<span class="quote p-q" id="q">Three four\.<\/span><\/span>/);
  assert.match(out, /<span class="sent" id="s2"><span class="quote p-q">Five<\/span>&quot; six\.<\/span>/, 'the sentence stays whole');
  assert.equal(out.match(/id="q"/g)!.length, 1, 'one target');
  // every piece carries the part-of class a stylesheet lights up together; unsplit spans do not
  assert.equal(out.match(/p-q\b/g)!.length, 3);
  assert.ok(!/p-s\d/.test(out));
});
