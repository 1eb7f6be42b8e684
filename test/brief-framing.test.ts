// Framing: loaded words in the outlet's own voice vs attributed, hedges, scare quotes, context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { voiceOf } from '../src/brief/voice.ts';
import { quoteSpans } from '../src/brief/quote-marks.ts';
import { fixtureEvent, fixtureItems } from './fixtures/brief/event.ts';

const items = fixtureItems();
const brief = await buildBrief(fixtureEvent(items), items, { embed: false });
const outlet = (name: string) => brief.framing.outlets.find((o) => o.outlet === name)!;

function voice(sentence: string, word: string) {
  const at = sentence.indexOf(word);
  return voiceOf(sentence, 0, sentence.length, at, at + word.length, quoteSpans(sentence, [])).voice;
}

test('voice rules', () => {
  assert.equal(voice('Troops fought the insurgents near the border.', 'insurgents'), 'own');
  assert.equal(voice('He praised what he called the defeat of the insurgents.', 'insurgents'), 'attributed');
  assert.equal(voice('The ministry refers to all armed groups as terrorists.', 'terrorists'), 'attributed');
  assert.equal(voice('The so-called rebels left the valley.', 'rebels'), 'attributed');
  assert.equal(voice('The general said that militants fled the town.', 'militants'), 'attributed');
  assert.equal(voice('Militants fled the town, the general said.', 'Militants'), 'attributed');
  assert.equal(voice('“The terrorists fled the town in panic,” the general told reporters.', 'terrorists'), 'quoted');
  assert.equal(voice('They freed the “liberated” villages.', 'liberated'), 'scare');
});

test('"terrorists" is the Herald\'s own word but only attributed by the Times', () => {
  const herald = outlet('Northern Herald').terms.filter((t) => t.term === 'terrorists');
  assert.ok(herald.some((t) => t.voice === 'own'));
  const times = outlet('Coastal Times').terms.filter((t) => t.term === 'terrorists');
  assert.ok(times.length >= 2);
  assert.ok(times.every((t) => t.voice !== 'own'), JSON.stringify(times));
  assert.ok(times.some((t) => t.voice === 'attributed' && /describe/.test(t.marker ?? '')));
  const radio = outlet('Free Valley Radio').terms.filter((t) => t.term === 'militants');
  assert.ok(radio.length && radio.every((t) => t.voice === 'attributed'));
  for (const t of [...herald, ...times]) {
    const text = items.find((it) => it.article.id === t.citation.article_id)!.article.text;
    assert.equal(text.slice(t.start, t.end), t.surface);
  }
});

test('the contrast table shows each outlet\'s choice', () => {
  const c = brief.framing.contrasts.find((x) => x.group === 'armed-opponents')!;
  assert.ok(c);
  const row = (n: string) => c.by_outlet.find((r) => r.outlet === n)!;
  assert.ok(row('Northern Herald').own.includes('terrorists'));
  assert.ok(!row('Coastal Times').own.includes('terrorists'));
  assert.ok(row('Coastal Times').own.includes('rebels'));
  assert.ok(brief.framing.contrasts.some((x) => x.group === 'territorial-control' && x.by_outlet.some((r) => r.outlet === 'Northern Herald' && r.own.includes('liberated'))));
});

test('hedges in the outlet\'s voice and context only one outlet gives', () => {
  assert.deepEqual(outlet('Free Valley Radio').hedges.map((h) => h.word.toLowerCase()), ['reportedly']);
  assert.equal(outlet('Northern Herald').hedges.length, 0);
  const ctx = outlet('Coastal Times').unique_context.map((c) => c.text);
  assert.ok(ctx.some((t) => /often describe all armed opponents/.test(t)));
  assert.ok(!outlet('Northern Herald').unique_context.some((c) => /thanked/.test(c.text)), 'corroborated facts are not unique context');
  // the copy does not double its original's framing
  assert.ok(!brief.framing.outlets.some((o) => o.outlet === 'Valley Wire'));
});
