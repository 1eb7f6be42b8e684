// A page without og:site_name or a publisher still names its site: "<title>Headline | Site" whose
// headline is the article's <h1>. The suffix is the outlet (weaker than a registry domain), never
// part of the headline; a title whose rest is not the headline ("Headline - subtitle") names none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { titleSuffixSite } from '../src/extract/html-title.ts';

const registry = loadRegistry();
const page = readFileSync(new URL('./fixtures/extract/title-suffix-site.html', import.meta.url), 'utf8');
function art(body: string, fields: RawDocument['fields'] = {}): Article {
  const r = extractArticle({ input: 'page.html', kind: 'html', body, fields, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}

test('the site after the headline in <title> is the outlet, with its evidence', () => {
  const a = art(page);
  assert.equal(a.outlet?.name, 'Rhine Valley Post');
  assert.equal(a.outlet?.evidence[0]?.rule, 'title-suffix');
  assert.equal(a.title, 'Kessingen residents return home after chemical fire');
});

test('an explicit outlet field still wins over the title suffix', () => {
  assert.equal(art(page, { outlet: 'Valley Wire' }).outlet?.name, 'Valley Wire');
});

test('no site unless the rest of the title is the headline; section words are no site', () => {
  const h1 = (headline: string) => ({ headline, chrome: [] });
  assert.equal(titleSuffixSite('Fire at the plant – what we know so far', h1('Fire at the plant forces evacuation')), null);
  assert.equal(titleSuffixSite('Fire at the plant forces evacuation - Latest', h1('Fire at the plant forces evacuation')), null);
  assert.equal(titleSuffixSite('Fire at the plant forces evacuation - News', h1('Fire at the plant forces evacuation')), null);
  assert.equal(titleSuffixSite('Fire at the plant forces evacuation – Kessinger Bote', h1('Fire at the plant forces evacuation')), 'Kessinger Bote');
  assert.equal(titleSuffixSite('Fire at the plant forces evacuation', h1('Fire at the plant forces evacuation')), null);
});
