import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.ts';
import { loadGazetteer } from '../src/analyze/entities/gazetteer.ts';
import type { Article } from '../src/types.ts';

const art = (id: string, text: string): Article => ({ id, input: id, title: '', text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const ents = (text: string, opts = {}) => analyzeArticle(art('a', text), { today: '2026-01-01', ...opts }).entities;
const byId = (list: ReturnType<typeof ents>, id: string) => list.find((e) => e.id === id);

test('full name, surname, Mr + surname and a role noun are one gazetteer person', () => {
  const list = ents('French President Emmanuel Macron met reporters in Lyon. Macron was upbeat. Mr Macron left early, and the French president later called Berlin.');
  const m = byId(list, 'person:emmanuel-macron');
  assert.ok(m);
  assert.equal(m!.type, 'person');
  assert.deepEqual(m!.mentions.map((x) => x.text), ['Emmanuel Macron', 'Macron', 'Macron', 'the French president']);
  assert.ok(!list.some((e) => /president/i.test(e.name)), 'titles are stripped from names');
});

test('name variants with and without the Arabic article link to one id', () => {
  const list = ents('Syrian President Bashar Assad spoke. Later, Bashar al-Assad and Assad were named again.');
  const a = byId(list, 'person:bashar-al-assad');
  assert.ok(a);
  assert.equal(a!.mentions.length, 3);
});

test('countries: alternative names and demonyms resolve to the country', () => {
  const list = ents('The Russian Federation and Russia are one state; Russian troops and Syrian forces moved.');
  assert.equal(byId(list, 'place:russia')!.mentions.length, 3);
  assert.equal(byId(list, 'place:syria')!.type, 'place');
});

test('people not in the gazetteer get the same id in different articles; surname links within an article', () => {
  const a = analyzeArticle(art('a1', 'Defence Minister Anika Varga of Freedonia said the drills would go on. Varga added nothing.'), { today: '2026-01-01' }).entities;
  const b = analyzeArticle(art('a2', 'Officials said Anika Varga was travelling.'), { today: '2026-01-01' }).entities;
  const va = byId(a, 'person:anika-varga');
  assert.ok(va);
  assert.equal(va!.mentions.length, 2);
  assert.ok(byId(b, 'person:anika-varga'));
});

test('a surname alone links to a gazetteer person when the article never gives the full name', () => {
  const list = ents('Erdogan said the talks went well.');
  assert.ok(byId(list, 'person:recep-tayyip-erdogan'));
});

test('organisations: gazetteer acronyms, and demonym + head word names', () => {
  const list = ents('The UN and NATO met. The Turkish Defence Ministry said 40 sorties were flown. We told us nothing.');
  assert.ok(byId(list, 'org:united-nations'));
  assert.ok(byId(list, 'org:nato'));
  assert.equal(byId(list, 'org:turkish-defence-ministry')?.type, 'organisation');
  assert.ok(!byId(list, 'place:united-states'), 'the pronoun "us" is not the US');
});

test('headline-case lines do not invent names; two names joined by "and" are two people', () => {
  const list = ents('Macron Visits Ankara to Discuss Joint Trade Plan\nEmmanuel Macron and Olaf Scholz met.');
  assert.ok(!list.some((e) => /Discuss|Visits/.test(e.name)));
  assert.ok(byId(list, 'person:emmanuel-macron'));
  assert.ok(byId(list, 'person:olaf-scholz'));
});

test('user aliases file adds aliases and entities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plx-alias-'));
  const path = join(dir, 'aliases.json');
  writeFileSync(path, JSON.stringify({ aliases: { 'Le President': 'person:emmanuel-macron' }, entities: [{ id: 'org:blue-harbour-group', name: 'Blue Harbour Group', type: 'organisation', aliases: ['BHG'] }] }));
  const gazetteer = loadGazetteer({ aliasesPath: path });
  const list = ents('Le President met the BHG board.', { gazetteer });
  assert.ok(byId(list, 'person:emmanuel-macron'));
  assert.ok(byId(list, 'org:blue-harbour-group'));
});

test('an unreadable aliases file is a warning, not a crash', () => {
  const a = analyzeArticle(art('x', 'Macron spoke.'), { aliasesPath: '/nonexistent/aliases.json', today: '2026-01-01' });
  assert.ok(a.warnings.some((w) => w.code === 'aliases-unreadable'));
});

test('mention offsets point at the mention text', () => {
  const text = 'Chancellor Olaf Scholz flew to Kyiv. Scholz met Ukrainian officials.';
  const a = analyzeArticle(art('o', text), { today: '2026-01-01' });
  for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('unknown countries: "President of X Name" strips the place; "Xian" demonyms link to X; one name keeps one type', () => {
  const text = 'President of Norlandia Ivo Rask met Marta Kell in Port Selva. Rask praised the Norlandian army. Later, Port Selva was calm, and Norlandia thanked Kell.';
  const list = ents(text);
  assert.ok(byId(list, 'person:ivo-rask'), 'the place after "President of" is not part of the name');
  const n = byId(list, 'place:norlandia');
  assert.ok(n);
  assert.ok(n!.mentions.some((m) => m.text === 'Norlandian'));
  assert.equal(n!.name, 'Norlandia');
  const ps = list.filter((e) => e.name === 'Port Selva');
  assert.equal(ps.length, 1);
  assert.equal(ps[0].type, 'place');
});

test('a "former" title is stripped from the name too', () => {
  const list = ents('Former Defence Minister Ola Brenn said the plan failed.');
  assert.ok(byId(list, 'person:ola-brenn'));
});

test('an unknown -ian adjective before a noun is taken as that country; a bare title is not a name', () => {
  const a = ents('Velmarian troops crossed the river. The President said nothing.');
  const v = byId(a, 'place:velmaria');
  assert.ok(v);
  assert.equal(v!.name, 'Velmaria');
  assert.ok(!a.some((e) => e.name === 'President'));
});

test('"president of <Country> <Name>" gives the person <Name>; a demonym is never a person', () => {
  const list = ents('The talks were led by the president of Veloria Aurel Kastrani in Dunmor. Velorian ministers followed.\n\n“We are ready to sign,” the Velorian said. Kalmoran Premier Ilse Brod and Velorian Edo Marn agreed, and Kalmora said so too.');
  const persons = list.filter((e) => e.type === 'person').map((e) => e.id).sort();
  assert.deepEqual(persons, ['person:aurel-kastrani', 'person:edo-marn', 'person:ilse-brod']);
  assert.equal(byId(list, 'place:veloria')!.type, 'place');
  assert.equal(byId(list, 'place:kalmora')!.type, 'place');
  assert.ok(byId(list, 'place:veloria')!.mentions.some((m) => m.text === 'Velorian'));
  const q = analyzeArticle(art('q', 'Velorian firms grew.\n\n“We are ready to sign the whole deal,” the Velorian said.'), { today: '2026-01-01' }).quotes[0];
  assert.equal(q.speaker_entity_id, null);
});

test('a capitalised auxiliary opening a quote is not part of a name; movement "to X" makes X a place', () => {
  const list = ents('Jovan Marek made a trip to Velgrad on Monday. “Had Veloria not acted, the fire would have spread,” he said. Velgrad says it will help.');
  assert.ok(!list.some((e) => /^had\b/i.test(e.name)));
  assert.equal(byId(list, 'place:velgrad')?.type, 'place');
  assert.ok(!list.some((e) => e.type === 'person' && e.id !== 'person:jovan-marek'));
});
