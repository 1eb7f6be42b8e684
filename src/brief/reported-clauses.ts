// Which parts of a sentence are reported speech. "X said (that) …" reports what follows it;
// "…, the ministry said." reports the clause before it; "…, the ministry said, while rebels fled
// to the hills" reports only the clause before the frame — what follows is the outlet's own
// voice again. A framing word is attributed only inside a reported part.

import { reportingNoun } from './report-noun.ts';

const VERB =
  'said|says|say|reported|reports|told|tells|stated|states|claimed|claims|claim|alleged|alleges|accused|accuses|recalled|recalls|noted|notes|stressed|stresses|argued|argues|insisted|insists|warned|warns|added|adds|adding|saying|announced|announces|declared|declares|believes|believed|emphasi[sz]ed|underlined|underscored|asserted|asserts|maintained|maintains|quoted|vowed|pledged|according to|in the words of';
const REPORTING = new RegExp(`\\b(?:${VERB})\\b`, 'giu');

// After the verb of a frame set off by commas: nothing, or only when, where and to whom it was said.
const ADVERBIAL = /^\s*(?:(?:to\s+(?:reporters|journalists|parliament|lawmakers|the|a|an|his|her|their|\p{Lu}))|(?:on|in|at|late|early|earlier|later|yesterday|today|tonight|last|this|after|during|via|through|by|citing|quoting|without)\b[^,]*)?\s*[.!?]?["”’]?\s*$/u;
// After "told": whom it was told, then when and where ("told reporters on Sunday").
const TOLD_WHOM = /^\s*(?:reporters|journalists|parliament|lawmakers|the\s+\p{L}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s+(?:on|in|at|late|early|earlier|later|yesterday|today|tonight|last|after|during)\b[^,]*)?\s*[.!?]?["”’]?\s*$/u;
// A relative clause ("residents, who said they heard shelling, blamed …"): it reports only itself.
const RELATIVE = /^\s*(?:who|which|whom|that)\b/i;
// What the outlet says next in its own voice after a reported clause: a new clause of its own.
const OWN_AGAIN = /,\s+(?:while|whereas|but|although|though|yet|meanwhile)\s+(?!that\b)/giu;

// After a frame set off by commas, a clause of the outlet's own ("…, the ministry said, while rebels fled").
const NEW_CLAUSE = /^\s*(?:while|whereas|but|although|though|yet|meanwhile|and|as|after|before|when|since|because|even as)\b/i;
// … or another reporting frame, read on its own ("…, the ministry said, adding that …").
const REPORTING_START = new RegExp(`^\\s*(?:${VERB})\\b`, 'iu');

export interface ReportedSpan {
  start: number; // offsets into the sentence
  end: number;
  verb: string; // the reporting words, for the marker
  trailing: boolean; // the frame follows the reported clause (", the ministry said.")
}

/** The reported parts of a sentence, in order. */
export function reportedSpans(sentence: string): ReportedSpan[] {
  const out: ReportedSpan[] = [];
  let segStart = 0;
  for (const seg of sentence.split(/(;)/)) {
    if (seg === ';') {
      segStart += 1;
      continue;
    }
    spansOf(seg, segStart, out);
    segStart += seg.length;
  }
  return out;
}

function spansOf(seg: string, base: number, out: ReportedSpan[]): void {
  let reportedTo = 0; // the clause before a trailing frame starts after the last reported part
  for (const m of seg.matchAll(REPORTING)) {
    const v = m.index!;
    const ve = v + m[0].length;
    if (v < reportedTo) continue; // inside a part already reported
    // "there were reports of shelling", "media reports that …": a noun, no speaker's frame
    if (reportingNoun(seg, v, ve)) continue;
    // "the United States Geological Survey said": a capitalised word inside a sentence is a name's
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},]\s*$/u.test(seg.slice(0, v))) continue;
    // "bombings were reported in another region": a passive reporting verb reports nothing
    // ("has been accused of bombing" and "it was said that" still do)
    const lead = seg.slice(Math.max(0, v - 16), v);
    if (PASSIVE_NOT_FRAME.test(m[0]) && /\b(?:was|were|is|are|be|been|being)\s+$/i.test(lead) && !/\bit\s+(?:was|is|has been)\s+$/i.test(lead)) continue;
    const prevComma = seg.lastIndexOf(', ', v);
    const chunkStart = prevComma >= 0 ? prevComma + 2 : 0;
    const comma = seg.indexOf(',', ve);
    const chunkEnd = comma >= 0 ? comma : seg.length;
    const afterVerb = seg.slice(ve, chunkEnd);
    const subject = seg.slice(chunkStart, v);
    // "… with 3,000 workers on strike according to the union": the words before it in its own
    // chunk are what it reports, not the clauses before
    if (/^(?:according to|in the words of)$/i.test(m[0]) && words(subject) >= 3) {
      out.push({ start: base + chunkStart, end: base + v, verb: m[0], trailing: true });
      reportedTo = chunkEnd;
      continue;
    }
    // ", according to the Ostavian authorities.", ", said local hospital director Hengky Tewu.":
    // what follows the verb names the source
    // (", said Fauzi, an official of the agency." — but not ", said the regime in Khartoum, Sudan's capital, is attempting …")
    const source = /^(?:according to|in the words of)$/i.test(m[0])
      ? words(afterVerb) <= 12
      : words(subject) === 0 && speakerOnly(afterVerb) && noClause(seg.slice(chunkEnd));
    // 'Betsy Loyless, a vice president, said, "…"': the frame opens a quotation, it does not close a clause
    const opensQuote = /^,?\s*(?:["“‘`]|:)/.test(seg.slice(chunkEnd));
    const adverbial = (ADVERBIAL.test(afterVerb) || (/^(?:told|tells)$/i.test(m[0]) && TOLD_WHOM.test(afterVerb))) && words(afterVerb) <= 8 && !/\bthat\b/i.test(afterVerb);
    if (chunkStart > 0 && !RELATIVE.test(subject) && !opensQuote && (adverbial || source) && words(subject) <= 12) {
      // ", the ministry said," / ", according to officials,": it reports the clause before it
      const from = Math.max(reportedTo, 0);
      if (chunkStart - 2 > from) out.push({ start: base + from, end: base + chunkStart - 2, verb: m[0], trailing: true });
      reportedTo = chunkEnd;
      // "The army, he said, liberated the town": a frame inside the clause it reports
      const rest = comma >= 0 ? seg.slice(comma + 1) : '';
      if (rest && !NEW_CLAUSE.test(rest) && !REPORTING_START.test(rest)) {
        OWN_AGAIN.lastIndex = comma + 1;
        const own = OWN_AGAIN.exec(seg);
        const end = own ? own.index : seg.length;
        out.push({ start: base + comma + 1, end: base + end, verb: m[0], trailing: true });
        reportedTo = end;
      }
      continue;
    }
    // "X said (that) …": it reports what follows, to the end of a relative clause or of the
    // sentence ("told him that A, while B": B is still what he was told)
    const end = RELATIVE.test(subject) && chunkStart > 0 ? chunkEnd : seg.length;
    if (end > ve) out.push({ start: base + ve, end: base + end, verb: m[0], trailing: false });
    reportedTo = end;
  }
}

// Reporting verbs whose passive is no frame ("bombings were reported in the north").
const PASSIVE_NOT_FRAME = /^(?:reported|told|stated|noted|announced|declared|added|quoted|recalled)$/i;
// Words that make what follows a verb a clause of its own, not the name of a speaker.
const CLAUSE_WORD = /^(?:that|he|she|they|it|we|i|you|there|this|these|those|to)$|^(?:is|are|was|were|be|been|had|has|have|will|would|can|could|should|may|might|must|did|does|do|not)$/i;

/**
 * ", said local hospital director Hengky Tewu.": after a verb that opens its chunk, only the
 * speaker's name (a few words, no verb) — unlike ", said many children were among the dead".
 */
function speakerOnly(afterVerb: string): boolean {
  const ws = afterVerb.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (!ws.length || ws.length > 8) return false;
  if (CLAUSE_WORD.test(ws[0]!)) return false;
  return !ws.some((w) => CLAUSE_WORD.test(w) || /^\p{Ll}+ed$/u.test(w));
}

/** Only an appositive after the speaker's name: no word that makes a clause. */
function noClause(rest: string): boolean {
  const ws = rest.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return ws.length <= 20 && !ws.some((w) => CLAUSE_WORD.test(w) || /^\p{Ll}+ed$/u.test(w));
}

function words(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The reported part holding [s, e) of the sentence, if any. */
export function reportedAt(spans: ReportedSpan[], s: number, e: number): ReportedSpan | null {
  return spans.find((r) => r.start <= s && e <= r.end) ?? null;
}
