// Names as other outlets write them: hyphenated given names, news agencies, company officers and
// occupations before a name, legal forms and short forms of companies, case names, reporting periods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'e');
const ents = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).entities.map((e) => [e.id, e.type, [...new Set(e.mentions.map((m) => m.text))].sort()]);
const ids = (text: string) => ents(text).map((e) => e[0]);

test('a hyphenated given name is a person', () => {
  assert.deepEqual(ents('The round starts soon, said a spokesman for the ministry, Jean-Luc Moser.'), [['person:jean-luc-moser', 'person', ['Jean-Luc Moser']]]);
});

test('"News" inside an agency name does not cut it, nor lend its head word to another agency', () => {
  const e = ents('GENEVA, March 3 (Alpine News Agency) - Talks resume, according to the Orbis Energy Agency, the Agency said.');
  assert.ok(e.some(([id]) => id === 'org:alpine-news-agency'), JSON.stringify(e));
  assert.ok(!e.some(([id, , m]) => id === 'org:orbis-energy-agency' && (m as string[]).includes('Agency')), JSON.stringify(e));
});

test('officer titles, plural judges and sentence-opening occupations are not part of the name', () => {
  assert.deepEqual(
    ids('Chief Financial Officer Raj Menon said sales rose. The dissent was joined by Justices Ramos and Kell. Striker Luca Moretti scored twice. Rivals Westbrook Athletic had led. Ramos said little.').sort(),
    ['org:westbrook-athletic', 'person:kell', 'person:luca-moretti', 'person:raj-menon', 'person:ramos'],
  );
});

test('a legal form does not make another company; the first word alone is the company', () => {
  const e = ents('Halvorsen Media Inc. lost its appeal. Shares in Halvorsen Media fell, and Halvorsen said it was disappointed.');
  assert.deepEqual(e, [['org:halvorsen-media', 'organisation', ['Halvorsen', 'Halvorsen Media', 'Halvorsen Media Inc']]]);
});

test('a party to a case is not a place, and goals come from people', () => {
  const e = ents('Writing for the majority in Delacroix v. Halvorsen Media, the judge agreed. The case was brought by Elena Delacroix. Westbrook led through goals from Kofi Mensah.');
  assert.ok(!e.some(([, type]) => type === 'place'), JSON.stringify(e));
  assert.ok(e.some(([id, , m]) => id === 'person:elena-delacroix' && (m as string[]).includes('Delacroix')), JSON.stringify(e));
  assert.ok(e.some(([id, type]) => id === 'person:kofi-mensah' && type === 'person'), JSON.stringify(e));
});

test('reporting periods are times, not names', () => {
  assert.deepEqual(ids('In Q3 2030 the company cut jobs and H1 profit rose.'), []);
  assert.deepEqual(ids('The Geological Survey said the quake was shallow.'), ['org:geological-survey']);
});

test('a describing noun opening the sentence is not part of the name ("Chipmaker Orbitek Corp")', () => {
  const e = ents('Chipmaker Orbitek Corp will cut 2,300 jobs. Orbitek shares fell. Rival Quantic Devices said it would cut 1,100.');
  assert.deepEqual(e.map((x) => [x[0], x[1]]).sort(), [['org:orbitek', 'organisation'], ['org:quantic-devices', 'organisation']]);
});

test('the place after a titled name and "of" is where the title holds ("Mayor Petra Horvat of Zelina")', () => {
  const e = ents('"We have never seen this," said Mayor Petra Horvat of Zelina, a town of 18,000.');
  assert.deepEqual(e.map((x) => [x[0], x[1]]).sort(), [['person:petra-horvat', 'person'], ['place:zelina', 'place']]);
});

test('a named storm is an event, not a person, and its name alone is the same storm', () => {
  const e = ents('Typhoon Meari slammed into Isabela on Sunday. Meari is the eighth storm to hit the country this year.');
  assert.ok(e.some(([id, type, m]) => id === 'other:typhoon-meari' && type === 'other' && (m as string[]).includes('Meari')), JSON.stringify(e));
  assert.ok(!e.some(([, type]) => type === 'person'), JSON.stringify(e));
});

test('an acronym spelling the initials of the whole name holds it together across "and"', () => {
  const e = ents('The National Disaster Risk Reduction and Management Council (NDRRMC) said 23 died. Putin and Assad spoke.');
  assert.ok(e.some(([id, , m]) => id === 'org:national-disaster-risk-reduction-and-management-council' && (m as string[]).includes('NDRRMC')), JSON.stringify(e));
});

test('an "-ian" word before a verb is a name, not the adjective of an unknown country', () => {
  const e = ents('LONDON (Meridian) - Economists polled by Meridian had expected the rate to hold.');
  assert.ok(!e.some(([id, type]) => type === 'place' && /meridia/.test(id as string)), JSON.stringify(e));
});
