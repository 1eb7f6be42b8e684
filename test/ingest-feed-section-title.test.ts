// A feed's channel title often names the feed's section after the outlet ("Rhine Valley Post -
// Latest", "… | Breaking News", "… – Home"): the outlet is the name before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from '../src/ingest/feed.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();
const BODY = 'A fire broke out at the Veltra Chemicals plant in Kessingen on Tuesday evening, forcing the evacuation of 1,200 residents, the fire chief said.';
const rss = (channelTitle: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${channelTitle}</title><item><title>Plant fire</title><description>${BODY}</description></item></channel></rss>`;

function outletOf(channelTitle: string): string | undefined {
  const [r] = [...readFeed('f.rss', rss(channelTitle))];
  assert.ok(r && 'doc' in r);
  const a = extractArticle(r.doc, registry);
  assert.ok('article' in a);
  return a.article.outlet?.name;
}

test('section words after the outlet name in a channel title are not the outlet', () => {
  assert.equal(outletOf('Rhine Valley Post - Latest'), 'Rhine Valley Post');
  assert.equal(outletOf('Rhine Valley Post | Breaking News'), 'Rhine Valley Post');
  assert.equal(outletOf('Rhine Valley Post – Home'), 'Rhine Valley Post');
  assert.equal(outletOf('Rhine Valley Post - Latest Stories'), 'Rhine Valley Post');
  // a name that merely contains such a word stays whole
  assert.equal(outletOf('Latest Hour Gazette'), 'Latest Hour Gazette');
});
