import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'i');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });

test('a quote ending an indirect-speech sentence opened by a lone surname has that speaker', () => {
  for (const text of [
    'Orlen Vask said he would "honour the result of the ballot."',
    'The opposition "won big" on Sunday. Vask told reporters she would "honour the result of the ballot" and step aside.',
    'Vask said on Monday that he would "honour the result of the ballot".',
  ]) {
    const a = run(text);
    const q = a.quotes.find((x) => x.text.includes('honour the result'));
    assert.ok(q, text);
    assert.notEqual(q.kind, 'scare', text);
    assert.match(q.speaker_name ?? '', /Vask/, text);
    assert.match(q.speaker_entity_id ?? '', /^person:/, text);
  }
});

test('a group word opening the sentence is no person, and a short scare quote stays unattributed', () => {
  const a = run('Critics said the plan would "punish small farmers for years to come." Vask called it "fair".');
  assert.ok(!a.entities.some((e) => e.id === 'person:critics'), JSON.stringify(a.entities));
  assert.ok(a.quotes.some((q) => q.text.includes('punish small farmers')));
  const fair = a.quotes.find((q) => q.text === 'fair');
  assert.equal(fair?.speaker_entity_id ?? null, null);
});
