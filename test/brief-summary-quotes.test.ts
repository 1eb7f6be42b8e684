// Summary lines never start or end inside a quotation: one sentence of a multi-sentence quote
// on its own reads as the outlet's statement (or leaves a dangling quotation mark).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { cutFromQuote, markSpans, unbalancedQuotes } from '../src/brief/quote-cut.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

// An invented dam reopening: the outlet closest to the shared wording puts it in the minister's
// mouth across three sentences; the others say it in sentences too long for a 20-word budget.
function damItems() {
  return [
    article('vt-1', 'Valley Tribune', 'OV', 'private', 'Orvel dam reopens on Friday after spillway repairs', [
      'Minister Pala Rent visited the dam on Wednesday.',
      '“The Orvel dam reopens on Friday after three months of repairs to its cracked spillway. Every farm in the valley will have water again by Sunday. I thank the engineers who worked through the winter,” Rent told reporters.',
    ].join('\n\n')),
    article('op-1', 'Orvel Post', 'OV', 'public-service', 'Orvel dam to reopen Friday', [
      'The Orvel dam will reopen on Friday after three months of repairs to its cracked spillway, the water ministry announced on Wednesday during a visit by the minister to the site.',
      'Farmers had queued for tanker water since November.',
    ].join('\n\n')),
    article('vr-1', 'Valley Radio', 'OV', 'state', 'Spillway repairs done, Orvel dam reopens', [
      'After three months of repairs to its cracked spillway, the Orvel dam reopens on Friday and valley farms are expected to have water again by Sunday, officials said on Wednesday.',
      'The dam was built in 1958.',
    ].join('\n\n')),
  ].map(withAnalysis);
}

test('a line is cut from a quotation when its marks do not pair up or it starts inside one', () => {
  assert.equal(unbalancedQuotes('“We will rebuild every school.'), true);
  assert.equal(unbalancedQuotes('We will rebuild,” she said.'), true);
  assert.equal(unbalancedQuotes('She called it “a disgrace” and left.'), false);
  assert.equal(unbalancedQuotes('He said "no" twice.'), false);
  const text = 'Intro line here. “First part of it. Middle part of it. Last part,” she said. After that.';
  const spans = markSpans(text);
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  const middle = at('Middle part of it.');
  assert.equal(cutFromQuote(text, middle[0], middle[1], spans), true, 'a middle sentence without marks is inside the quote');
  const whole = at('“First part of it. Middle part of it. Last part,” she said.');
  assert.equal(cutFromQuote(text, whole[0], whole[1], spans), false, 'the whole quotation is not cut from it');
  const outside = at('After that.');
  assert.equal(cutFromQuote(text, outside[0], outside[1], spans), false);
});

test('the summary does not take one sentence out of a multi-sentence quote', async () => {
  const its = damItems();
  const ev = buildUnits(its);
  const sim = await similarity(ev, false);
  for (const words of [20, 30, 60]) {
    const summary = summarize(ev, sim, words);
    assert.ok(summary.length > 0, `a summary at ${words} words`);
    for (const s of summary) {
      const c = s.citations[0]!;
      const text = its.find((it) => it.article.id === c.article_id)!.article.text;
      assert.equal(cutFromQuote(text, c.start, c.end, markSpans(text)), false, `line cut from a quotation at ${words} words: ${s.text}`);
    }
  }
});

test('a quotation fragment is still used when nothing else fits', async () => {
  const its = [
    article('q-1', 'Tern Gazette', 'TN', 'private', 'Tern harbour closes for dredging', [
      '“The Tern harbour closes on Monday for dredging. It reopens in May,” the harbour master said in a long statement to the council and the press on Friday.',
    ].join('\n\n')),
  ].map(withAnalysis);
  const ev = buildUnits(its);
  const summary = summarize(ev, await similarity(ev, false), 12);
  assert.equal(summary.length, 1, 'the only line within the budget is the quotation fragment');
  assert.match(summary[0]!.text, /harbour closes on Monday/);
});
