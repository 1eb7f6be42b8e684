// An anniversary report ("to mark one year since flight MA212 crashed … The crash on March 10,
// 2024, was …") without a date of its own is not a report of the crash: the day it remembers
// bounds its own event from below by the years it marks, and it stays out of the crash's event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents } from '../src/events/index.ts';
import { anniversaryYears, dateFromMembers } from '../src/events/dating.ts';
import { analyzeSpec, day } from './fixtures/events/analyzed.ts';

const TODAY = '2026-01-01';
const crash = [
  analyzeSpec(
    {
      id: 'crash-courier',
      outlet: 'Coastal Courier',
      published: day('2024-03-11'),
      title: 'Skyvane SV-400 crashes near Port Elms, killing 58',
      text:
        'A Meridian Air Skyvane SV-400 crashed shortly after take-off from Port Elms airport on Sunday, killing all 58 people on board, the airline said.\n\n' +
        'Flight MA212 came down in a field two kilometres from the runway. Meridian Air chief executive Dana Whitlock said the company was devastated.',
    },
    TODAY,
  ),
  analyzeSpec(
    {
      id: 'crash-meridian',
      outlet: 'Daily Meridian',
      published: day('2024-03-11'),
      title: 'Meridian Air flight MA212 crashes at Port Elms',
      text:
        'All 58 people on board Meridian Air flight MA212 were killed when the Skyvane SV-400 crashed near Port Elms on Sunday.\n\n' +
        'Dana Whitlock, the airline chief executive, said the aircraft had passed all checks. Investigators recovered both flight recorders.',
    },
    TODAY,
  ),
];
const memorial = analyzeSpec(
  {
    id: 'memorial',
    outlet: 'Port Elms Voice',
    title: 'Port Elms remembers the 58 victims of flight MA212',
    text:
      'Relatives, rescuers and Meridian Air staff gathered at Port Elms airport on Sunday to mark one year since flight MA212 crashed shortly after take-off, killing all 58 people on board.\n\n' +
      "A memorial stone listing the victims' names was unveiled by the mayor. The Skyvane SV-400 crash on March 10, 2024, was the deadliest in the country's history.",
  },
  TODAY,
);

test('an undated anniversary report is dated after the years it marks, not on the day it remembers', () => {
  assert.equal(anniversaryYears(memorial), 1);
  const { date } = dateFromMembers([memorial], TODAY);
  assert.notEqual(date.start, '2024-03-10', JSON.stringify(date));
  assert.ok(date.start && date.start >= '2025-01-01', date.label);
  assert.equal(date.weekday, 0, 'still a Sunday');
  assert.ok(date.evidence.some((e) => e.rule === 'anniversary:lower-bound' && e.text === 'March 10, 2024'));
});

test('the anniversary report stays out of the event of the crash it remembers', () => {
  const set = clusterEvents([...crash, memorial], { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('crash-courier').id, of('crash-meridian').id);
  assert.notEqual(of('memorial').id, of('crash-courier').id, JSON.stringify(set.events.map((e) => e.article_ids)));
  assert.equal(of('crash-courier').date.start, '2024-03-10');
});

test('a date in the lead sentence itself is the event even after a look-back phrase', () => {
  const it = analyzeSpec(
    {
      id: 'offensive',
      outlet: 'Harbor Ledger',
      title: 'Army opens offensive on the Sava',
      text: 'Two years after the war began, the Ostmark army launched an offensive along the Sava river on March 3, 2024, general Pavel Strunz said.\n\nFighting was reported near Drevec.',
    },
    TODAY,
  );
  assert.equal(anniversaryYears(it), 2);
  assert.equal(dateFromMembers([it], TODAY).date.start, '2024-03-03');
});
