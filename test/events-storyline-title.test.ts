// A court case told in three events (arraignment, trial, verdict) is one storyline, in date
// order, although its reports share only the accused (no court or place named in each), and it
// is named after the accused the reports are about, not after the judge each lead names once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';

const TODAY = '2026-01-01';

// Invented: the bribery case of a former harbour master in the port town of Skelby.
const SPECS: PlainSpec[] = [
  {
    id: 'arraignment',
    outlet: 'Skelby Record',
    published: day('2025-02-11'),
    title: 'Former harbour master Tobias Krenn denies bribery charges',
    text: `Former Skelby harbour master Tobias Krenn pleaded not guilty on Monday to five counts of bribery at his arraignment before Judge Agnes Wexler.

Prosecutors say Krenn took cash from shipping agents in exchange for berths between 2021 and 2023. Krenn, 58, said nothing in court.

Bail was set and the trial scheduled for the autumn. Krenn's lawyer said his client would be cleared.`,
  },
  {
    id: 'trial',
    outlet: 'Skelby Record',
    published: day('2025-09-16'),
    title: 'Krenn bribery trial opens with shipping agent on the stand',
    text: `The bribery trial of former Skelby harbour master Tobias Krenn opened on Monday before Judge Agnes Wexler, with a shipping agent telling the jury he paid Krenn in cash for berths.

Krenn, who denies five counts of bribery, listened without expression. His lawyer said the agent was lying to save himself.

The trial is expected to last about two weeks.`,
  },
  {
    id: 'verdict',
    outlet: 'Skelby Record',
    published: day('2025-10-02'),
    title: 'Jury finds former harbour master Krenn guilty of bribery',
    text: `A jury found former harbour master Tobias Krenn guilty on Wednesday of three counts of bribery and cleared him of two, Judge Agnes Wexler announced.

Krenn showed no emotion as the verdict was read. Krenn's lawyer said he would appeal.

Sentencing was set for November.`,
  },
];

/** The same reports with the judge named only further down: then only the accused is shared. */
const JUDGE_LATER: PlainSpec[] = SPECS.map((sp) => {
  const [lead, ...rest] = sp.text.replace(/,? (?:before|announced) Judge Agnes Wexler|, Judge Agnes Wexler announced/g, '').split('\n\n');
  return { ...sp, text: [lead, ...rest, 'Judge Agnes Wexler presides over the case.'].join('\n\n') };
});

function storyOf(specs: PlainSpec[]) {
  const set = clusterEvents(
    specs.map((s) => analyzeSpec(s, TODAY)),
    { today: TODAY },
  );
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(new Set(specs.map((s) => of(s.id).id)).size, 3, 'arraignment, trial and verdict are three events');
  assert.equal(set.storylines.length, 1, JSON.stringify(set.storylines));
  const story = set.storylines[0]!;
  assert.deepEqual(story.event_ids, ['arraignment', 'trial', 'verdict'].map((id) => of(id).id), 'in date order');
  return story;
}

test('a court case forms one storyline of three events, named after the accused, not the judge', () => {
  const story = storyOf(SPECS);
  assert.ok(story.entity_ids.includes('person:agnes-wexler'), 'the judge is shared by the events');
  assert.match(story.title, /^Tobias Krenn/);
  assert.doesNotMatch(story.title, /Wexler/, story.title);
});

test('events led by the same person link on the topic words they share, with no court or place named in each', () => {
  for (const sp of JUDGE_LATER) assert.doesNotMatch(sp.text.split('\n\n')[0]!, /Wexler/);
  const story = storyOf(JUDGE_LATER);
  assert.deepEqual(story.entity_ids, ['person:tobias-krenn']);
  assert.equal(story.title, 'Tobias Krenn');
});
