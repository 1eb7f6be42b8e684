// Counts written with a definite determiner ("the two men were arrested") or as a partitive ("two
// of the protesters were killed"), and the whole of a partitive ("one of the 12 hostages").
// Invented reports from invented towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'd');
const pairs = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quantities.map((q) => [q.value, q.counts]);

test('"the two men were arrested": a definite count of people something happened to is a count', () => {
  assert.deepEqual(pairs('The two men were arrested outside the Orlen depot on Friday.'), [[2, 'men arrested']]);
  assert.deepEqual(pairs('Police said the three British tourists were later freed unharmed.'), [[3, 'tourists freed']]);
  assert.deepEqual(pairs('Its two pilots were killed when the cargo plane came down near Vessby.'), [[2, 'pilots killed']]);
  assert.deepEqual(pairs('The four fishermen drowned off Carrow Point.'), [[4, 'fishermen drowned']]);
});

test('"the two leaders met", "the two sides agreed": a definite pointing back is still no count', () => {
  assert.deepEqual(pairs('The two leaders met in Kessa, and the two sides agreed to talk again.'), []);
  assert.deepEqual(pairs('The two countries signed the accord. The three men shook hands.'), []);
  // the subject of a singular verb is the one, not the two
  assert.deepEqual(pairs('One of the two protesters was hurt in the scuffle.'), []);
});

test('"two of the protesters were killed": a partitive counts its noun with the verb', () => {
  assert.deepEqual(pairs('Two of the protesters were killed when troops fired on the march in Dunvale.'), [[2, 'protesters killed']]);
  assert.deepEqual(pairs('Three of the victims were children, the Tarnby coroner said.'), [[3, 'victims']]);
  assert.deepEqual(pairs('Two of the dead were miners from Holt.'), [[2, 'dead']]);
  // "one of the largest", "two of them", "two of those arrested": nothing counted
  assert.deepEqual(pairs('It was one of the largest rallies in years. Two of them fled, and two of those arrested were freed.'), []);
});

test('the whole of a partitive keeps its noun but not the part\'s verb', () => {
  assert.deepEqual(pairs('Two of the five detainees were released on Sunday.'), [[2, 'detainees released']]);
  assert.deepEqual(pairs('2 of the 5 detainees were released on Sunday.'), [[2, 'detainees released'], [5, 'detainees']]);
  assert.deepEqual(pairs('One of the 12 hostages was freed at dawn.'), [[12, 'hostages']]);
  // "all of the 12" is the whole itself
  assert.deepEqual(pairs('All of the 12 hostages were freed at dawn.'), [[12, 'hostages freed']]);
});

test('an age is no count of what happened to its holder; a bare participle after a partitive is the whole\'s', () => {
  // "a 23-year-old man was charged" is one man, not 23 charged
  assert.deepEqual(pairs('A 23-year-old man was charged with arson in Kelby on Monday.'), [[23, null]]);
  assert.deepEqual(pairs('Police said a 10-year-old girl was killed when the wall fell.'), [[10, null]]);
  // the four were killed; what the three did comes later in the sentence
  assert.deepEqual(pairs('Three of the four guards killed in the raid were from Orvan.'), [[3, 'guards']]);
  // an outcome far from the noun, with another subject, is not theirs
  assert.deepEqual(pairs('After two hours of talks with police he was charged.'), [[2, 'hours']]);
});

test('a relative clause between the noun and what happened still counts ("the two men who were arrested")', () => {
  assert.deepEqual(pairs('The two men who were arrested on Friday appeared in court in Vessby.'), [[2, 'men arrested']]);
  assert.deepEqual(pairs('Four people who were injured in the blast remain in hospital.'), [[4, 'people injured']]);
  assert.deepEqual(pairs('The two leaders who met in Kessa agreed to talk again.'), []);
});

test('compound word numbers ("Thirty-two people were killed", "fifty seven") are counts', () => {
  assert.deepEqual(pairs('Thirty-two people were killed when the cargo plane came down near Vessby.'), [[32, 'people killed']]);
  assert.deepEqual(pairs('Officials said twenty-one people died in the fire.'), [[21, 'people died']]);
  assert.deepEqual(pairs('Forty two soldiers were wounded.'), [[42, 'soldiers wounded']]);
});
