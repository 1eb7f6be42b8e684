// A month named far from the article's date is background, however central its sentence: a
// crash report released in June that recalls the crash "in March" is not dated March.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromMembers } from '../src/events/dating.ts';
import { analyzeSpec, day } from './fixtures/events/analyzed.ts';

const TODAY = '2025-01-01';

test('the month of the crash a report recalls does not date the report', () => {
  const it = analyzeSpec(
    {
      id: 'crash-report',
      title: 'Port Elms crash report blames faulty sensor',
      outlet: 'Coastal Courier',
      published: day('2024-06-20'),
      text:
        'The Civil Aviation Safety Board said on Thursday that a faulty angle sensor caused the crash of Meridian Air flight MA212 near Port Elms in March, which killed 58 people.\n\n' +
        'The preliminary report found the sensor fed wrong readings to the flight computer. Board chair Imani Roques said the Skyvane SV-400 fleet would remain grounded.',
    },
    TODAY,
  );
  const { date } = dateFromMembers([it], TODAY);
  assert.ok(!date.evidence.some((e) => e.text === 'in March' && e.rule.startsWith('time-expression')), JSON.stringify(date.evidence));
  assert.notEqual(date.precision, 'month', date.label);
  // honest: on or shortly before the day it was written
  assert.equal(date.end, '2024-06-20');
  assert.ok(date.start! >= '2024-05-01', date.label);
});
