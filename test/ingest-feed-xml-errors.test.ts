// A broken feed is rejected with a reason a user can act on: which element is left open when the
// file ends (a truncated download), or where a tag is mismatched (line and column).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from '../src/ingest/feed.ts';

const reason = (xml: string): string => {
  const [r] = [...readFeed('f.rss', xml)];
  assert.ok(r && 'rejection' in r, JSON.stringify(r));
  return r.rejection.reason;
};

test('a truncated feed names the element left open and where it sits', () => {
  const why = reason('<?xml version="1.0"?><rss><channel><title>Valley Wire</title><item><title>Fire</title><description>A fire broke');
  assert.match(why, /ends before <description> \(inside rss > channel > item\) is closed/);
  assert.doesNotMatch(why, /Invalid '\[/);
  assert.doesNotMatch(why, /:1:1/);
});

test('a mismatched closing tag says the line and column', () => {
  const why = reason('<?xml version="1.0"?>\n<rss><channel><title>X</title>\n<item><title>A</title></itme>\n</channel></rss>');
  assert.match(why, /closing tag 'itme'.*\(line 3, column \d+\)/);
});
