// Front matter written by hand: an unquoted colon inside a title is not valid YAML, but the
// fields are still plain "key: value" lines and must not end up in the article text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../src/ingest/text.ts';

test('a title with an unquoted colon keeps every front matter field', () => {
  const doc = readText('t.txt', '---\ntitle: Harbour talks: Osk promises inspectors access\noutlet: Brask Daily Tribune\npublished: 2031-04-02T06:00:00Z\n---\nThe talks ended late on Tuesday.\n');
  assert.equal(doc.fields.title, 'Harbour talks: Osk promises inspectors access');
  assert.equal(doc.fields.outlet, 'Brask Daily Tribune');
  assert.equal(doc.fields.published, '2031-04-02T06:00:00Z');
  assert.equal(doc.body, 'The talks ended late on Tuesday.\n');
  assert.ok(doc.warnings.some((w) => w.code === 'front-matter-invalid'));
});

test('a block that is not key: value lines is still ignored', () => {
  const doc = readText('t.txt', '---\ntitle: [unclosed\n  - nested: x: y\n---\nBody.\n');
  assert.deepEqual(doc.fields, {});
  assert.ok(doc.body.startsWith('---'));
});
