// Site names, navigation lines, sign-offs and doubled captions on invented sites
// (fixtures in test/fixtures/ingest/outlets/, registry there is a user registry file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Article } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { removeBoilerplate } from '../src/extract/boilerplate.ts';

const FIX = 'test/fixtures/ingest/outlets';
const userRegistry = loadRegistry([`${FIX}/registry.json`]);
const bundledOnly = loadRegistry();

function art(file: string, registry = userRegistry): Article {
  const body = readFileSync(`${FIX}/${file}`, 'utf8');
  const r = extractArticle({ input: file, kind: 'text', body, fields: {}, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}
const count = (text: string, part: string) => text.split(part).length - 1;

test('site name and navigation line above the headline: the headline is the title, the site is the outlet', () => {
  const a = art('site-name-nav.txt');
  assert.equal(a.title, "Governor's bridge deal leaves river villages paying the bill");
  assert.ok(a.text.startsWith("Governor's bridge deal"), a.text.slice(0, 80));
  for (const gone of ['Tellmark Watch', 'Home |', 'Donate', 'Share this post']) assert.ok(!a.text.includes(gone), `still contains ${gone}`);
  assert.equal(a.outlet?.id, 'tellmark-watch');
  const ev = a.outlet!.evidence.find((e) => e.rule === 'site-name');
  assert.equal(ev?.line, 1);
  // without the registry entry no outlet is guessed from the name line
  const plain = art('site-name-nav.txt', bundledOnly);
  assert.equal(plain.outlet, null);
  assert.ok(!plain.text.includes('Home |'), 'the navigation line goes either way');
});

test('a site name is recognised from the Via domain of the same document when the registry does not know it', () => {
  const a = art('site-name-via.txt', bundledOnly);
  assert.equal(a.title, 'Lakeshore votes to close the old ferry pier');
  assert.ok(!a.text.includes('Lakeshore Courier Daily'));
  assert.ok(!a.text.includes('Home'));
  assert.equal(a.outlet?.name, 'lakeshorecourier.example');
  assert.deepEqual(a.outlet?.evidence.map((e) => e.rule), ['via-line']);
});

test('a dashed sign-off with a registry marker names the outlet and leaves the text; the doubled caption is kept once', () => {
  const a = art('dash-sign-off.txt');
  assert.equal(a.outlet?.id, 'quenby-radio');
  const ev = a.outlet!.evidence[0]!;
  assert.equal(ev.rule, 'sign-off');
  assert.equal(ev.line, 10);
  assert.equal(ev.text, '— Quenby Radio News');
  assert.ok(!a.text.includes('Quenby Radio News'));
  assert.ok(!a.text.includes('More news'));
  assert.equal(count(a.text, 'Kai Lund, harbour master, on the new quay on June 3.'), 1);
  // "according to The Harbor Ledger" inside the story is an attribution, not a second publisher
  assert.ok(!a.outlet!.evidence.some((e) => /Harbor Ledger/.test(e.text ?? '')));
});

test('a bare registry name as the last line is a sign-off', () => {
  const a = art('bare-sign-off.txt');
  assert.equal(a.outlet?.id, 'harbor-ledger');
  assert.deepEqual(a.outlet?.evidence.map((e) => [e.rule, e.line]), [['sign-off', 10]]);
  assert.ok(a.text.endsWith('The mediator said he would try again before the weekend.'));
  assert.equal(a.author, 'Ida Marsh');
  // the same file without the user registry: the last line is dropped as chrome, no outlet is invented
  const plain = art('bare-sign-off.txt', bundledOnly);
  assert.equal(plain.outlet, null);
});

test('an unknown sign-off names no outlet, and a registry marker inside a sentence is an attribution', () => {
  const a = art('unknown-sign-off.txt');
  assert.equal(a.outlet, null);
  assert.ok(a.text.includes('told Quenby Radio News'), 'the story itself is untouched');
});

test('a caption whose first copy sat in a removed credit line is kept once, without the outlet marker', () => {
  const page = [
    'Ferry pier closes in Lakeshore',
    'Photo: Kai Lund/Norpix',
    'Fishermen unload the last catch at the old pier on March 2.',
    'Fishermen unload the last catch at the old pier on March 2. - Sputnik International',
    'The Lakeshore council closed the old ferry pier on Thursday after a vote last month, saying repairs would cost too much.',
  ].join('\n');
  const r = removeBoilerplate(page, bundledOnly);
  assert.equal(count(r.text, 'Fishermen unload the last catch at the old pier on March 2.'), 1);
  assert.ok(!r.text.includes('Norpix') && !r.text.includes('Sputnik'));
  const glued = removeBoilerplate(
    [
      'Ferry pier closes in Lakeshore',
      '© Norpix / Kai Lund / Open the archiveFishermen unload the last catch at the old pier on March 2.',
      'Fishermen unload the last catch at the old pier on March 2. - Sputnik International',
      'The Lakeshore council closed the old ferry pier on Thursday after a vote last month, saying repairs would cost too much.',
    ].join('\n'),
    bundledOnly,
  );
  assert.equal(glued.text.split('\n')[1], 'Fishermen unload the last catch at the old pier on March 2.');
  assert.equal(count(glued.text, 'Fishermen unload'), 1);
  assert.ok(!glued.text.includes('Norpix') && !glued.text.includes('archive'));
  assert.deepEqual(
    glued.removed.map((x) => x.rule),
    ['photo-credit', 'repeated-caption'],
  );
  assert.equal(glued.markers[0]?.name, 'Sputnik International');
});

test('a page title ending in " - <registry outlet>" loses the site suffix; other dashes stay', () => {
  const story = 'The Quenby harbour authority said on Monday that night ferries to the outer islands would resume next month after repairs to the main quay.';
  const r = extractArticle({ input: 'mem', kind: 'text', body: story, fields: { title: 'Night ferries to resume - Quenby Radio News' }, warnings: [] }, userRegistry);
  assert.ok('article' in r);
  assert.equal(r.article.title, 'Night ferries to resume');
  const k = extractArticle({ input: 'mem', kind: 'text', body: story, fields: { title: 'Night ferries to resume - a relief for islanders' }, warnings: [] }, userRegistry);
  assert.ok('article' in k);
  assert.equal(k.article.title, 'Night ferries to resume - a relief for islanders');
});
