// RawDocument -> Article: title, outlet with evidence, publication date with honest precision, language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { findDateline, parseDateString, parseTimestamp } from '../src/extract/published.ts';

const registry = loadRegistry();
const raw = (body: string, fields: RawDocument['fields'] = {}, kind: RawDocument['kind'] = 'text'): RawDocument => ({ input: 'mem', kind, body, fields, warnings: [] });
function art(body: string, fields: RawDocument['fields'] = {}, kind: RawDocument['kind'] = 'text'): Article {
  const r = extractArticle(raw(body, fields, kind), registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}

const STORY = 'The port authority of Karvosta said on Monday that container traffic had fallen by a tenth this year, blaming the long strike in the spring.';

test('agency dateline gives the outlet and a month-day date without inventing a year', () => {
  const a = art(`Ferries resume\n\nKARVOSTA, March 5. /TASS/. ${STORY}`);
  assert.equal(a.outlet?.name, 'TASS');
  assert.equal(a.outlet?.country, 'RU');
  assert.equal(a.outlet?.ownership, 'state');
  const ev = a.outlet!.evidence.find((e) => e.rule === 'dateline')!;
  assert.equal(a.text.slice(ev.start, ev.end), 'TASS');
  assert.deepEqual({ ...a.published, evidence: undefined, label: undefined }, { start: null, end: null, precision: 'month-day', month: 3, day: 5, evidence: undefined, label: undefined });
  assert.equal(a.text.slice(a.published!.evidence[0]!.start, a.published!.evidence[0]!.end), 'March 5');
  assert.equal(a.title, 'Ferries resume');
});

test('(Reuters) dateline and a dated dateline', () => {
  const a = art(`OSTBROOK, 3 March 2021 (Reuters) - ${STORY}`);
  assert.equal(a.outlet?.id, 'reuters');
  assert.equal(a.published?.precision, 'day');
  assert.equal(a.published?.start, '2021-03-03');
});

test('outlets named inside the story are attributions, not the publisher', () => {
  const a = art(`${STORY} State television said the minister would visit. "We expect growth," the Kremlin quoted him as saying, according to Reuters and TASS.`);
  assert.equal(a.outlet, null);
});

test('a sign-off marker line and a Via line name the publisher; URL domain is the fallback', () => {
  assert.equal(art(`${STORY}\n- Sputnik International`).outlet?.id, 'sputnik');
  const via = art(`${STORY}\n\nVia https://www.aljazeera.com/news/2021/1/1/story`);
  assert.equal(via.outlet?.id, 'aljazeera');
  assert.equal(via.outlet?.evidence[0]?.rule, 'via-line');
  assert.ok(!via.text.includes('Via'));
  const byUrl = art(STORY, { url: 'https://edition.cnn.com/2021/01/01/story' });
  assert.equal(byUrl.outlet?.id, 'cnn');
  assert.equal(byUrl.outlet?.ownership, 'private');
  const unknown = art(STORY, { url: 'https://www.harborledger.example/x' });
  assert.deepEqual([unknown.outlet?.name, unknown.outlet?.id], ['harborledger.example', null]);
});

test('an explicit outlet field wins and is matched to the registry by name or alias', () => {
  const a = art(STORY, { outlet: 'Radio Free Europe/Radio Liberty', url: 'https://www.bbc.com/x' });
  assert.equal(a.outlet?.id, 'rferl');
  assert.equal(a.outlet?.evidence[0]?.rule, 'explicit-field');
});

test('a user registry file adds outlets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-reg-'));
  try {
    const f = join(dir, 'extra.json');
    writeFileSync(f, JSON.stringify([{ id: 'harbor-ledger', name: 'The Harbor Ledger', domains: ['harborledger.example'], markers: ['(HL)'], country: 'NO', ownership: 'private' }]));
    const reg = loadRegistry([f]);
    const r = extractArticle(raw(`TELLMARK (HL) - ${STORY}`), reg);
    assert.ok('article' in r);
    assert.deepEqual([r.article.outlet?.id, r.article.outlet?.country], ['harbor-ledger', 'NO']);
    assert.equal(reg.byDomain('https://news.harborledger.example/a')?.id, 'harbor-ledger');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the registry covers the major international outlets with ownership', () => {
  assert.ok(registry.entries.length >= 40);
  for (const n of ['SouthFront', 'TASS', 'Sputnik', 'RFE/RL', 'Reuters', 'AP', 'AFP', 'BBC', 'Al Jazeera', 'RT', 'Xinhua', 'CNN', 'New York Times', 'Guardian', 'DW', 'France 24', 'Anadolu', 'SANA', 'IRNA'])
    assert.ok(registry.byName(n), n);
  assert.equal(registry.byDomain('southfront.org')?.name, 'SouthFront');
});

