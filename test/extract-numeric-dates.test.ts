// All-numeric publication dates ("03/04/2024") on pages from invented sites: the page's locale
// gives the day/month order; without one, another signal (URL path) settles it, else the date stays
// an honest span between both readings with a warning, never one confident wrong day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { dateOrderFor, parseNumericDate } from '../src/extract/numeric-date.ts';
import { urlDate } from '../src/extract/url-date.ts';
import { decode } from '../src/ingest/decode.ts';

const registry = loadRegistry();
const P1 = 'The county board voted on Tuesday to approve three new bus routes linking the northern suburbs with the downtown transit centre, officials said.';
const P2 = 'The routes will begin service in the spring and are expected to carry about two thousand riders a day, the transit director told reporters.';
const P3 = 'A supervisor who voted against the plan said the county had not done enough to study what the new service would cost over ten years.';

function page(opts: { lang?: string; head?: string; dateLine: string; url?: string }): string {
  return `<!DOCTYPE html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head><meta charset="utf-8"><title>County board approves new bus routes</title>
${opts.url ? `<link rel="canonical" href="${opts.url}">` : ''}${opts.head ?? ''}</head><body>
<div class="story"><h1>County board approves new bus routes</h1>
<p class="dateline">${opts.dateLine}</p>
<p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
}
function art(body: string, fields: RawDocument['fields'] = {}, kind: RawDocument['kind'] = 'html'): Article {
  const r = extractArticle({ input: 'mem.html', kind, body, fields, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}

test('locale gives the order: nl reads day first, en-US month first, and the time is kept', () => {
  const nl = art(page({ lang: 'nl', dateLine: 'Gepubliceerd: 03/04/2024 14:20' }));
  assert.equal(nl.published?.start, '2024-04-03');
  assert.equal(nl.published?.precision, 'day');
  assert.equal(nl.published?.timestamp, '2024-04-03T14:20:00');
  assert.equal(nl.published?.evidence[0]?.rule, 'date-stamp');
  assert.ok(!nl.text.includes('03/04/2024'), 'the date line leaves the text');
  const us = art(page({ lang: 'en-US', dateLine: 'Published: 12/03/2024' }));
  assert.equal(us.published?.start, '2024-12-03');
  const gb = art(page({ lang: 'en-GB', dateLine: 'Published: 12/03/2024' }));
  assert.equal(gb.published?.start, '2024-03-12');
});

test('bare "en" and no other signal: the span between both readings, with a warning', () => {
  // class="dateline" is lifted out by Readability: it must come back as a date line, not vanish
  const a = art(page({ lang: 'en', dateLine: 'Published: 12/03/2024' }));
  assert.equal(a.published?.precision, 'range');
  assert.equal(a.published?.start, '2024-03-12');
  assert.equal(a.published?.end, '2024-12-03');
  assert.ok(a.warnings.some((w) => w.code === 'ambiguous-date' && w.message.includes('12/03/2024')));
  assert.ok(a.warnings.some((w) => w.code === 'boilerplate-removed' && w.message.includes('Published: 12/03/2024')));
  assert.ok(!a.text.includes('12/03/2024'));
});

test('the date in the URL path settles the order of an ambiguous numeric date', () => {
  const a = art(page({ dateLine: 'Published: 12/03/2024', url: 'https://larkcounty.example/news/2024/12/03/bus-routes' }));
  assert.equal(a.published?.start, '2024-12-03');
  assert.equal(a.published?.precision, 'day');
  assert.match(a.published?.evidence[0]?.note ?? '', /URL/);
  assert.ok(!a.warnings.some((w) => w.code === 'ambiguous-date'));
});

test('a URL path date dates a page that states no date (day or month precision)', () => {
  const body = `<html><head><title>Bus routes</title></head><body><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
  const a = art(body, { url: 'https://larkcounty.example/2023/06/09/bus-routes' });
  assert.equal(a.published?.start, '2023-06-09');
  assert.equal(a.published?.evidence[0]?.rule, 'url-date');
  const m = art(body, { url: 'https://larkcounty.example/2023/06/bus-routes/' });
  assert.equal(m.published?.precision, 'month');
  assert.equal(m.published?.start, '2023-06-01');
  assert.equal(urlDate('https://x.example/story/12345/2023/99/01'), null);
  assert.equal(urlDate('https://x.example/news-20240229-leap')?.value.start, '2024-02-29');
});

test('an explicit numeric field follows the declared language; unambiguous ones need none', () => {
  assert.equal(art(P1 + '\n\n' + P2, { published: '03/04/2024', language: 'en-US' }, 'json').published?.start, '2024-03-04');
  assert.equal(art(P1 + '\n\n' + P2, { published: '25.08.2024' }, 'json').published?.start, '2024-08-25');
  const amb = art(P1 + '\n\n' + P2, { published: '03/04/2024' }, 'json');
  assert.equal(amb.published?.precision, 'range');
  assert.ok(!amb.warnings.some((w) => w.code === 'unparsed-date'));
});

