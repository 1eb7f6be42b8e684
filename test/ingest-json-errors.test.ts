// Bad JSON input says where and what: a syntax error by line and column (not only a character
// offset into a long file), an empty text field as empty rather than missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, readJsonlLine } from '../src/ingest/json.ts';

test('a syntax error in a multi-line JSON file gives its line and column', () => {
  const [r] = [...readJson('items.json', '[\n  {"title": "a", "text": "The council met."},\n  {"title": "b", "text": "x",}\n]\n')];
  assert.ok(r && 'rejection' in r);
  assert.match(r.rejection.reason, /\(line 3, column 30\)/);
});

test('an empty text field is named as empty; a missing one as missing', () => {
  const empty = readJsonlLine('items.jsonl:4', '{"title": "Fire", "body": "   "}');
  assert.ok('rejection' in empty);
  assert.equal(empty.rejection.reason, 'the text field "body" is empty');
  // every spelling of a text or HTML field counts, as in the field table (fields.ts)
  const encoded = readJsonlLine('items.jsonl:6', '{"title": "Fire", "content_encoded": ""}');
  assert.ok('rejection' in encoded);
  assert.equal(encoded.rejection.reason, 'the text field "content_encoded" is empty');
  const missing = readJsonlLine('items.jsonl:5', '{"title": "Fire"}');
  assert.ok('rejection' in missing);
  assert.match(missing.rejection.reason, /^no article text field/);
});