test('HTML metadata: title, date, site name, author, language', () => {
  const html = `<html lang="de-DE"><head><title>x</title><meta property="og:site_name" content="Deutsche Welle">
  <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Neue Brücke in Ostbrook eröffnet","datePublished":"2022-05-17T09:00:00+02:00","author":[{"name":"Lena Fuchs"}]}]}</script></head>
  <body><article><p>Die neue Brücke über den Fluss in Ostbrook wurde am Dienstag nach drei Jahren Bauzeit für den Verkehr freigegeben. Der Bürgermeister sprach von einem wichtigen Tag für die Stadt.</p>
  <p>Die Baukosten lagen bei rund zwölf Millionen Euro, wie die Stadtverwaltung mitteilte. Täglich sollen etwa zwanzigtausend Fahrzeuge die Brücke nutzen.</p></article></body></html>`;
  const a = art(html, {}, 'html');
  assert.equal(a.title, 'Neue Brücke in Ostbrook eröffnet');
  assert.equal(a.published?.start, '2022-05-17');
  assert.equal(a.outlet?.id, 'dw');
  assert.equal(a.author, 'Lena Fuchs');
  assert.equal(a.language, 'de');
  assert.ok(a.text.startsWith('Die neue Brücke'));
});

test('language is detected from the text when not declared', () => {
  assert.equal(art(STORY).language, 'en');
  assert.equal(art('El ayuntamiento de Karvosta aprobó el lunes un nuevo presupuesto para el transporte público de la ciudad.').language, 'es');
});

test('title from front matter beats the first line; the id is stable and content-derived unless given', () => {
  const a = art(`First line here\n\n${STORY}`, { title: 'Given title' });
  assert.equal(a.title, 'Given title');
  const b = art(`First line here\n\n${STORY}`);
  assert.equal(b.title, 'First line here');
  assert.equal(a.id, b.id);
  assert.match(a.id, /^a-[0-9a-f]{12}$/);
  assert.equal(art(STORY, { id: 'my-7' }).id, 'my-7');
});

test('a document with no text left is rejected, not stored half-empty', () => {
  const r = extractArticle(raw('Subscribe\nLog in\nShare\n0'), registry);
  assert.ok('rejection' in r);
  assert.match(r.rejection.reason, /no article text/);
});

test('date strings', () => {
  assert.equal(parseDateString('Tue, 14 Sep 2021 10:00:00 GMT')?.start, '2021-09-14');
  assert.equal(parseDateString('2021-09-14T23:30:00-05:00')?.start, '2021-09-14');
  assert.equal(parseDateString('September 2021')?.precision, 'month');
  assert.equal(parseDateString('Sept. 14')?.precision, 'month-day');
  // ambiguous day/month order: never one confident day, the span between both readings
  assert.deepEqual([parseDateString('03/04/2021')?.precision, parseDateString('03/04/2021')?.start, parseDateString('03/04/2021')?.end], ['range', '2021-03-04', '2021-04-03']);
  assert.equal(parseDateString('03/04/2021', 'dmy')?.start, '2021-04-03');
  assert.equal(parseDateString('03/04/2021', 'mdy')?.start, '2021-03-04');
  assert.equal(parseDateString('31 February 2021'), null);
  assert.equal(parseDateString('1631577600')?.start, '2021-09-14'); // unix seconds
  assert.equal(findDateline('The Kremlin said (on Tuesday) - that talks went well.'), null);
});

test('a "Published: ..." line dates the article and leaves the text', () => {
  const a = art(`Ferries resume\nPUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013\n${STORY}`);
  assert.equal(a.published?.start, '2013-03-12');
  assert.equal(a.published?.evidence[0]?.rule, 'date-stamp');
  assert.ok(!a.text.includes('PUBLISHED'));
  const b = art(`${STORY}\nThe vote on March 3, 2013 was close, officials said after the count.`);
  assert.equal(b.published, null); // a date inside a sentence is the analysis stage's business
});

test('a declared time of day is kept as published.timestamp (a UTC instant when the zone is known); start/end stay dates', () => {
  assert.equal(parseTimestamp('Mon, 14 Oct 2030 16:45:00 GMT'), '2030-10-14T16:45:00Z');
  assert.equal(parseTimestamp('2030-10-14T23:30:00-05:00'), '2030-10-15T04:30:00Z');
  assert.equal(parseTimestamp('Tue, 15 Oct 2030 01:00:00 +0300'), '2030-10-14T22:00:00Z');
  assert.equal(parseTimestamp('2030-10-14 08:05'), '2030-10-14T08:05:00'); // no zone: wall-clock time only
  assert.equal(parseTimestamp('2030-10-14'), null);
  assert.equal(parseTimestamp('2030-02-30T10:00:00Z'), null);
  const a = art(STORY, { published: '2030-10-14T23:30:00-05:00' });
  assert.deepEqual([a.published?.start, a.published?.end, a.published?.precision], ['2030-10-14', '2030-10-14', 'day']); // the publisher's day
  assert.equal(a.published?.timestamp, '2030-10-15T04:30:00Z');
  assert.equal(art(STORY, { published: '14 October 2030' }).published?.timestamp, undefined);
});
