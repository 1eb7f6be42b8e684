// Facts are aligned on what is said, not on who says it: two sentences that share only a long
// speaker frame ("Harbour Commissioner X said …") are different statements, while one statement
// framed differently ("X said …" / "…, X said.") is still one fact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { attributionFrames } from '../src/brief/frame.ts';
import { article, fixtureEvent, withAnalysis } from './fixtures/brief/event.ts';

const ITEMS = [
  withAnalysis(article('bay-a', 'Quayside Herald', 'QS', 'private', 'Pellegrin-Vaux questions dredging deal', [
    'Harbour Commissioner Idris Pellegrin-Vaux of the Quayside Port Authority said the dredging tender was void.',
    '',
    'The contract is worth four million crowns.',
  ].join('\n'))),
  withAnalysis(article('bay-b', 'Lantern Post', 'QS', 'state', 'Ferry terminal to open in June', [
    'Harbour Commissioner Idris Pellegrin-Vaux of the Quayside Port Authority said the ferry terminal would open.',
    '',
    'Work on the terminal began two years ago.',
  ].join('\n'))),
  withAnalysis(article('bay-c', 'Dockside Voice', 'QS', 'public-service', 'No tender for dredging, says commissioner', [
    'The dredging tender was void, Pellegrin-Vaux told reporters.',
    '',
    'Opposition councillors asked for an inquiry.',
  ].join('\n'))),
];

test('the attribution frame is found at either end of a sentence', () => {
  const s = 'Harbour Commissioner Idris Pellegrin-Vaux said the new ferry terminal would open in June.';
  assert.deepEqual(attributionFrames(s).map((f) => s.slice(f.start, f.end)), ['Harbour Commissioner Idris Pellegrin-Vaux said ']);
  const t = 'The dredging tender was void, Pellegrin-Vaux told reporters.';
  assert.deepEqual(attributionFrames(t).map((f) => t.slice(f.start, f.end)), [', Pellegrin-Vaux told reporters.']);
  const u = 'Putin thanked Assad for the invitation.';
  assert.deepEqual(attributionFrames(u), [], 'thanking is what happened, not a frame');
});

test('a shared speaker frame does not make two statements one fact; one statement in two frames does', async () => {
  const brief = await buildBrief(fixtureEvent(ITEMS), ITEMS, { embed: false });
  const factOf = (id: string) => brief.facts.find((f) => f.citations.some((c) => c.article_id === id && c.sentence === 0));
  const tender = factOf('bay-a');
  assert.ok(tender, 'the tender statement is a fact');
  const ids = new Set(tender.citations.map((c) => c.article_id));
  assert.ok(!ids.has('bay-b'), `the ferry terminal statement is not the tender one: ${tender.text}`);
  assert.ok(ids.has('bay-c'), 'the same statement, framed at the end, is aligned');
  assert.equal(tender.status, 'corroborated');
});
