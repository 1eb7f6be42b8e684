// Outlets that quote in British style (‘…’, no double marks) have quotes, speakers and scare
// quotes like everyone else; apostrophes ("it’s", "protesters’ demands") are not quote marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const TEXT = [
  'Interior Minister Halvor Krenn called the protesters ‘hooligans who came to burn and loot’.',
  '',
  'The so-called ‘peaceful’ march ended in clashes, and the protesters’ demands were ignored.',
  '',
  '‘We will not back down,’ organiser Ilse Varga said. ‘It’s our city and it’s our future.’',
].join('\n');

test('‘…’ quotes are found with their speakers; apostrophes are not quote marks', () => {
  const qs = analyzeArticle(article('s1', 'Tarn Times', 'QX', 'private', 'March', TEXT), { today: '2031-01-01' }).quotes;
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker_name]),
    [
      ['hooligans who came to burn and loot', 'Halvor Krenn'],
      ['peaceful', null],
      ['We will not back down,', 'Ilse Varga'],
      ['It’s our city and it’s our future.', 'Ilse Varga'],
    ],
  );
});

test('a British-style outlet\'s framing sees quoted words and its own scare quotes', async () => {
  const it = withAnalysis(article('s1', 'Tarn Times', 'QX', 'private', 'March', TEXT));
  const ev = undatedEvent('ev-s', 'March', ['s1']);
  const b = await buildBrief(ev, [it], { embed: false });
  const f = b.framing.outlets[0]!;
  assert.equal(f.terms.find((t) => t.surface === 'hooligans')?.voice, 'quoted');
  assert.deepEqual(f.scare_quotes.map((s) => s.text), ['peaceful']);
});
