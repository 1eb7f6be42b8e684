// A preview written days before what it announces ("will report its results on July 23,
// analysts expect ...") is not a report of it: it must not join the reports of the results
// (its expected figures are no claim about the actual ones), its event is dated to the
// announced day as scheduled, and a storyline links the two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatedValue } from '../src/types.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { isReportTime } from '../src/events/time-values.ts';

const TODAY = '2026-01-01';

// Invented: the quarterly results of a food company in the town of Marrow Vale.
const SPECS: PlainSpec[] = [
  {
    id: 'preview',
    outlet: 'Market Desk',
    published: day('2025-07-18'),
    title: 'Corvel Foods results next week: what analysts expect',
    text: `Corvel Foods will report its second-quarter results on July 23, and analysts expect higher grain prices to weigh on profit.

Analysts polled by Market Desk expect net profit of 210 million dollars on sales of 1.9 billion dollars. Chief executive Oona Marsh warned in April that grain costs were rising.`,
  },
  {
    id: 'results-desk',
    outlet: 'Market Desk',
    published: day('2025-07-23'),
    title: 'Corvel Foods profit falls as grain costs bite',
    text: `Corvel Foods said on Wednesday that its second-quarter net profit fell 6% to 198 million dollars, as higher grain prices squeezed margins.

Sales rose 4% to 1.9 billion dollars, the Marrow Vale-based company said. Chief executive Oona Marsh said the company would raise prices for some products.

Shares in Corvel Foods fell 5% in early trading.`,
  },
  {
    id: 'results-journal',
    outlet: 'Vale Business Journal',
    published: day('2025-07-24'),
    title: 'Corvel cuts outlook after grain prices dent margins',
    text: `Corvel Foods cut its full-year outlook on Wednesday after reporting a second-quarter profit of 198 million dollars, down from 211 million a year earlier.

Chief executive Oona Marsh told analysts that grain prices had risen by a quarter since April. Shares closed 5% lower.`,
  },
];

test('"will report on July 23" names a scheduled announcement, not the time of reporting', () => {
  const preview = analyzeSpec(SPECS[0]!, TODAY);
  const t = preview.analysis.times.find((x) => x.text.includes('July 23'));
  assert.ok(t, JSON.stringify(preview.analysis.times.map((x) => x.text)));
  assert.equal(isReportTime(preview.article, preview.analysis, t), false);
  const past = { ...SPECS[0]!, id: 'past', text: 'Corvel Foods reported its second-quarter results on July 23, and profit fell.' };
  const p = analyzeSpec(past, TODAY);
  const tp = p.analysis.times.find((x) => x.text.includes('July 23'))!;
  assert.equal(isReportTime(p.article, p.analysis, tp), true, 'a past reporting verb still marks the time of reporting');
});

test('a preview is its own scheduled event, linked to the results it announced', () => {
  const set = clusterEvents(
    SPECS.map((s) => analyzeSpec(s, TODAY)),
    { today: TODAY },
  );
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('results-desk').id, of('results-journal').id, 'two reports of the results');
  assert.notEqual(of('preview').id, of('results-desk').id, 'the preview is not a report of the results');
  assert.equal(of('results-desk').date.start, '2025-07-23');
  assert.doesNotMatch(of('results-desk').date.label, /scheduled/);
  const preview = of('preview').date;
  assert.equal(preview.start, '2025-07-23');
  assert.match(preview.label, /scheduled/);
  assert.ok(of('preview').storyline_id && of('preview').storyline_id === of('results-desk').storyline_id, JSON.stringify(set.storylines));
});
