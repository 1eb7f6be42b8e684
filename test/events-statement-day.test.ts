// A statement is an event of its own: "The Board said on Thursday that it had fined…" happened on
// Thursday, the day it was said, even though "said on Thursday" only dates the reporting of other
// events ("…killing three, police said on Thursday"). Used only when nothing else dates the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromMembers, STATEMENT_RULE } from '../src/events/dating.ts';
import { isStatementTime } from '../src/events/time-values.ts';
import { clusterEvents } from '../src/events/index.ts';
import { analyzeSpec, day, type PlainSpec } from './fixtures/events/analyzed.ts';

const TODAY = '2026-01-01';
const FINE: PlainSpec[] = [
  {
    id: 'fine-wire',
    outlet: 'Meridian Wire',
    published: day('2025-04-11'),
    title: 'Regulator fines Halvard Air over delays',
    text:
      'The Civil Aviation Board said on Thursday that it had fined Halvard Air 4 million crowns for repeated flight delays and poor passenger information.\n\n' +
      'The airline has 30 days to appeal. A Halvard Air spokesman said the company would study the decision.',
  },
  {
    id: 'fine-fjord',
    outlet: 'Fjord Business',
    published: day('2025-04-11'),
    title: 'Halvard Air hit with record fine',
    text:
      'Halvard Air must pay a record fine of 4 million crowns, the Civil Aviation Board announced on Thursday, citing hundreds of delayed flights last winter.\n\n' +
      'Board chair Sigrun Aasen told a press conference the airline had ignored earlier warnings.',
  },
];
const CRASH: PlainSpec = {
  id: 'crash',
  outlet: 'Meridian Wire',
  published: day('2025-04-11'),
  title: 'Three killed as bus leaves mountain road',
  text: 'A bus carrying farm workers left a mountain road near Tolvik and fell into a ravine, killing three people, police said on Thursday.\n\nTwelve others were injured.',
};

test('the day a statement was made dates it when nothing else does', () => {
  const items = FINE.map((s) => analyzeSpec(s, TODAY));
  for (const it of items) {
    const { date } = dateFromMembers([it], TODAY);
    assert.equal(date.label, '2025-04-10', it.article.id);
    assert.ok(date.evidence.some((e) => e.rule === STATEMENT_RULE), JSON.stringify(date.evidence));
  }
  const set = clusterEvents(items, { today: TODAY });
  assert.equal(set.events.length, 1);
  assert.equal(set.events[0]!.date.label, '2025-04-10');
});

test('a happening only reported on a day is not dated by the reporting', () => {
  const it = analyzeSpec(CRASH, TODAY);
  const { date } = dateFromMembers([it], TODAY);
  assert.notEqual(date.precision, 'day', date.label);
  assert.ok(!date.evidence.some((e) => e.rule === STATEMENT_RULE));
  const said = it.analysis.times.find((t) => t.text === 'Thursday')!;
  assert.equal(isStatementTime(it.article, it.analysis, said), false);
});

test('a day the text names for the event still outranks the day of a statement', () => {
  const spec: PlainSpec = {
    ...FINE[0]!,
    id: 'fine-named',
    text: 'The Civil Aviation Board said on Thursday that Halvard Air had been fined on Tuesday for repeated flight delays.\n\nThe airline has 30 days to appeal.',
  };
  const { date } = dateFromMembers([analyzeSpec(spec, TODAY)], TODAY);
  assert.equal(date.label, '2025-04-08');
});
