// A feed instant in GMT shortly after midnight is the evening before in the Americas: "tonight"
// or "today" in such a text is one of two days (the analysis resolved it against the GMT date),
// and a dateline date one day earlier says which. A declared local offset is believed as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { clusterEvents } from '../src/events/index.ts';
import { localDay } from '../src/events/local-day.ts';
import { analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';

const TODAY = '2026-01-01';
const at = (day: string, timestamp: string, text: string): DatedValue => ({ start: day, end: day, precision: 'day', label: day, timestamp, evidence: [{ rule: 'explicit-field', text }] });
const spec = (id: string, published: DatedValue, text: string): PlainSpec => ({ id, outlet: 'Pacific Sentinel', published, title: 'Port Alden council approves stadium plan', text });
const VOTE = 'The Port Alden city council approved a plan for a new waterfront stadium tonight after a six-hour debate, Mayor Dana Whitcombe said.\n\nConstruction could start next year.';

test('"tonight" in a text published at 02:30 GMT is that day or the day before', () => {
  const it = analyzeSpec(spec('gmt', at('2025-03-06', '2025-03-06T02:30:00Z', 'Thu, 06 Mar 2025 02:30:00 GMT'), VOTE), TODAY);
  assert.deepEqual(localDay(it), { widen: -1 });
  const { date } = dateFromMembers([it], TODAY);
  assert.equal(date.start, '2025-03-05');
  assert.equal(date.end, '2025-03-06');
});

test('a dateline one day before the GMT date gives the local day', () => {
  const text = 'PORT ALDEN, March 5 (Pacific Sentinel) — ' + VOTE;
  const it = analyzeSpec(spec('dateline', at('2025-03-06', '2025-03-06T02:30:00Z', '2025-03-06T02:30:00Z'), text), TODAY);
  assert.deepEqual(localDay(it), { shift: -1 });
  assert.equal(dateFromMembers([it], TODAY).date.label, '2025-03-05');
});

test('a local offset, or an afternoon instant, leaves the day as it is', () => {
  const local = analyzeSpec(spec('local', at('2025-03-05', '2025-03-06T04:10:00Z', '2025-03-05T20:10:00-08:00'), VOTE), TODAY);
  assert.equal(localDay(local), null);
  assert.equal(dateFromMembers([local], TODAY).date.label, '2025-03-05');
  const noon = analyzeSpec(spec('noon', at('2025-03-06', '2025-03-06T14:00:00Z', '2025-03-06T14:00:00Z'), VOTE), TODAY);
  assert.equal(localDay(noon), null);
  assert.equal(dateFromMembers([noon], TODAY).date.label, '2025-03-06');
});

test('the GMT report joins the local reports of the vote, and the event keeps their day', () => {
  const items = [
    analyzeSpec(spec('gmt', at('2025-03-06', '2025-03-06T02:30:00Z', 'Thu, 06 Mar 2025 02:30:00 GMT'), VOTE), TODAY),
    analyzeSpec({ ...spec('local', at('2025-03-05', '2025-03-06T04:10:00Z', '2025-03-05T20:10:00-08:00'), VOTE.replace('a six-hour', 'a long')), outlet: 'Alden Tribune' }, TODAY),
  ];
  const set = clusterEvents(items, { today: TODAY });
  assert.equal(set.events.length, 1);
  assert.equal(set.events[0]!.date.label, '2025-03-05');
});
