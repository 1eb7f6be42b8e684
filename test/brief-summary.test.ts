// Summary: extractive, within budget, every sentence cited to the exact source characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief, summarizeItems } from '../src/brief/index.ts';
import { wordCount } from '../src/brief/tokens.ts';
import { similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, fixtureEvent, fixtureItems, withAnalysis } from './fixtures/brief/event.ts';

const items = fixtureItems();
const texts = new Map(items.map((it) => [it.article.id, it.article.text]));
const analyses = new Map(items.map((it) => [it.article.id, it.analysis]));

function assertResolves(summary: { text: string; citations: { article_id: string; sentence: number; start: number; end: number }[] }[]) {
  for (const s of summary) {
    assert.ok(s.citations.length >= 1, `uncited: ${s.text}`);
    assert.equal(texts.get(s.citations[0]!.article_id)!.slice(s.citations[0]!.start, s.citations[0]!.end), s.text);
    for (const c of s.citations) {
      const sent = analyses.get(c.article_id)!.sentences.find((x) => x.index === c.sentence);
      assert.ok(sent, `citation names a sentence that exists: ${c.article_id}#${c.sentence}`);
      assert.ok(c.start >= sent.start && c.end <= sent.end && c.end > c.start, 'offsets lie inside the cited sentence');
    }
  }
}

test('every summary sentence resolves to the source text and stays within the word budget', async () => {
  for (const words of [25, 50, 80]) {
    const brief = await buildBrief(fixtureEvent(items), items, { words, embed: false });
    assert.ok(brief.summary.length > 0);
    assertResolves(brief.summary);
    const total = brief.summary.reduce((n, s) => n + wordCount(s.text), 0);
    assert.ok(total <= words, `${total} words > budget ${words}`);
  }
});

test('a statement several outlets make appears once, cited to all of them', async () => {
  const brief = await buildBrief(fixtureEvent(items), items, { words: 80, embed: false });
  const meeting = brief.summary.filter((s) => /Kalvaro/.test(s.text) && /4 March/.test(s.text));
  assert.equal(meeting.length, 1, 'the meeting sentence is not repeated');
  const cited = new Set(meeting[0]!.citations.map((c) => c.article_id));
  for (const id of ['herald-1', 'times-1', 'radio-1']) assert.ok(cited.has(id), `meeting echoed in ${id}`);
});

test('summarizeItems takes items as one event, with embeddings (offline) too', async () => {
  const summary = await summarizeItems(items.slice(0, 3), 40);
  assert.ok(summary.length > 0);
  assertResolves(summary);
  assert.ok(summary.reduce((n, s) => n + wordCount(s.text), 0) <= 40);
});

// Three invented outlets on one invented event: each lead states the shared fact, each second
// sentence is the outlet's own colour that nobody else reports.
function ferryItems() {
  const a = article('bay-1', 'Bay Courier', 'MB', 'private', 'Marrow Bay ferries sail again as port strike ends', [
    'The Marrow Bay ferry service resumed on Tuesday after a three-week strike by port workers ended.',
    'Our reporter found the harbour cafés gloomy and nearly empty.',
    'A retired captain painted seagulls on the old pier.',
  ].join('\n\n'));
  const b = article('bay-2', 'Island Post', 'MB', 'public-service', 'Port strike over, Marrow Bay ferries resume', [
    'Port workers in Marrow Bay ended their three-week strike, and the ferry service resumed on Tuesday.',
    'Local poet Anselm Grey read verses about rust at the dock.',
  ].join('\n\n'));
  const c = article('bay-3', 'Coast Daily', 'MB', 'state', 'Ferries back in Marrow Bay after strike', [
    'Ferry service in Marrow Bay resumed on Tuesday as the strike by port workers ended after three weeks.',
    'Some tourists grumbled about the price of cruise tickets.',
  ].join('\n\n'));
  return [a, b, c].map(withAnalysis);
}

async function ferrySummary(words: number, overflow?: 'none' | 'last-sentence') {
  const its = ferryItems();
  const ev = buildUnits(its);
  const sim = await similarity(ev, false);
  return { ev, summary: summarize(ev, sim, words, overflow ? { overflow } : {}) };
}

test('the summary states what the outlets agree on, once, before any outlet-only detail', async () => {
  // 20 words: one lead (16-17 words) or two short colour sentences would fit
  const { summary } = await ferrySummary(20);
  const shared = summary.filter((s) => /strike/.test(s.text) && /ferry|Ferry/.test(s.text));
  assert.equal(shared.length, 1, summary.map((s) => s.text).join(' | '));
  assert.equal(summary.length, 1);
  // the other outlets' leads are cited as echoes of the chosen one
  assert.ok(shared[0]!.citations.length >= 2);
});

