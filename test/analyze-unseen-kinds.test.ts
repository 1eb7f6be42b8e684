// Analysis of event kinds outside the seeds (company results, elections, quakes, transfers, courts,
// strikes, rate decisions): invented outlets, people and places; each test fails without its rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';
import type { OutletRef } from '../src/types.ts';

const TODAY = '2031-01-01';
const run = (text: string, outlet: OutletRef | null = null) => analyzeArticle(textArticle(text, 'u', null, outlet), { today: TODAY });
const ents = (text: string, outlet: OutletRef | null = null) => run(text, outlet).entities;
const typeOf = (text: string, name: string, outlet: OutletRef | null = null) => ents(text, outlet).find((e) => e.mentions.some((m) => m.text === name))?.type;
const qty = (text: string) => run(text).quantities;
const q = (text: string, shown: string) => qty(text).find((x) => x.text === shown);

test('a number word opening a sentence before a name and a plural counts the plural; the name is a place', () => {
  const e = ents('Fourteen Tarvos citizens were evacuated from the port on Sunday.');
  assert.ok(!e.some((x) => /fourteen/i.test(x.id)), JSON.stringify(e));
  assert.equal(e.find((x) => x.name === 'Tarvos')?.type, 'place', JSON.stringify(e));
  // A name that holds its number stays whole.
  assert.ok(ents('Seven Seas Shipping, a partner of the port, said it had cut 400 jobs.').some((x) => x.name === 'Seven Seas Shipping'));
});

test('a product listed among things ("and other services") or before a product noun is no person', () => {
  assert.equal(typeOf('Internet Explorer and other legacy services will be switched off next spring, the company said.', 'Internet Explorer'), 'other');
  assert.equal(typeOf('Users of the Skyline Navigator browser were told to update it.', 'Skyline Navigator'), 'other');
  // People listed among people stay people.
  assert.equal(typeOf('Marta Quell and other officials visited the site.', 'Marta Quell'), 'person');
});

test('telecom, rail and wire-service names are organisations; their first word alone is the company', () => {
  assert.equal(typeOf('About 4.2m Helix Mobile customers switched plans.', 'Helix Mobile'), 'organisation');
  assert.equal(typeOf('Northline Rail, which operates 2,400 services a day, said the walkout would cost millions.', 'Northline Rail'), 'organisation');
  assert.equal(typeOf('Power company Western Grid said engineers had reconnected 45,000 customers.', 'Western Grid'), 'organisation');
  const e = ents('Grain exporter Hallam Agri said its earnings fell. Hallam, which handles wheat, said it would idle two terminals. Seven Seas Shipping, a partner of Hallam, said it had cut jobs.');
  const hallam = e.find((x) => x.id === 'org:hallam-agri');
  assert.equal(hallam?.mentions.length, 3, JSON.stringify(e));
  assert.ok(!e.some((x) => x.type === 'person'), JSON.stringify(e));
});

test('the outlet named in the dateline, and its short form, are that organisation', () => {
  const outlet: OutletRef = { name: 'Meridian Wire', id: null, evidence: [] };
  assert.equal(typeOf('VELMO, 14 February (Meridian Wire) - Ostrel Foods said profit rose.', 'Meridian Wire', outlet), 'organisation');
  const news: OutletRef = { name: 'Northstar News', id: null, evidence: [] };
  const e = ents('WELLSBURY, Jan 29 (Northstar News) - The bank raised rates. Economists polled by Northstar had expected a smaller move.', news);
  assert.equal(e.find((x) => x.id === 'org:northstar-news')?.mentions.length, 2, JSON.stringify(e));
});

test('"shares in X" names a company, not a place', () => {
  const e = ents('Ostrel Telecom plc said profit rose. Shares in Ostrel rose 4.7% in early trading.');
  assert.equal(e.find((x) => x.id === 'org:ostrel-telecom')?.mentions.length, 2, JSON.stringify(e));
  assert.ok(!e.some((x) => x.type === 'place'), JSON.stringify(e));
});

test('a participle opening a sentence is no part of the name after it; letters after a name are dropped', () => {
  const e = ents('A jury found Gerald Pennick guilty. Sentencing Pennick, Judge Helena Rusk said he had betrayed the town. His lawyer, Anita Desai KC, said he would appeal.');
  assert.ok(!e.some((x) => /sentencing/.test(x.id)), JSON.stringify(e));
  assert.equal(e.find((x) => x.id === 'person:gerald-pennick')?.mentions.length, 2, JSON.stringify(e));
  assert.ok(e.some((x) => x.id === 'person:anita-desai' && x.name === 'Anita Desai'), JSON.stringify(e));
});

test('a club named "Sporting X" in a sports report is an organisation', () => {
  assert.equal(typeOf('Westbrook Athletic paid Sporting Lagoa a fee for the striker, who scored 23 goals last season.', 'Sporting Lagoa'), 'organisation');
});

