// "reports of …" / "reports that …" as attribution in framing: the outlet citing unnamed reports
// or a charge ("there were reports of bombing", "amid claims that terrorists …") holds the word at
// arm's length; the noun naming the topic the outlet itself names ("reports of the bombing
// dominated the news") or the outlet's own reporting ("our correspondent reports that") does not.
// A speaker's verb ("the ministry reports that …") is reported speech, credited to the speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { voiceOf } from '../src/brief/voice.ts';
import { reportedSpans } from '../src/brief/reported-clauses.ts';
import { reportingNoun } from '../src/brief/report-noun.ts';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const voice = (s: string, w: string) => {
  const i = s.indexOf(w);
  return voiceOf(s, 0, s.length, i, i + w.length, []);
};

test('the outlet citing reports or claims: attributed', () => {
  for (const [s, w, marker] of [
    ['There were reports of bombing near the port on Monday.', 'bombing', 'reports of'],
    ['Reports of bombing near the port could not be verified.', 'bombing', 'reports of'],
    ['Amid reports that terrorists had entered the town, shops closed.', 'terrorists', 'reports that'],
    ['Media reports that rebels had fled were denied.', 'rebels', 'reports that'],
    ['The army denied allegations of bombing civilians.', 'bombing', 'allegations of'],
  ] as const) assert.deepEqual(voice(s, w), { voice: 'attributed', marker }, s);
});

test('the topic the outlet names, or its own reporting: own voice', () => {
  assert.deepEqual(voice('Reports of the bombing dominated the evening news.', 'bombing'), { voice: 'own', marker: null });
  assert.deepEqual(voice('The inquiry looked into news reports of the bombing of the market.', 'bombing'), { voice: 'own', marker: null });
  assert.deepEqual(voice('Our correspondent reports that the rioters set fire to two cars.', 'rioters'), { voice: 'own', marker: null });
  assert.deepEqual(voice('In our reports of bombing raids we named every source.', 'bombing'), { voice: 'own', marker: null });
});

test('a speaker\'s verb "reports" is reported speech credited to the speaker', () => {
  assert.deepEqual(voice('The ministry reports that terrorists entered the town.', 'terrorists'), { voice: 'attributed', marker: 'reported speech ("reports")' });
});

test('the noun is no reporting frame; the verb is', () => {
  const noun = 'Reports of the bombing dominated the evening news.';
  assert.ok(reportingNoun(noun, 0, 7));
  assert.deepEqual(reportedSpans(noun), []);
  const verb = 'The ministry reports that terrorists entered the town.';
  assert.ok(!reportingNoun(verb, verb.indexOf('reports'), verb.indexOf('reports') + 7));
  assert.equal(reportedSpans(verb).length, 1);
  const there = 'There were reports that rebels shelled the town.';
  assert.ok(reportingNoun(there, there.indexOf('reports'), there.indexOf('reports') + 7));
});

test('in a brief: the outlet naming "the bombing" itself is own voice, "reports of bombing" attributed', async () => {
  const items = [
    withAnalysis(article('r1', 'Dorva Times', 'DV', 'private', 'Port hit overnight', 'Reports of the bombing of the port dominated the evening news in Dorva on Monday.')),
    withAnalysis(article('r2', 'Selk Radio', 'SK', 'state', 'Port attack', 'There were reports of bombing near the port of Dorva on Monday, but officials gave no details.')),
  ];
  const b = await buildBrief(undatedEvent('ev-r', 'Dorva port', ['r1', 'r2']), items, { embed: false });
  const use = (src: string) => b.framing.outlets.find((o) => o.outlet === src)?.terms.find((t) => t.term === 'bombing');
  assert.equal(use('Dorva Times')?.voice, 'own', JSON.stringify(b.framing.outlets));
  assert.equal(use('Selk Radio')?.voice, 'attributed');
  assert.equal(use('Selk Radio')?.marker, 'reports of');
});
