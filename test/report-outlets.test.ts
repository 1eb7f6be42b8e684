// Outlet profiles: each outlet across events, built from the briefs — coverage (and sole
// coverage), corroboration only where others could corroborate, conflict sides, own-voice vs
// attributed loaded words with citations into the real text, hedges, whom it quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { isLoaded, outletProfiles } from '../src/report/outlets.ts';
import { outletsMarkdown } from '../src/report/markdown.ts';
import { article, fixtureEvent, fixtureItems, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const items = fixtureItems();
const talks = fixtureEvent(items);
// a second event covered by the Herald alone, and one by an article with no outlet name
const solo = [withAnalysis(article('herald-2', 'Northern Herald', 'NV', 'state', 'Dresk rebuilt', 'Army engineers liberated the last district of Dresk on Friday, the ministry said. Terrorists had mined the bridges.'))];
const anon = withAnalysis({ ...article('anon-1', 'x', 'NV', 'unknown', 'Bridge reopens', 'The Dresk bridge reopened to traffic on Monday after repairs.'), outlet: null });
const events = [
  { ...talks, brief: await buildBrief(talks, items, { embed: false }) },
  { ...undatedEvent('ev-dresk', 'Dresk rebuilt', ['herald-2']), brief: await buildBrief(undatedEvent('ev-dresk', 'Dresk rebuilt', ['herald-2']), solo, { embed: false }) },
  { ...undatedEvent('ev-bridge', 'Bridge reopens', ['anon-1']), brief: await buildBrief(undatedEvent('ev-bridge', 'Bridge reopens', ['anon-1']), [anon], { embed: false }) },
];
const profiles = outletProfiles(events);
const byName = new Map(profiles.map((p) => [p.outlet, p]));
const texts = new Map([...items, ...solo, anon].map((it) => [it.article.id, it.article]));

test('one profile per outlet the briefs name; copies count with the outlet that carries them', () => {
  const herald = byName.get('Northern Herald')!;
  assert.deepEqual(herald.events.map((e) => [e.event_id, e.sole_source]), [['ev-kalvaro', false], ['ev-dresk', true]]);
  assert.equal(herald.articles, 2);
  assert.equal(herald.country, 'NV');
  assert.equal(herald.ownership, 'state');
  assert.equal(profiles[0]!.outlet, 'Northern Herald', 'most events first');
  const unnamed = profiles.at(-1)!;
  assert.equal(unnamed.identified, false, 'an article without an outlet name is its own, unidentified source');
  assert.ok(byName.get('Coastal Times')!.identified);
});

test('corroboration counts only statements in events other outlets cover too', () => {
  const herald = byName.get('Northern Herald')!;
  const talksBrief = events[0]!.brief;
  const inTalks = talksBrief.facts.filter((f) => f.sources.some((s) => s.outlet === 'Northern Herald'));
  const n = herald.facts.corroborated + herald.facts['single-source'] + herald.facts.contested;
  assert.equal(n, inTalks.length, 'the solo event adds no statements');
  assert.ok(herald.facts.corroborated > 0);
  assert.equal(herald.corroborated_share, +(herald.facts.corroborated / n).toFixed(3));
  assert.equal(byName.get(profiles.at(-1)!.outlet)!.corroborated_share, null);
});

test('conflict sides: each outlet keeps the value it reports and what the others say', () => {
  const herald = byName.get('Northern Herald')!;
  const times = byName.get('Coastal Times')!;
  const killed = (p: typeof herald) => p.conflicts.find((c) => /12/.test(c.value) || /20/.test(c.value));
  assert.ok(killed(herald) && killed(times), 'the 12 vs 20 killed conflict shows on both outlets');
  assert.match(killed(herald)!.value, /12/);
  assert.ok(killed(herald)!.against.some((v) => /20/.test(v)));
  for (const c of killed(herald)!.citations) assert.ok(texts.get(c.article_id)!.text.slice(c.start, c.end).includes('12'));
});

test('framing: own voice vs attributed across events, with citations to the words', () => {
  const herald = byName.get('Northern Herald')!;
  const armed = herald.framing.find((f) => f.group === 'armed-opponents')!;
  const own = armed.own.find((t) => t.term === 'terrorists')!;
  assert.deepEqual(own.events.sort(), ['ev-dresk', 'ev-kalvaro'], 'asserted in its own voice in both events');
  assert.ok(own.count >= 2);
  for (const c of own.examples) assert.match(texts.get(c.article_id)!.text.slice(c.start, c.end), /terrorist/i);
  const times = byName.get('Coastal Times')!.framing.find((f) => f.group === 'armed-opponents')!;
  assert.ok(times.attributed.some((t) => t.term === 'terrorists'), 'the Times only quotes the word');
  assert.ok(!times.own.some((t) => t.term === 'terrorists'));
  const radio = byName.get('Free Valley Radio')!;
  assert.equal(radio.hedges.words.reportedly, 1);
  assert.ok(radio.quotes.length === 0 || radio.quotes.every((q) => q.count > 0));
});

test('markdown lists each outlet with its events and only the loaded framing groups', () => {
  const md = outletsMarkdown(profiles, texts);
  assert.match(md, /\*\*Northern Herald\*\* — NV, state · 2 articles · 2 events \(1 only here\)/);
  assert.match(md, /armed opponents of a government: own voice [^;]*terrorists/);
  const labels = new Set(profiles.flatMap((p) => p.framing.map((f) => f.label)));
  const neutralOnly = [...labels].filter((l) => profiles.every((p) => p.framing.every((f) => f.label !== l || !isLoaded(f))));
  assert.ok(neutralOnly.length > 0, 'the fixture has a group used only in its neutral form');
  for (const l of neutralOnly) assert.ok(!md.includes(`${l}: own voice`), `${l} is left out`);
  assert.ok(!md.includes('**article anon-1**'), 'an article with no outlet name gets no profile section');
  assert.match(md, /1 article with no outlet name, each counted as its own source: anon-1 \(ev-bridge\)/);
});