test('a name modifying an agency after "head of the" is not itself the organisation', () => {
  const e = ents('The quake struck the mountainous province of Soren. "Every hour counts," said Marta Velez, head of the Soren civil protection agency.');
  assert.equal(e.find((x) => x.name === 'Soren')?.type, 'place', JSON.stringify(e));
});

test('abbreviated millions before a name and a plural count the plural', () => {
  const x = q('The group said about 4.2m Helix Mobile customers switched to fibre.', 'about 4.2m');
  assert.equal(x?.value, 4_200_000);
  assert.equal(x?.counts, 'customers');
});

test('pence in a text that talks in pounds; glued units; basis points and magnitudes count nothing else', () => {
  const div = q('The board proposed a final dividend of 9.6p a share, up from 8.1p, on profit of £4.2bn.', '9.6p');
  assert.equal(div?.value, 0.096);
  assert.equal(div?.unit, 'GBP');
  assert.equal(div?.counts, 'per share');
  assert.equal(qty('Route 9p opened.').length, 0); // no pounds in the text: no pence
  const storm = 'Winds of up to 90mph hit the coast and 120mm of rain fell in a day.';
  assert.equal(q(storm, 'up to 90mph')?.unit, 'mph');
  assert.equal(q(storm, '120mm')?.unit, 'mm');
  assert.equal(q(storm, '120mm')?.counts, 'rain');
  // Moves in basis points: the number, nothing counted (the brief reads the unit after it, brief/figure-points.ts).
  const rates = qty('The bank raised its rate by 50 basis points to 5.25%, while two members preferred a 25bp move.');
  assert.deepEqual(rates.filter((x) => x.value === 50 || x.value === 25).map((x) => [x.value, x.unit, x.counts]), [[50, null, null], [25, null, null]]);
  // A magnitude counts the quake, not the verb after it (no unit: a bare "measured 4.4" elsewhere is the same kind of figure).
  const quake = qty('A magnitude 7.1 earthquake struck early Tuesday, followed by a 5.8-magnitude aftershock.');
  assert.deepEqual(quake.map((x) => [x.value, x.counts]), [[7.1, 'earthquake'], [5.8, 'aftershock']]);
});

test('what a change or an amount is about: the noun before the verb of change or before "of"', () => {
  const t = 'Pre-tax profit rose 12% to £4.2bn. The group said net debt fell by £600m to £18.9bn. Lumera reported revenue of $412 million and a net loss of $37.2 million.';
  assert.equal(q(t, '12%')?.counts, 'pre-tax profit');
  assert.equal(q(t, '£4.2bn')?.counts, 'pre-tax profit');
  assert.equal(q(t, '£600m')?.counts, 'net debt');
  assert.equal(q(t, '£18.9bn')?.counts, 'net debt');
  assert.equal(q(t, '$412 million')?.counts, 'revenue');
  assert.equal(q(t, '$37.2 million')?.counts, 'loss');
  // A name before the verb is no changed quantity.
  assert.equal(q('Shares in Ostrel rose 4.7% in early trading.', '4.7%')?.counts, null);
});

test('counted nouns skip -ous/-s adjectives, prepositions and trailing conjunctions', () => {
  const t = 'The Civic Union won 41.3 percent of the vote and 87 seats. Results from 12 overseas districts are pending. The ardan weakened 0.6% against the dollar.';
  assert.equal(q(t, '41.3 percent')?.counts, 'of the vote');
  assert.equal(q(t, '12')?.counts, 'districts');
  assert.notEqual(q(t, '0.6%')?.counts, 'against');
});

test("straight single quotes after a speech verb are a quote with its speaker", () => {
  const a = run('Okafor scored 23 goals for the Rovers\' fans. "I grew up watching this club," he said.\n\nRovers manager Paolo Brandt said: \'Tunde is exactly the kind of forward we haven\'t had.\'\n\nThe players\' union said nothing.');
  const qt = a.quotes.find((x) => x.text.startsWith('Tunde'));
  assert.ok(qt, JSON.stringify(a.quotes));
  assert.equal(qt.text, "Tunde is exactly the kind of forward we haven't had.");
  assert.equal(qt.speaker_entity_id, 'person:paolo-brandt');
  assert.ok(!a.quotes.some((x) => /union|fans/.test(x.text)), JSON.stringify(a.quotes));
});

test('an undated month-day dateline does not take its start from the news window', () => {
  const d = run('QUELLANT, March 3 (Corvid Press) - Hallam Agri said on Tuesday its earnings fell 18 percent.').published!;
  assert.equal(d.precision, 'month-day');
  assert.equal(d.month, 3);
  assert.equal(d.day, 3);
  assert.equal(d.start, null, JSON.stringify(d));
  assert.ok(d.end && d.end <= TODAY);
  assert.match(d.label, /year not stated/);
  // A year the text itself gives as a lower bound still bounds it.
  const bounded = run('QUELLANT, March 3 (Corvid Press) - Hallam Agri said on Tuesday its earnings fell for the first time since 2019.').published!;
  assert.ok(bounded.start && bounded.start >= '2019-01-01', JSON.stringify(bounded));
});

