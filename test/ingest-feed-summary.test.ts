// Feed items that carry only a teaser (RSS description, Atom summary, JSON Feed summary) are
// flagged: the article text is probably incomplete. Full content (content:encoded, Atom content,
// a long full-text description) is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../src/types.ts';
import { readFeed, summaryWarning } from '../src/ingest/feed.ts';
import { readJson } from '../src/ingest/json.ts';

const docs = (it: Iterable<{ doc: RawDocument } | { rejection: unknown }>): RawDocument[] =>
  [...it].flatMap((r) => ('doc' in r ? [r.doc] : []));
const flagged = (d: RawDocument) => d.warnings.some((w) => w.code === 'summary-only');
const LONG = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the full story tells what the council decided about parking fees and why shop owners objected.`).join(' ');

test('RSS: description-only teasers are flagged, content:encoded and long descriptions are not', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Pellworth Gazette</title>
<item><title>A</title><link>https://p.example/a</link><description>The central library reopened on Monday.</description>
<content:encoded><![CDATA[<p>The central library reopened on Monday after a two-year renovation.</p>]]></content:encoded></item>
<item><title>B</title><link>https://p.example/b</link><description><![CDATA[The council postponed a vote on parking fees. <a href="https://p.example/b">Read more...</a>]]></description></item>
<item><title>C</title><link>https://p.example/c</link><description><![CDATA[<p>${LONG}</p>]]></description></item>
</channel></rss>`;
  const [a, b, c] = docs(readFeed('f.rss', rss));
  assert.equal(flagged(a!), false);
  assert.equal(flagged(b!), true);
  assert.equal(flagged(c!), false);
});

test('Atom summary without content, and a JSON Feed item with only a summary, are flagged', () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Glacier</title><link href="https://i.example/g"/><summary>The Holm glacier lost 40 metres this summer.</summary></entry>
<entry><title>Glacier 2</title><link href="https://i.example/h"/><summary>Short.</summary><content type="html">&lt;p&gt;The full story about the glacier.&lt;/p&gt;</content></entry></feed>`;
  const [s, full] = docs(readFeed('f.atom', atom));
  assert.equal(flagged(s!), true);
  assert.equal(flagged(full!), false);
  const jf = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Garrow Post', items: [
    { id: '1', title: 'Wind farm', summary: 'Planning officials approved a wind farm off the coast.' },
    { id: '2', title: 'Hospital', content_text: 'The regional hospital opened a new emergency wing on Friday.' },
  ] });
  const [j1, j2] = docs(readJson('f.json', jf));
  assert.equal(flagged(j1!), true);
  assert.equal(flagged(j2!), false);
});

test('a short story of several paragraphs in a description is a full text, a cut one is not', () => {
  assert.equal(summaryWarning('<p>The council approved the tram line on Monday.</p><p>Construction begins next spring, officials said.</p>'), null);
  assert.ok(summaryWarning('<p>The council approved the tram line on Monday.</p><p>Construction begins next spring [...]</p>'));
  assert.ok(summaryWarning('The council approved the tram line on Monday after a long debate.'));
});