test('the summary uses its budget: every sentence left out would break it or repeat a chosen one', async () => {
  for (const words of [30, 45, 60]) {
    const { ev, summary } = await ferrySummary(words);
    const used = summary.reduce((n, s) => n + wordCount(s.text), 0);
    assert.ok(used <= words);
    const chosen = new Set(summary.map((s) => s.text));
    for (const u of ev.units) {
      if (chosen.has(u.text) || used + u.words > words) continue;
      assert.match(u.text, /strike/, `"${u.text}" fits in ${words - used} words but was left out`);
    }
    assert.equal(summary.filter((s) => /strike/.test(s.text)).length, 1, 'the shared fact is not repeated');
  }
});

test("overflow 'last-sentence' (ROUGE -l convention) adds at most one sentence past the budget", async () => {
  for (const words of [20, 30, 45]) {
    const plain = (await ferrySummary(words)).summary;
    const over = (await ferrySummary(words, 'last-sentence')).summary;
    const total = (xs: typeof plain) => xs.reduce((n, s) => n + wordCount(s.text), 0);
    assert.ok(total(plain) <= words);
    for (const s of plain) assert.ok(over.some((o) => o.text === s.text), 'keeps the in-budget choice');
    assert.ok(over.length <= plain.length + 1);
    if (over.length > plain.length) assert.ok(total(over) > words && total(plain) < words);
    assertResolvesIn(ferryItems(), over);
  }
});

function assertResolvesIn(its: ReturnType<typeof ferryItems>, summary: { text: string; citations: { article_id: string; start: number; end: number }[] }[]) {
  const byId = new Map(its.map((it) => [it.article.id, it.article.text]));
  for (const s of summary) assert.equal(byId.get(s.citations[0]!.article_id)!.slice(s.citations[0]!.start, s.citations[0]!.end), s.text);
}

test('a plain report is preferred to a quote or loaded wording of the same fact', async () => {
  const its = [
    article('br-1', 'Tavel Gazette', 'TV', 'private', 'Inspectors find cracks in Lorne bridge pillars, Tavel closes it', [
      '“Inspectors found cracks in two pillars of the Lorne bridge in Tavel, so it closed on Monday, a disgraceful catastrophe,” the furious mayor said.',
      'Repairs are expected to take about a month, the city engineer said.',
    ].join('\n\n')),
    article('br-2', 'Tavel Times', 'TV', 'public-service', 'Cracks in pillars close the Lorne bridge in Tavel', [
      'Inspectors found cracks in the pillars of the Lorne bridge, which closed on Monday.',
      'Ferries will carry commuters across the river while the bridge is closed.',
    ].join('\n\n')),
    article('br-3', 'River Post', 'TV', 'state', 'Tavel shuts Lorne bridge over cracked pillars found by inspectors', [
      'Inspectors found cracks in two pillars of the Lorne bridge in Tavel, which closed on Monday in a shocking scandal.',
      'The bridge opened in 1961 and carries twenty thousand cars a day.',
    ].join('\n\n')),
  ].map(withAnalysis);
  const ev = buildUnits(its);
  const summary = summarize(ev, await similarity(ev, false), 25, { fill: false });
  assert.equal(summary.length, 1, 'room for one report of the closure');
  assert.equal(summary[0]!.citations[0]!.article_id, 'br-2', summary[0]!.text);
  for (const s of summary) assert.doesNotMatch(s.text, /disgraceful|shocking/, 'loaded or quoted wording chosen over the plain report');
});

test('a pointer to other media ("Watch the full interview (video).") is never a summary line', async () => {
  const its = [
    article('tv-1', 'Norrland Wire', 'NL', 'private', 'Former harbour chief Ilsa Varg says auditors ignored her warnings', [
      'Watch the full Evening Desk interview with former harbour chief Ilsa Varg about the auditors (video).',
      'Former harbour chief Ilsa Varg said on Sunday that auditors ignored her warnings about the missing dock funds.',
    ].join('\n\n')),
    article('tv-2', 'Fjord Herald', 'NL', 'public-service', 'Ilsa Varg: auditors ignored my warnings on dock funds', [
      'Listen to the full interview with Ilsa Varg on the harbour auditors here.',
      'Ilsa Varg, the former harbour chief, told a television interviewer that auditors had ignored her warnings about dock funds.',
    ].join('\n\n')),
  ].map(withAnalysis);
  const ev = buildUnits(its);
  for (const words of [20, 40, 60]) {
    const summary = summarize(ev, await similarity(ev, false), words);
    assert.ok(summary.length > 0);
    for (const s of summary) assert.doesNotMatch(s.text, /^(Watch|Listen)\b/, `promo line chosen at ${words} words: ${s.text}`);
  }
});
