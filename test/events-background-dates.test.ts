// Dates that are not the news: a birth or founding date, a starting point ("since Sept. 11,
// 2001"), or a day long before the article can have been written. An undated obituary that says
// "died Thursday" is dated by that Thursday, not by the birth date it also gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { analyzeSpec } from './fixtures/events/analyzed.ts';

const TODAY = '2031-06-30';

test('a birth date is background: the lede weekday dates the event', () => {
  const it = analyzeSpec(
    {
      id: 'obit',
      title: 'Stage actress Mirela Osk dies at 91',
      outlet: 'Varnholm Courier',
      text:
        'Stage actress Mirela Osk died Thursday at a hospital in Varnholm, her agent said. She was 91.\n\n' +
        'Born April 3, 1934, in the river town of Kell, Osk first appeared on stage at the age of nine.\n\n' +
        'She retired from the theatre after a farewell season at the Varnholm Playhouse.',
    },
    TODAY,
  );
  const { date } = dateFromMembers([it], TODAY);
  assert.ok(!(date.precision === 'day' && date.start === '1934-04-03'), `not dated by the birth date: ${JSON.stringify(date.evidence)}`);
  assert.ok(/Thursday/.test(date.label), `dated by the Thursday: ${JSON.stringify({ ...date, evidence: undefined })}`);
});

test('a full date long before the article was written is background', () => {
  const written: DatedValue = { start: '2024-01-01', end: '2026-12-31', precision: 'range', label: '2024–2026', evidence: [{ rule: 'metadata', text: '2024' }] };
  const it = analyzeSpec(
    {
      id: 'trial',
      title: 'Judge sentences Teodor Brask',
      outlet: 'Kell Herald',
      published: written,
      text:
        'A judge on Saturday sentenced Teodor Brask to twelve years in prison for the harbour fraud.\n\n' +
        'Brask first came to the attention of investigators on June 17, 1998, when a shipment went missing.',
    },
    TODAY,
  );
  const { date } = dateFromMembers([it], TODAY);
  assert.ok(!(date.precision === 'day' && date.start === '1998-06-17'), `not dated by the old day: ${JSON.stringify(date.evidence)}`);
  assert.ok(!date.start || date.start >= '2023-12-01', `the event lies near the article: ${date.label}`);
});

test('a year after today is never a past reference that bounds the event from below', () => {
  const it = analyzeSpec(
    {
      id: 'mine',
      title: 'Court orders Osk mine closed',
      outlet: 'Kell Herald',
      text: 'A judge on Tuesday ordered the closure of the Osk copper mine.\n\nIts operating licence had been granted in 2019 and ran to 2090.',
    },
    TODAY,
  );
  const { date } = dateFromMembers([it], TODAY);
  assert.ok(!date.start || date.start <= TODAY, `not after today: ${JSON.stringify({ ...date, evidence: undefined })}`);
  assert.ok(/Tuesday/.test(date.label), date.label);
});
