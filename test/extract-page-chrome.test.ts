// Page chrome on invented news pages that real templates produce: consent banners, paywall
// notices, bylines the page also declares as metadata, agency credits in the byline, photo
// credits after a caption, "Read more" link labels. The chrome goes; the story stays whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();
const P1 = 'Rail fares across the northern network will rise by an average of four per cent from January, the operator confirmed on Wednesday.';
const P2 = 'Passenger groups said the increase would still hit commuters who have seen services cut, and called for a freeze until punctuality improves.';
const P3 = 'The operator said the money would pay for new carriages and station upgrades across the network over the next three years.';

function art(body: string, kind: RawDocument['kind'] = 'html', fields: RawDocument['fields'] = {}): Article {
  const r = extractArticle({ input: 'mem', kind, body, fields, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}
const removedBy = (a: Article, rule: string) => a.warnings.filter((w) => w.code === 'boilerplate-removed' && w.message.startsWith(`removed (${rule})`));

test('a cookie banner inside the page body goes; a sentence about cookies in the story stays', () => {
  const story = 'The regulator said websites must ask before they store tracking cookies on a device, and fined two retailers.';
  const a = art(`<html><body><div class="topbar">Home | News | Sport | Weather</div>
<div class="notice">This website uses cookies. By continuing to use this site you accept our cookie policy. Accept</div>
<article><h1>Regulator fines retailers</h1><p>${story}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.ok(!/website uses cookies/.test(a.text));
  assert.equal(removedBy(a, 'consent-banner').length, 1);
  assert.ok(a.text.includes(story));
});

test('a paywall notice leaves the text and says the text is probably cut', () => {
  const kept = 'The magazine lost two thousand subscribers last year, its owners said in a statement to staff on Friday.';
  const a = art(`<html><head><title>Inside the deal</title></head><body><article><h1>Inside the deal</h1><p>${P1}</p><p>${kept}</p>
<div class="wall"><p>This article is for subscribers only. Subscribe now to continue reading and get unlimited access for just $1 a week.</p><p>Already a subscriber? Log in</p></div></article></body></html>`);
  assert.ok(!/subscribers only|Already a subscriber/.test(a.text));
  assert.ok(a.text.includes(kept), 'a story sentence that mentions subscribers stays');
  assert.ok(a.warnings.some((w) => w.code === 'paywall-truncated'));
  const free = art(`${P1}\n\n${kept}\n\n${P3}`, 'text');
  assert.ok(!free.warnings.some((w) => w.code === 'paywall-truncated'));
});

test('a byline line holding the author the page declares leaves the text', () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rail fares to rise","author":{"@type":"Person","name":"Ravi Amberley"}}</script>';
  const a = art(`<html><head>${ld}<title>Rail fares to rise</title></head><body><article><h1>Rail fares to rise</h1>
<div class="byline">Ravi Amberley</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.equal(a.author, 'Ravi Amberley');
  assert.ok(!a.text.includes('Ravi Amberley'));
  assert.equal(removedBy(a, 'byline').length, 1);
  // with a role after the name too
  const b = art(`Rail fares to rise\n\nRavi Amberley, Transport Correspondent\n\n${P1}\n\n${P2}`, 'text', { author: 'Ravi Amberley' });
  assert.ok(!b.text.includes('Transport Correspondent'));
});

test('"By Jane Doe and John Roe, Reuters": the authors, and the agency as outlet evidence', () => {
  const a = art(`County board approves bus routes\n\nBy Jane Doe and John Roe, Reuters\n\n${P1}\n\n${P2}`, 'text');
  assert.equal(a.author, 'Jane Doe and John Roe');
  assert.equal(a.outlet?.id, 'reuters');
  assert.equal(a.outlet?.evidence[0]?.rule, 'byline-agency');
  // a name after the comma the registry does not know is no outlet
  const b = art(`County board approves bus routes\n\nBy Jane Doe, Senior Writer\n\n${P1}\n\n${P2}`, 'text');
  assert.equal(b.outlet, null);
});

test('a photo credit after a caption goes, the caption stays', () => {
  const a = art(`Rail fares to rise\n\nA commuter train at Dunmore station on Tuesday. Photograph: Oren Kask/Northline Herald\n\n${P1}\n\n${P2}\n\nPassengers wait on the platform. (Image: Northline Herald)\n\n${P3}`, 'text');
  assert.ok(a.text.includes('A commuter train at Dunmore station on Tuesday.'));
  assert.ok(a.text.includes('Passengers wait on the platform.'));
  assert.ok(!/Photograph:|Image:/.test(a.text));
  assert.equal(removedBy(a, 'photo-credit').length, 2);
});

test('a "Read more..." link label at the end of a summary is not text', () => {
  const a = art('<p>The city council postponed a vote on new downtown parking fees to June, citing objections from shop owners. <a href="https://x.example/p">Read more...</a></p>', 'feed', { html: '<p>The city council postponed a vote on new downtown parking fees to June, citing objections from shop owners. <a href="https://x.example/p">Read more...</a></p>' });
  assert.ok(a.text.endsWith('objections from shop owners.'));
  assert.equal(removedBy(a, 'read-more').length, 1);
});

test('a newsletter call inside the story goes; a byline with a numeric date dates the article', () => {
  const kept = 'The council newsletter reported last month that the bridge repairs were behind schedule.';
  const a = art(`Minister quits\n\nBy Imogen Hale and Dev Sandhu 01/07/2022\n\n${P1}\n\nSign up to our politics newsletter, The Briefing, for the day's top stories in your inbox.\n\n${kept}\n\n${P3}`, 'text', { language: 'en-GB' });
  assert.equal(a.author, 'Imogen Hale and Dev Sandhu');
  assert.equal(a.published?.start, '2022-07-01');
  assert.ok(!/Sign up|By Imogen/.test(a.text));
  assert.ok(a.text.includes(kept));
  assert.equal(removedBy(a, 'newsletter-promo').length, 1);
});

test('the headline repeated above the text goes even when the <title> carries the site name', () => {
  const body = 'В Северогорске в пятницу открыли новый автомобильный мост через реку Вежа, строительство продолжалось почти три года.';
  const a = art(`<html><head><title>Мэрия открыла новый мост | Северогорские вести</title><meta property="og:site_name" content="Северогорские вести"></head>
<body><div class="article"><h1>Мэрия открыла новый мост</h1><p>${body}</p><p>${body.replace('пятницу', 'субботу')}</p></div></body></html>`);
  assert.equal(a.title, 'Мэрия открыла новый мост');
  assert.ok(a.text.startsWith('В Северогорске'));
  assert.equal(removedBy(a, 'title-repeat').length, 1);
});

test('a byline element the page has no author metadata for: the name is the author, the line leaves the text', () => {
  const a = art(`<html><head><title>Rail fares to rise</title></head><body><article><h1>Rail fares to rise</h1>
<p class="byline">Talia Brenn, Transport Correspondent</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`);
  assert.equal(a.author, 'Talia Brenn');
  assert.ok(!a.text.includes('Transport Correspondent'));
});
