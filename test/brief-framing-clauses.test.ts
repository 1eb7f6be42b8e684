// Reported speech covers the clause it reports, not the whole sentence (invented outlets, an
// invented shelling): ", the ministry said" attributes the clause before it; a clause the outlet
// adds after it (", while the rebels fled") is its own voice again; "X said …" attributes what follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportedSpans } from '../src/brief/reported-clauses.ts';
import { voiceOf } from '../src/brief/voice.ts';

function voice(sentence: string, word: string) {
  const s = sentence.indexOf(word);
  return voiceOf(sentence, 0, sentence.length, s, s + word.length, []).voice;
}

test('a trailing ", the ministry said" or "according to" attributes the whole lead clause', () => {
  assert.equal(voice('The war was unleashed by armed groups in the north in 2014, according to the Ostavian authorities.', 'armed groups'), 'attributed');
  assert.equal(voice('The regime shelled the town overnight, and residents fled as fighting spread, the ministry said.', 'regime'), 'attributed');
  assert.equal(voice('The regime shelled the town overnight, a witness told reporters.', 'regime'), 'attributed');
});

test('"X said" set off mid-sentence attributes the clause before it, not the clause after', () => {
  const s = 'The regime shelled the town overnight, the ministry said, while the rebels fled to the hills.';
  assert.equal(voice(s, 'regime'), 'attributed');
  assert.equal(voice(s, 'rebels'), 'own');
});

test('a leading "X said" attributes what follows it, not the clause before it', () => {
  const s = 'Police said the rioters threw stones, while the rebels stayed away.';
  assert.equal(voice(s, 'rioters'), 'attributed');
  assert.equal(voice(s, 'rebels'), 'attributed');
  assert.equal(voice('The army liberated Dresk on Monday, and officials said the rebels had fled.', 'liberated'), 'own');
  assert.equal(voice('The army liberated Dresk on Monday, and officials said the rebels had fled.', 'rebels'), 'attributed');
});

test('a frame inside the clause it reports, a relative clause, and "adding that"', () => {
  assert.equal(voice('The army, he said, liberated the town.', 'liberated'), 'attributed');
  assert.equal(voice('Residents, who said they heard shelling, blamed the regime.', 'regime'), 'own');
  const s = 'The rebels fled, the ministry said in a statement on Sunday, adding that the regime would pursue them.';
  assert.equal(voice(s, 'rebels'), 'attributed');
  assert.equal(voice(s, 'regime'), 'attributed');
  assert.deepEqual(reportedSpans('The town was calm on Sunday.'), []);
});

test('frames that open their chunk: a speaker named after the verb, or a clause it reports', () => {
  // ", said Dr Ema Holt." names the speaker: the clause before is reported
  assert.equal(voice('One of the dead was a child killed when a wall collapsed, said clinic doctor Ema Holt.', 'dead'), 'attributed');
  // "X, a photographer, said many children were among the dead": the title is the outlet's, the clause after "said" is reported
  const s = 'Tarn Voss, a photographer who rushed to the scene, said many children were among the dead.';
  assert.equal(voice(s, 'dead'), 'attributed');
  const p = 'The president of Kessia, which became independent in 2019, said he fears the regime intends to invade the south.';
  assert.equal(voice(p, 'president'), 'own');
  assert.equal(voice(p, 'regime'), 'attributed');
  assert.equal(voice('Relief groups, which took the administration to court, vowed to continue the legal battle.', 'administration'), 'own');
});

test('no frame: a passive "were reported", a capitalised name, a relative "which has claimed"', () => {
  assert.equal(voice('The violence near the refugee camp came a day after bombings were reported in another region.', 'refugee'), 'own');
  assert.equal(voice('A quake killed one person, the United States Geological Survey said.', 'killed'), 'attributed');
  assert.equal(voice('After 13 days of shelling, which has claimed more than 600 lives, the conflict has entered its bloodiest phase.', 'conflict'), 'own');
  assert.equal(voice('The army has often been accused of bombing villages where the rebels hide.', 'rebels'), 'attributed');
});

test('a verb opening its chunk names a speaker only when no clause follows', () => {
  const s = 'Jon Pell, the co-founder of a relief group, said the regime in Delk, the capital, is attempting to provoke a war.';
  assert.equal(voice(s, 'regime'), 'attributed');
  assert.equal(voice('The quake caused a landslide that killed a man, said Fauzi Arn, an official of the disaster agency.', 'killed'), 'attributed');
});
