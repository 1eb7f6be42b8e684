// The date of a page's last change is read from every place pages declare it, and never taken for
// the publication date; a page that only says when it was changed keeps no publication date and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, RawDocument } from '../src/types.ts';
import { extractHtmlPage } from '../src/extract/html.ts';
import { modifiedDate } from '../src/extract/publication-date.ts';
import { page } from './fixtures/extract/page.ts';

const modifiedOf = (html: string): string | null => modifiedDate({ fields: {}, ...extractHtmlPage(html) });

const BODY = `<p>The regional orchestra of Dunmere will play its last concert in the old hall on Saturday before the building closes for two years of repairs to the roof and the stage.</p>
<p>Rehearsals move to a former school gym in the harbour district, and the season's concerts will be held in the cathedral, the orchestra's manager Pell Arvik said.</p>
<p>The city has set aside eleven million for the works, which include a new heating system and lifts to the balcony seats.</p>`;
const html = (head: string, body = `<article>${BODY}</article>`) => `<!doctype html><html lang="en"><head><title>Dunmere orchestra leaves its hall</title>${head}</head><body>${body}</body></html>`;

test('a page with only a modification date keeps no publication date and says so', () => {
  const src = readFileSync('test/fixtures/extract/modified-only.html', 'utf8');
  const a = page(src);
  // the <time itemprop="dateModified"> in the article is not the publication time
  assert.equal(a.published, null);
  const w = a.warnings.find((x) => x.code === 'only-modified-date');
  assert.ok(w);
  assert.match(w.message, /only a modification date was found/);
  assert.equal(modifiedOf(src), '2023-11-02T13:20:00Z');
});

test('every way pages declare the last change is read; the publication date stays the published one', () => {
  const cases: [string, string, string][] = [
    ['<meta property="article:published_time" content="2022-09-01T10:00:00Z"><meta property="article:modified_time" content="2022-09-03T18:30:00Z">', `<article>${BODY}</article>`, '2022-09-03T18:30:00Z'],
    ['<meta property="article:published_time" content="2022-09-01T10:00:00Z"><meta property="og:updated_time" content="2022-09-04T07:00:00+02:00">', `<article>${BODY}</article>`, '2022-09-04T05:00:00Z'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2022-09-01","dateModified":"2022-09-05"}</script>', `<article>${BODY}</article>`, '2022-09-05'],
    ['<meta itemprop="datePublished" content="2022-09-01"><meta itemprop="dateModified" content="2022-09-06T12:00:00">', `<article>${BODY}</article>`, '2022-09-06T12:00:00'],
    // the "Updated" stamp comes first in the article: it is the modification, the next one the publication
    ['', `<article><p class="meta"><span class="date-updated">Updated <time datetime="2022-09-07T09:00:00Z">7 Sep</time></span> <time datetime="2022-09-01T10:00:00Z">1 Sep</time></p>${BODY}</article>`, '2022-09-07T09:00:00Z'],
    ['', `<article><p class="meta"><time itemprop="dateModified" datetime="2022-09-08">8 Sep</time> <time class="published" datetime="2022-09-01">1 Sep</time></p>${BODY}</article>`, '2022-09-08'],
  ];
  for (const [head, body, modified] of cases) {
    const src = html(head, body);
    const a = page(src);
    assert.equal(a.published?.start, '2022-09-01', head || body.slice(0, 120));
    assert.equal(modifiedOf(src), modified, head || body.slice(0, 120));
    assert.ok(!a.warnings.some((w) => w.code === 'only-modified-date'));
  }
});

test('WordPress marks a never-edited post\'s one stamp "published updated": it is the publication', () => {
  const a = page(html('', `<article><p class="posted-on"><time class="entry-date published updated" datetime="2021-04-12T08:00:00+00:00">12 April 2021</time></p>${BODY}</article>`));
  assert.equal(a.published?.start, '2021-04-12');
});
