// Whose voice a word is in: the outlet's own, a quoted speaker's, attributed by the outlet
// ("what he called", "X refers to … as", reported speech), or held at arm's length by
// scare quotes.
import type { Voice } from './types.ts';
import { markAt, type MarkSpan } from './quote-marks.ts';
import { reportedAt, reportedSpans } from './reported-clauses.ts';
import { claimNounBefore } from './report-noun.ts';

const OWN_REPORTER = /(?:^|[\s,])(?:we|our\s+(?:\p{L}+\s+)?(?:correspondents?|reporters?|team|journalists?|staff|newsroom))\s+\p{L}+\s*(?:that\s*)?$/iu;

export function voiceOf(
  text: string,
  sentStart: number,
  sentEnd: number,
  start: number,
  end: number,
  marks: MarkSpan[],
): { voice: Voice; marker: string | null } {
  const before = text.slice(sentStart, start);
  if (/\bso[-\s]called\s*["“]?$/i.test(before)) return { voice: 'attributed', marker: 'so-called' };
  if (/\b(?:refer|refers|referred|referring)\s+to\b[^.;]*\bas\s*["“]?$/i.test(before)) return { voice: 'attributed', marker: 'refers to … as' };
  if (/\b(?:describ|label|brand|dubb|term|characteri[sz])\w*\b[^.;]{0,160}\bas\s*["“]?$/i.test(before)) return { voice: 'attributed', marker: 'describes … as' };
  if (/\bwhat\s+(?:\S+\s+){0,3}?(?:call|calls|called|describe[sd]?|term(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|dub(?:s|bed)?)\b/i.test(before))
    return { voice: 'attributed', marker: 'what … called' };
  // "allegations of ballot stuffing", "there were reports of shelling": the outlet cites a charge or
  // unnamed reports (not "reports of the bombing", the topic it names, nor its own reports)
  const claim = claimNounBefore(before);
  if (claim) return { voice: 'attributed', marker: claim.marker };
  const mark = markAt(marks, start, end);
  if (mark) {
    if (mark.kind === 'scare') return { voice: 'scare', marker: 'scare quotes' };
    return { voice: 'quoted', marker: mark.speaker ? `quote of ${mark.speaker}` : 'inside quotation marks' };
  }
  // reported speech: only the clause a frame reports, not every clause of a long sentence
  const rep = reportedAt(reportedSpans(text.slice(sentStart, sentEnd)), start - sentStart, end - sentStart);
  // "our correspondent reports that …", "we reported that …": the outlet's own reporting
  if (rep && !rep.trailing && OWN_REPORTER.test(text.slice(sentStart, sentStart + rep.start))) return { voice: 'own', marker: null };
  if (rep) {
    if (/^according to$/i.test(rep.verb)) return { voice: 'attributed', marker: 'according to' };
    return { voice: 'attributed', marker: rep.trailing ? 'reported speech (attribution follows)' : `reported speech ("${rep.verb}")` };
  }
  return { voice: 'own', marker: null };
}
