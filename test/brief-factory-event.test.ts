// A plant closure (invented carmaker Brackwell in the invented town of Harlow): "1,200 jobs" and
// "about 1,000 workers" count the same people, so they conflict; "300 jobs at suppliers" in a
// sentence about something else stays apart. And a short sentence in quotation marks after a
// quote is that speaker's words, not the outlet's scare quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'HX', 'private', 'Harlow plant closes', text));
const items = [
  mk('b1', 'Harlow Herald', 'Brackwell Motors will close its Harlow engine plant by the end of 2026, cutting 1,200 jobs, the carmaker said on Tuesday.'),
  mk(
    'b2',
    'Workers Voice',
    [
      'Brackwell Motors will close its Harlow engine plant by the end of 2026, and about 1,000 workers will lose their jobs.',
      '',
      'Another 300 jobs at local suppliers are at risk, the union estimates.',
      '',
      '"We warned them for ten years," said shop steward Ida Lorn. "Nobody listened."',
    ].join('\n'),
  ),
];
const brief = await buildBrief(undatedEvent('ev-b', 'Harlow', ['b1', 'b2']), items, { embed: false });

test('"1,200 jobs" and "about 1,000 workers" in one fact conflict', () => {
  const c = brief.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(brief.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((a, b) => a! - b!), [1000, 1200]);
});

test('a whole sentence in quotation marks after a quote is speech, not a scare quote', () => {
  const scare = brief.framing.outlets.flatMap((o) => o.scare_quotes.map((s) => s.text));
  assert.ok(!scare.some((s) => /Nobody listened/.test(s)), scare.join(' | '));
});
