// Span trimming: only what an editor would cut (datelines, rubric labels, connectives, anonymous
// attributions), always one exact sub-span, never a cut that leaves a lower-case start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { trimSpan, type TrimOptions } from '../src/brief/trim.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

const cut = (s: string, opts?: TrimOptions) => {
  const t = trimSpan(s, opts);
  assert.ok(t.start >= 0 && t.start <= t.end && t.end <= s.length);
  return s.slice(t.start, t.end);
};

test('datelines and agency tags are cut, whatever their shape', () => {
  assert.equal(cut('VARNOST, March 3 (Kestrel News) — The ministry closed the northern border on Friday.'), 'The ministry closed the northern border on Friday.');
  assert.equal(cut('ORBELLE (AP) -- Lawmakers passed the budget bill late on Tuesday.'), 'Lawmakers passed the budget bill late on Tuesday.');
  assert.equal(cut('ORBELLE (Kestrel) - U.N. envoys met the delegation in the old capital.'), 'U.N. envoys met the delegation in the old capital.');
  assert.equal(cut('DUMARA, Oct. 21 /TAVA/. President Velor received the delegation in the capital.'), 'President Velor received the delegation in the capital.');
  assert.equal(cut('Lisk, Norvania (AP) — Heavy rain flooded the river valley overnight.'), 'Heavy rain flooded the river valley overnight.');
  assert.equal(cut('SAINT ORBEL, Norv.—Rescuers pulled four miners from the shaft on Sunday.'), 'Rescuers pulled four miners from the shaft on Sunday.');
  // a place in ordinary case without an agency tag is a sentence subject, not a dateline
  assert.equal(cut('Orbelle — a port of ten thousand people — voted to leave the league.'), 'Orbelle — a port of ten thousand people — voted to leave the league.');
});

test('leading connectives go only when a capitalised sentence start remains', () => {
  assert.equal(cut('However, Velor rejected the plan by a wide margin on Monday.'), 'Velor rejected the plan by a wide margin on Monday.');
  assert.equal(cut('At the same time, The council opened the archive to the public.'), 'The council opened the archive to the public.');
  assert.equal(cut('But 40 villages still have no power after the storm.'), '40 villages still have no power after the storm.');
  // the remainder would start in lower case: the text cannot be re-capitalised, so no cut
  assert.equal(cut('However, the council rejected the plan by a wide margin.'), 'However, the council rejected the plan by a wide margin.');
  assert.equal(cut('In turn, he said the talks would continue next week.'), 'In turn, he said the talks would continue next week.');
  // temporal openers carry a fact and stay
  assert.equal(cut('Earlier, Velor met the union leaders in Dumara.'), 'Earlier, Velor met the union leaders in Dumara.');
  // a cut never leaves a fragment
  assert.equal(cut('However, Velor refused.'), 'However, Velor refused.');
});

test('rubric labels are cut; a speaker before a colon is not', () => {
  assert.equal(cut('Why it matters: Ferry fares make up half of island household transport costs.'), 'Ferry fares make up half of island household transport costs.');
  assert.equal(cut('Velor: We will never close the ferry line to the islands.'), 'Velor: We will never close the ferry line to the islands.');
  assert.equal(cut('Dead ferries cannot sail: The port board sold six of them last year.'), 'Dead ferries cannot sail: The port board sold six of them last year.');
});

test('anonymous trailing attributions go, named ones and quotes stay (unless asked)', () => {
  assert.equal(cut('The bridge will reopen in May after repairs, officials said.'), 'The bridge will reopen in May after repairs');
  assert.equal(cut('Exports fell by a fifth in the third quarter, the report said on Thursday.'), 'Exports fell by a fifth in the third quarter');
  assert.equal(cut('The bridge will reopen in May after repairs, Velor said.'), 'The bridge will reopen in May after repairs, Velor said.');
  assert.equal(cut('"The bridge will reopen in May after repairs," officials said.'), '"The bridge will reopen in May after repairs," officials said.');
  assert.equal(cut('The bridge will reopen in May after repairs, officials said.', { attribution: 'none' }), 'The bridge will reopen in May after repairs, officials said.');
  assert.equal(cut('The bridge will reopen in May after repairs, Mayor Velor said.', { attribution: 'any' }), 'The bridge will reopen in May after repairs');
});

test('cuts stack: dateline, then connective, then attribution', () => {
  const s = 'ORBELLE (AP) — Meanwhile, Rescue crews reached the two flooded villages by boat, officials said.';
  const t = trimSpan(s);
  assert.deepEqual(t.cuts, ['dateline', 'connective', 'attribution']);
  assert.equal(s.slice(t.start, t.end), 'Rescue crews reached the two flooded villages by boat');
  assert.deepEqual(trimSpan('Rescue crews reached the two flooded villages by boat.').cuts, []);
});

test('a trimmed summary line resolves exactly to its source sentence', async () => {
  const its = [
    article('riv-1', 'Kestrel Wire', 'NV', 'private', 'Floods cut off two Norvanian villages; crews reach them by boat', [
      'LISK, April 9 (Kestrel) — Floods cut off the villages of Amber and Tolm in northern Norvania on Sunday.',
      'Meanwhile, Rescue crews reached both villages by boat and evacuated three hundred people, officials said.',
    ].join('\n\n')),
    article('riv-2', 'Norvan Daily', 'NV', 'public-service', 'Boats evacuate flooded Amber and Tolm', [
      'Floods cut off Amber and Tolm in northern Norvania on Sunday, and crews evacuated three hundred people by boat.',
      'A local choir sang at the shelter in the evening.',
    ].join('\n\n')),
    article('riv-3', 'Tolm Herald', 'NV', 'state', 'Rescue crews evacuate flooded villages', [
      'Rescue crews evacuated three hundred people by boat from Amber and Tolm, which floods cut off on Sunday.',
    ].join('\n\n')),
  ].map(withAnalysis);
  const ev = buildUnits(its);
  const sim = await similarity(ev, false);
  const trimmed = summarize(ev, sim, 40);
  const whole = summarize(ev, sim, 40, { trim: false });
  const texts = new Map(its.map((it) => [it.article.id, it]));
  let cuts = 0;
  for (const s of trimmed) {
    const c = s.citations[0]!;
    const it = texts.get(c.article_id)!;
    assert.equal(it.article.text.slice(c.start, c.end), s.text);
    const sent = it.analysis.sentences.find((x) => x.index === c.sentence)!;
    assert.ok(sent.start <= c.start && c.end <= sent.end, 'the span lies inside the cited sentence');
    if (it.article.text.slice(sent.start, sent.end).trim() !== s.text) cuts++;
    assert.doesNotMatch(s.text, /^(?:LISK|Meanwhile)|officials said/, s.text);
  }
  assert.ok(cuts > 0, 'some chosen line was trimmed');
  // without trimming the same sentences come whole
  assert.ok(whole.some((s) => /^LISK|^Meanwhile|officials said\.$/.test(s.text)), whole.map((s) => s.text).join(' | '));
});
