// Hyphenated compounds and their spaced spelling are the same words when sentences are compared:
// "third-quarter" meets "third quarter" (either way round), "rebel-held" meets "held by rebels".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentStems, words } from '../src/brief/tokens.ts';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

test('a hyphenated compound gives the tokens of its spaced spelling', () => {
  assert.deepEqual(contentStems('third-quarter profits'), contentStems('third quarter profits'));
  assert.deepEqual(contentStems('the third quarter'), contentStems('the third-quarter'));
  assert.deepEqual(contentStems('long-range missiles'), contentStems('long range missiles'));
  assert.ok(contentStems('the rebel-held town').includes(contentStems('rebels')[0]!));
  // figures keep their own shape
  assert.deepEqual(words('400,000 people, 3.5 percent'), ['400000', 'people', '3.5', '%']);
});

test('an aligned fact forms across the two spellings', async () => {
  const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QB', 'private', 'Brannic results', text));
  const items = [
    mk('q1', 'Orlan Business Daily', 'Brannic Shipping opened its new dock in Vessa on Monday. Hull-cleaning costs doubled, the company warned.'),
    mk('q2', 'Vessa Markets Review', 'Dock workers in Vessa protested against Brannic Shipping on Monday. Costs of hull cleaning doubled, the company warned.'),
  ];
  const ev = undatedEvent('ev-q', 'Brannic', ['q1', 'q2']);
  const b = await buildBrief(ev, items, { embed: false });
  const f = b.facts.find((x) => x.citations.some((c) => c.article_id === 'q1') && /doubled/.test(x.text));
  assert.ok(f, JSON.stringify(b.facts));
  assert.ok(f.citations.some((c) => c.article_id === 'q2'), JSON.stringify(b.facts));
});
