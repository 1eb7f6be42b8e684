// `"…," spokesman X was quoted as saying` names the speaker after the quote (passive report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { article } from './fixtures/brief/event.ts';

test('"X was quoted as saying" after a quote attributes it to X', () => {
  const a = article('qp', 'Ferrow Daily', 'QX', 'private', 'Raid', 'The army said it hit a depot.\n\n"Our units hit a depot of the bandits and every target was destroyed," army spokesman Colonel Ilan Vesk was quoted as saying.');
  const q = analyzeArticle(a, { today: '2031-01-01' }).quotes.find((x) => x.kind === 'speech');
  assert.ok(q);
  assert.equal(q.speaker_name, 'Ilan Vesk');
});
