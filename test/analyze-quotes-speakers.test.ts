import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'q');
const quotes = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quotes;
const speakerOf = (text: string, words: string) => quotes(text).find((q) => q.text.includes(words))?.speaker_name ?? null;

test('"she said" after a paragraph that names a new subject is that subject, not the earlier speaker', () => {
  const text = 'Judge Marta Vinsen told the court that Karl Obrey had "betrayed the public".\n\nHis lawyer, Petra Holloway, said he would appeal. "My client maintains his innocence," she said.';
  assert.equal(speakerOf(text, 'My client'), 'Petra Holloway');
  const text2 = 'Tessa Marlowe told supporters: "Tonight the province chose change."\n\nGustav Brenner conceded after midnight. "I called her to congratulate her," he said.';
  assert.equal(speakerOf(text2, 'I called'), 'Gustav Brenner');
});

test('a pronoun skips a speaker an earlier pronoun gave the other gender', () => {
  const text = [
    'Yusef Tarrin opened his bakery in 1999. "I still bake every loaf," he says.',
    'His daughter, Lina Tarrin, runs the second shop. "My father never takes a day off," she said.',
    'He has no plans to retire. "When I stop baking, I will stop living," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'When I stop'), 'Yusef Tarrin');
  assert.equal(speakerOf(text, 'My father'), 'Lina Tarrin');
});

test('speaker named after a role appositive, before or after the verb', () => {
  assert.equal(speakerOf('The ministry met on Friday. "Dialogue is the only path," a ministry spokesman, Omar Haddel, said.', 'Dialogue'), 'Omar Haddel');
  assert.equal(speakerOf('"We are in uncharted territory," said its chief forecaster, Rosa Ellery.', 'uncharted'), 'Rosa Ellery');
});

test('a relative clause or an age between the speaker and "said" keeps the speaker', () => {
  assert.equal(speakerOf("Prof. Liam Corrigan, who was not involved in the study, said the findings were \"genuinely exciting\".", 'genuinely'), 'Liam Corrigan');
  assert.equal(speakerOf('Mara Lindgren, 52, said the quarter was "softer than expected".', 'softer'), 'Mara Lindgren');
});

test('interview transcript: a paragraph opening "Name:" before a quote names its speaker', () => {
  const text = 'Ana Ferrell became energy minister in January.\n\nQ: Is the plan realistic?\n\nFerrell: "Yes. We have already shut two of the seven plants."';
  assert.equal(speakerOf(text, 'already shut'), 'Ana Ferrell');
});

test('"she said" after "I asked Ashby\'s spokeswoman" is the spokeswoman, not Ashby', () => {
  const text = 'The club owner, Victor Ashby, is worth $3 billion.\n\nWhen I asked Ashby\'s spokeswoman whether he would pay more, she said: "He has been very generous already."';
  const q = quotes(text).find((x) => x.text.includes('generous'));
  assert.equal(q?.speaker_entity_id, null);
  assert.match(q?.speaker_name ?? '', /Ashby.s spokeswoman/);
});
