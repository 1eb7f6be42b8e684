// Plain-text exports often open with "Title:/Source:/Published:" header lines instead of YAML front
// matter: they are the document's fields and must not stay in the article text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../src/ingest/text.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const BODY = 'KORLIN — Rising water closed the old bridge over the Vess river on Friday, officials said.\n\nNote: the ferry runs every hour until repairs end.\n';

test('a header block of known keys becomes fields and leaves the text', () => {
  const doc = readText('f.txt', 'Title: Flood closes Korlin bridge\nSource: Tidewater Post\nPublished: 14 March 2031 09:45 GMT\nURL: https://tidewaterpost.example/korlin-bridge\nAuthor: Mira Haldane\n\n' + BODY);
  assert.equal(doc.fields.title, 'Flood closes Korlin bridge');
  assert.equal(doc.fields.outlet, 'Tidewater Post');
  assert.equal(doc.fields.published, '14 March 2031 09:45 GMT');
  assert.equal(doc.fields.url, 'https://tidewaterpost.example/korlin-bridge');
  assert.equal(doc.fields.author, 'Mira Haldane');
  assert.equal(doc.body, BODY);
});

test('other spellings, any case, CRLF line ends', () => {
  const doc = readText('g.txt', 'HEADLINE: Vess river peaks\r\ndate: 2031-03-15\r\nOutlet: Brask Courier\r\nBy: Tomas Ferrel\r\nlink: https://courier.example/vess\r\n\r\nThe river peaked overnight.\r\n');
  assert.equal(doc.fields.title, 'Vess river peaks');
  assert.equal(doc.fields.published, '2031-03-15');
  assert.equal(doc.fields.outlet, 'Brask Courier');
  assert.equal(doc.fields.author, 'Tomas Ferrel');
  assert.equal(doc.fields.url, 'https://courier.example/vess');
  assert.equal(doc.body.trim(), 'The river peaked overnight.');
  const pub = readText('h.txt', 'Publisher: Ostra Wire\nHeadline: Dam holds\n\nThe dam held.\n');
  assert.equal(pub.fields.outlet, 'Ostra Wire');
});

test('a body that opens with "Note:" or with an unknown key is left alone', () => {
  const t1 = 'Note: this story was updated with new figures.\n\nThe river peaked overnight.\n';
  assert.deepEqual(readText('a.txt', t1).fields, {});
  assert.equal(readText('a.txt', t1).body, t1);
  // one unknown key in the block: not a header block at all
  const t2 = 'Title: Dam holds\nWarning: graphic images\n\nThe dam held.\n';
  assert.deepEqual(readText('b.txt', t2).fields, {});
  assert.equal(readText('b.txt', t2).body, t2);
  // header lines with no body after them: the text is not eaten
  const t3 = 'Title: Dam holds\nSource: Ostra Wire\n';
  assert.equal(readText('c.txt', t3).body, t3);
  // a header line further down is body text
  const t4 = 'The dam held.\nSource: engineers on site\n\nMore rain is due.\n';
  assert.deepEqual(readText('d.txt', t4).fields, {});
});

test('extracted article: title, outlet (explicit field), date and clean text', () => {
  const doc = readText('f.txt', 'Title: Flood closes Korlin bridge\nSource: Tidewater Post\nPublished: 14 March 2031 09:45 GMT\nAuthor: Mira Haldane\n\n' + BODY);
  const r = extractArticle(doc, loadRegistry());
  assert.ok('article' in r);
  const a = r.article;
  assert.equal(a.title, 'Flood closes Korlin bridge');
  assert.equal(a.outlet?.name, 'Tidewater Post');
  assert.equal(a.outlet?.evidence[0]?.rule, 'explicit-field');
  assert.equal(a.published?.start, '2031-03-14');
  assert.equal(a.published?.evidence[0]?.rule, 'explicit-field');
  assert.equal(a.author, 'Mira Haldane');
  assert.ok(!/Title:|Source:|Published:|Author:/.test(a.text));
  assert.match(a.text, /Note: the ferry runs/);
});