test('a windows-1251 page declared in meta only: decoded, dated, its repeated headline dropped', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Мэрия Северогорска открыла новый мост</title></head>
<body><div class="article"><h1>Мэрия Северогорска открыла новый мост</h1><p>Опубликовано: 15.09.2023</p>
<p>В Северогорске в пятницу открыли новый автомобильный мост через реку Вежа. Строительство продолжалось почти три года.</p>
<p>Как сообщил глава города, мост позволит разгрузить центральные улицы и сократить время в пути для жителей северных районов.</p>
<p>Движение по мосту будет открыто для всех видов транспорта с понедельника, добавили в мэрии.</p></div></body></html>`;
  const dec = decode(iconv.encode(html, 'windows-1251'));
  assert.equal(dec.charset, 'windows-1251');
  const a = art(dec.text);
  assert.equal(a.title, 'Мэрия Северогорска открыла новый мост');
  assert.equal(a.published?.start, '2023-09-15');
  assert.ok(!a.text.startsWith('Мэрия'), 'the headline is not repeated as the first line of the text');
  assert.ok(a.text.startsWith('В Северогорске'));
});

test('"12 March 2024 · Updated 3 hours ago" is a date line; a bare relative time is chrome', () => {
  const a = art(`Harbour strike\n\n12 March 2024 · Updated 3 hours ago\n\n${P1}\n\n${P2}\n\nUpdated 5 hours ago`, {}, 'text');
  assert.equal(a.published?.start, '2024-03-12');
  assert.ok(!/hours ago/.test(a.text));
});

test('dateOrderFor and parseNumericDate', () => {
  assert.deepEqual(['en-US', 'en_us', 'en-GB', 'en', 'de-AT', 'fr', 'ja-JP', 'en-CA', ''].map(dateOrderFor), ['mdy', 'mdy', 'dmy', null, 'dmy', 'dmy', null, null, null]);
  assert.equal(parseNumericDate('31/02/2024'), null);
  assert.equal(parseNumericDate('05/05/2024')?.readings, null); // both readings are the same day
  assert.equal(parseNumericDate('13.01.2024 09:15')?.value.start, '2024-01-13');
  assert.equal(parseNumericDate('01.13.2024')?.value.start, '2024-01-13');
});

test('date lines with month names of other languages date the article and leave the text', () => {
  const cases: [string, string, string | undefined][] = [
    ['Publié le 7 février 2024 à 10h15', '2024-02-07', '2024-02-07T10:15:00'],
    ['Veröffentlicht am 3. März 2024, 08:40 Uhr', '2024-03-03', '2024-03-03T08:40:00'],
    ['Publicado el 12 de octubre de 2023', '2023-10-12', undefined],
    ['15 сентября 2023', '2023-09-15', undefined],
  ];
  for (const [line, day, ts] of cases) {
    const a = art(`Bus routes approved\n\n${line}\n\n${P1}\n\n${P2}`, {}, 'text');
    assert.equal(a.published?.start, day, line);
    assert.equal(a.published?.timestamp, ts, line);
    assert.ok(!a.text.includes(line), line);
  }
  // a sentence that holds such a date is story text, not a date line
  const s = art(`Bus routes approved\n\n${P1} Le conseil a voté le 7 février 2024 après un long débat.\n\n${P2}`, {}, 'text');
  assert.equal(s.published, null);
  // and a metadata string in another language
  assert.equal(art(`${P1}\n\n${P2}`, { published: '7 février 2024' }, 'json').published?.start, '2024-02-07');
});

test('the region may come from og:locale when <html lang> has none', () => {
  const a = art(page({ lang: 'en', head: '<meta property="og:locale" content="en_US">', dateLine: 'Published: 12/03/2024' }));
  assert.equal(a.published?.start, '2024-12-03');
  assert.equal(a.published?.precision, 'day');
  // a region of another language says nothing about this page's order
  const b = art(page({ lang: 'en', head: '<meta property="og:locale" content="fr_FR">', dateLine: 'Published: 12/03/2024' }));
  assert.equal(b.published?.precision, 'range');
});

test('a yearless dateline day inside the month of the URL path is that day', () => {
  const a = art(`Ferries cancelled\n\nORRIN, May 13 (Coastline) - All sailings were cancelled on Monday as the storm reached the coast, the ferry company said.\n\nSchools stayed shut across the region.`, { url: 'https://coastline.example/2024/05/ferries-cancelled' }, 'text');
  assert.equal(a.published?.start, '2024-05-13');
  assert.equal(a.published?.precision, 'day');
  assert.deepEqual(a.published?.evidence.map((e) => e.rule), ['dateline', 'url-date']);
  // another month in the URL: the dateline stays yearless
  const b = art(`Ferries cancelled\n\nORRIN, May 13 (Coastline) - All sailings were cancelled on Monday as the storm reached the coast, the ferry company said.`, { url: 'https://coastline.example/2024/06/ferries-cancelled' }, 'text');
  assert.equal(b.published?.precision, 'month-day');
});

test('a key date inside the story ("Deadline: 15/03/2024") is story text, not the publication date', () => {
  const a = art(`Bus routes approved\n\n${P1}\n\n${P2}\n\nDeadline: 15/03/2024\n\nСрок подачи: 15.03.2024\n\n${P3}\n\n${P1.replace('Tuesday', 'Monday')}\n\n${P2.replace('spring', 'autumn')}`, {}, 'text');
  assert.equal(a.published, null);
  assert.ok(a.text.includes('Deadline: 15/03/2024'));
});
