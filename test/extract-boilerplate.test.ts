// Boilerplate removal on plain text from an invented site: chrome goes, the story stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTitleCase, normalizeText, removeBoilerplate } from '../src/extract/boilerplate.ts';
import { loadRegistry } from '../src/extract/registry.ts';

const registry = loadRegistry();

const PAGE = `- Sputnik International
Europe
Breaking news and live coverage from the whole continent, features and analysis.

Bridge collapse in Tellmark kills four

© Foto Agency / Rika Sand / Open the photo archiveRescuers search the river below the collapsed bridge in Tellmark.
Rescuers search the river below the collapsed bridge in Tellmark. - Sputnik International
Share
Follow us on Telegram
A road bridge over the Ulven river in Tellmark collapsed on Tuesday morning, killing four people and injuring eleven, regional authorities said.

Divers were still searching the river for two missing drivers by the evening, the emergency service said.

Engineers Warn of Ageing Bridges Across the Region
"The bridge was inspected last year and no serious defects were found," transport official Nils Arvo said.

Police divers recovered two cars from the water.
Police divers recovered two cars from the water.

Road Safety
The regional government declared three days of mourning.

Comments
12
Log in to comment
Most read
Похожие материалы
`;

test('UI lines, credits, doubled captions, related headlines, foreign-script UI and tail chrome are removed', () => {
  const r = removeBoilerplate(normalizeText(PAGE), registry);
  const text = r.text;
  for (const gone of ['Europe', 'Breaking news', '©', 'Foto Agency', 'photo archive', 'Share', 'Follow us', 'Engineers Warn', 'Comments', 'Log in', 'Most read', 'Похожие', 'Sputnik International', '\n12']) assert.ok(!text.includes(gone), `still contains ${gone}`);
  // the caption glued to the credit is kept once (it may be the only place a date is given), the repeat goes
  assert.equal(text.split('Rescuers search the river below the collapsed bridge in Tellmark.').length, 2, 'doubled caption kept once');
  assert.ok(text.includes('Bridge collapse in Tellmark kills four\n\nRescuers search the river'), 'caption stays where it was');
  assert.equal(text.split('Police divers recovered two cars from the water.').length, 2, 'doubled line kept once');
  assert.ok(text.startsWith('Bridge collapse in Tellmark kills four'));
  assert.ok(text.includes('A road bridge over the Ulven river'));
  assert.ok(text.includes('"The bridge was inspected last year'));
  assert.ok(text.includes('three days of mourning'));
  assert.ok(text.includes('Road Safety'), 'a short sub-heading inside the story is kept');
  assert.equal(r.markers.length >= 1, true);
  const rules = new Set(r.removed.map((x) => x.rule));
  for (const rule of ['outlet-marker', 'site-promo', 'photo-credit', 'repeated-caption', 'ui-line', 'related-headline', 'repeated-line', 'script-mismatch']) assert.ok(rules.has(rule), `rule ${rule} fired`);
});

test('a Via line is removed from the text and reported as outlet evidence', () => {
  const r = removeBoilerplate('The harbour reopened on Monday after repairs to the breakwater were finished.\n\nVia https://harborledger.example/story-1', registry);
  assert.equal(r.text, 'The harbour reopened on Monday after repairs to the breakwater were finished.');
  assert.equal(r.vias[0]!.url, 'https://harborledger.example/story-1');
});

test('a plain news story loses nothing', () => {
  const story = 'Council approves budget\n\nThe Ostbrook council approved its budget on Monday.\n\nThe vote was 31 to 12.\n\n"It is a fair budget," the mayor said.';
  const r = removeBoilerplate(story, registry);
  assert.equal(r.text, story);
  assert.equal(r.removed.length, 0);
});

test('Cyrillic article keeps its text and drops English UI strings', () => {
  const story = 'Мост в Тельмарке обрушился во вторник утром, погибли четыре человека.\nSubscribe\nСпасатели продолжают поиски в реке.\nRead more';
  const r = removeBoilerplate(story, registry);
  assert.equal(r.text, 'Мост в Тельмарке обрушился во вторник утром, погибли четыре человека.\nСпасатели продолжают поиски в реке.');
});

test('title case detection', () => {
  assert.equal(isTitleCase('Engineers Warn of Ageing Bridges Across the Region'), true);
  assert.equal(isTitleCase('Police divers recovered two cars from the water'), false);
  assert.equal(isTitleCase('Road Safety'), false); // too short to tell a headline from a sub-heading
});

test('byline, "Source: <outlet>" and call-to-action lines on another invented layout', () => {
  const page = `Tram line approved in Lakeshore\nBy Ida Marsh and Tomas Edvik\nImage caption, The new tram will cross the old bridge\nThe Lakeshore council approved a 14-kilometre tram line on Monday after a nine-hour debate.\nWATCH: How the route was chosen\nConstruction starts next spring and will cost about 410 million, officials said.\nSource: Deutsche Welle`;
  const r = removeBoilerplate(page, registry);
  assert.equal(r.byline, 'Ida Marsh and Tomas Edvik');
  assert.equal(r.markers[0]?.name, 'Deutsche Welle');
  assert.equal(r.text, 'Tram line approved in Lakeshore\nThe Lakeshore council approved a 14-kilometre tram line on Monday after a nine-hour debate.\nConstruction starts next spring and will cost about 410 million, officials said.');
});

test('a feed footer names the site and leaves the text', () => {
  const r = removeBoilerplate('Cherry growers in the Velden valley report the largest harvest in two decades.\nThe post Record cherry harvest appeared first on Al Jazeera.\nContinue reading', registry);
  assert.equal(r.text, 'Cherry growers in the Velden valley report the largest harvest in two decades.');
  assert.equal(r.markers[0]?.name, 'Al Jazeera');
});
