// A fact is contested when its own figure is disputed, not when one of its sentences happens to
// carry some other disputed figure too ("200 were detained and 14 injured" in the injuries fact).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const items = [
  withAnalysis(article('k1', 'Lannet Courier', 'LN', 'state', 'Unrest in Brova', 'The ministry said 200 people were detained in Brova and 14 people were injured in the clashes.\n\nThe clashes in Brova began after a rally against bread prices.')),
  withAnalysis(article('k2', 'Brova Today', 'LN', 'private', 'Unrest in Brova', 'Hospital staff said 14 people were injured in the clashes in Brova.\n\nMore than 350 people were detained in Brova, organisers said.')),
  withAnalysis(article('k3', 'Sarro Wire', 'SR', 'private', 'Unrest in Brova', 'Police detained 200 people in Brova after the rally against bread prices.\n\nDoctors said 14 people were injured in the clashes in Brova.')),
];
const event = undatedEvent('ev-k', 'Brova', items.map((i) => i.article.id));
const brief = await buildBrief(event, items, { embed: false });

test('the detention figures conflict and the facts carrying them are contested', () => {
  const c = brief.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(brief.figures));
  assert.ok(c.sides.some((s) => s.value === 350) && c.sides.some((s) => s.value === 200));
  const detained = brief.facts.find((f) => /Police detained 200/.test(f.text) || f.citations.some((x) => x.article_id === 'k3' && x.sentence === 0));
  assert.equal(detained?.status, 'contested');
});

test('the injuries fact is corroborated, though one of its sentences also gives the disputed detentions', () => {
  const injured = brief.facts.find((f) => f.citations.some((x) => x.article_id === 'k2' && x.sentence === 0));
  assert.ok(injured, JSON.stringify(brief.facts.map((f) => [f.text, f.status])));
  assert.ok(injured.citations.some((x) => x.article_id === 'k1'), 'the two-figure sentence is aligned with the injuries');
  assert.equal(injured.status, 'corroborated');
});