test('an upper-case dateline city and its region are places', () => {
  const e = ents('MANCHESTER, England (Calder Wire) - About 40,000 rail workers will walk out next week.\n\nQUELLANT, March 3 - Grain exports fell.');
  assert.equal(e.find((x) => x.id === 'place:manchester')?.type, 'place', JSON.stringify(e));
  assert.equal(e.find((x) => x.id === 'place:england')?.type, 'place', JSON.stringify(e));
  assert.equal(e.find((x) => x.id === 'place:quellant')?.type, 'place', JSON.stringify(e));
});

test('an inverted "…, said X" makes X the speaker, not the name before the comma', () => {
  const e = ents('Firefighters rescued 14 people near Launceston, said Devon Fire Brigade.');
  assert.equal(e.find((x) => x.name === 'Launceston')?.type, 'place', JSON.stringify(e));
});

test('a lower-case compass word before a name makes it a place; a grouping noun after a name an organisation', () => {
  assert.equal(typeOf('Trains across northern Vessland stopped running.', 'Vessland'), 'place');
  assert.equal(typeOf('The opposition Green Harbour alliance took 28.9 percent and 61 seats.', 'Green Harbour'), 'organisation');
});

test('a company named with its legal form is the same organisation as its bare name', () => {
  const e = ents('Orbitek Corp. said Monday it had agreed a deal. Orbitek shares fell 2.1% in New York.');
  assert.equal(e.filter((x) => /orbitek/.test(x.id)).length, 1, JSON.stringify(e));
  assert.equal(e.find((x) => x.id === 'org:orbitek')?.mentions.length, 2);
});

test('party labels and fire-service ranks before a name are no part of it', () => {
  const e = ents('Democrat Ana Moreno defeated Republican Tom Whitaker on Tuesday. "This fire is moving fast," Battalion Chief Rosa Delgado said.');
  const ids = e.map((x) => x.id);
  for (const id of ['person:ana-moreno', 'person:tom-whitaker', 'person:rosa-delgado']) assert.ok(ids.includes(id), JSON.stringify(ids));
  assert.ok(!ids.some((id) => /democrat|republican|battalion/.test(id)), JSON.stringify(ids));
});

test('a club whose name opens with its kind is named by that word alone too', () => {
  const e = ents('Dynamo Kirov have signed winger Lucas Prado, who scored nine goals in 34 league games last season. The fee is the highest Dynamo have ever paid.');
  assert.equal(e.find((x) => x.id === 'org:dynamo-kirov')?.mentions.length, 2, JSON.stringify(e));
});

test('an amount counts nothing across "plus" or a second count in another clause', () => {
  const t = 'He paid €28 million plus €4 million in bonuses. Sorensen must also forfeit $2.4 million and serve three years.';
  assert.equal(q(t, '€28 million')?.counts, null);
  assert.equal(q(t, '$2.4 million')?.counts, null);
  assert.deepEqual([q(t, 'three years')?.value, q(t, 'three years')?.unit], [3, 'years']);
});

test('company and police names with "Co.", "Motor", "Constabulary"; a model code ends a product name', () => {
  const e = ents('Velta recalls 1.2 million SUVs over faulty airbags\n\nDETROIT (Motorline) — Velta Motor Co. is recalling about 1.2 million Ranger XT sport utility vehicles. Velta said it knew of three crashes. Police arrested 23 people, the Metropolitan Constabulary said.');
  const velta = e.find((x) => x.id === 'org:velta-motor');
  assert.equal(velta?.mentions.length, 3, JSON.stringify(e));
  assert.equal(e.find((x) => x.name === 'Ranger XT')?.type, 'other', JSON.stringify(e));
  assert.equal(e.find((x) => x.name === 'Metropolitan Constabulary')?.type, 'organisation', JSON.stringify(e));
  assert.ok(!e.some((x) => x.type === 'person'), JSON.stringify(e));
});

test('"Chair" is a title', () => {
  const e = ents('WASHINGTON (Capitol Wire) - The Federal Reserve left its benchmark rate unchanged. Fed Chair Jerome Addison said the labor market remained solid.');
  assert.ok(e.some((x) => x.id === 'person:jerome-addison'), JSON.stringify(e));
  assert.ok(!e.some((x) => /chair/.test(x.id)), JSON.stringify(e));
});

test('"condemned the \\"…\\"" attributes the partial quote to the subject', () => {
  const a = run('Home Secretary Lydia Crane condemned the "mindless thuggery" and promised that those responsible would face "the full force of the law".');
  assert.equal(a.quotes[0]?.speaker_entity_id, 'person:lydia-crane', JSON.stringify(a.quotes));
});
