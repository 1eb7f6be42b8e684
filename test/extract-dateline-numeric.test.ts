// Datelines as plain-text exports and European outlets write them: a place in title case and a
// numeric date ("Kessingen, 12.03.2024 —"), or a capitalised place and a short numeric date
// ("KESSINGEN 3/12/24 -"). The date is the article's date: dotted dates are day first; a slashed
// one whose order nothing settles stays the span between both readings, never a guessed day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { findDateline } from '../src/extract/published.ts';

const registry = loadRegistry();
function art(body: string): Article {
  const raw: RawDocument = { input: 'mem', kind: 'text', body, fields: {}, warnings: [] };
  const r = extractArticle(raw, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}

const STORY = 'Firefighters battled a blaze at the Veltra Chemicals plant into the night, fire chief Tobias Renner said.';

test('a title-case place and a dotted date: the article is dated that day (day first)', () => {
  const a = art(`Kessingen, 12.03.2024 — ${STORY}`);
  assert.equal(a.published?.precision, 'day');
  assert.equal(a.published?.start, '2024-03-12');
  assert.equal(a.published?.evidence[0]?.rule, 'dateline');
  assert.equal(a.text.slice(a.published!.evidence[0]!.start, a.published!.evidence[0]!.end), '12.03.2024');
});

test('a capitalised place and a slashed two-digit-year date: the span of both readings', () => {
  const a = art(`KESSINGEN 3/12/24 - ${STORY}`);
  assert.equal(a.published?.precision, 'range');
  assert.equal(a.published?.start, '2024-03-12');
  assert.equal(a.published?.end, '2024-12-03');
  // an order that cannot be ambiguous is one day
  assert.equal(art(`KESSINGEN 25/3/24 - ${STORY}`).published?.start, '2024-03-25');
  assert.equal(art(`Bad Ems, 5 March 2024 – ${STORY}`).published?.start, '2024-03-05');
});

test('a weekday, a month or a clause before a date is no dateline place', () => {
  assert.equal(findDateline(`Monday, 12.03.2024 — ${STORY}`), null);
  assert.equal(findDateline(`March, 12.03.2024 — ${STORY}`), null);
  assert.equal(findDateline(`Firefighters said, 12.03.2024 - ${STORY}`), null);
  assert.equal(findDateline(`Kessingen, Tuesday — ${STORY}`), null);
});

test('a text without a title: the dateline is no part of the stand-in title, and a lead paragraph gives its first sentence', () => {
  const a = art(`Kessingen, 12.03.2024 — ${STORY} About 1,200 residents of the town were evacuated to a sports hall, and Gen. Ada Roth of the U.S. Army said the smoke was not toxic.\n\nMore text.`);
  assert.equal(a.title, STORY);
  // the text itself keeps its dateline
  assert.ok(a.text.startsWith('Kessingen, 12.03.2024 — '));
  // a short first line stays the title as it is
  assert.equal(art(`Blaze at Veltra plant\n\nKessingen, 12.03.2024 — ${STORY}`).title, 'Blaze at Veltra plant');
  const b = art(`KESSINGEN 3/12/24 - Gen. Ada Roth of the U.S. Army said on Tuesday that the smoke from the Veltra Chemicals plant was not toxic and that nobody had to leave the town. Residents stayed home.`);
  assert.equal(b.title, 'Gen. Ada Roth of the U.S. Army said on Tuesday that the smoke from the Veltra Chemicals plant was not toxic and that nobody had to leave the town.');
});
