// Who a figure comes from and whom it is about: the claimant an outlet credits ("according to
// the mayor") and the named holder of the value ("Rand won 52%").
import type { AnalyzedArticle } from '../types.ts';

// Who gives a figure: "according to X", "…, X said." or "X said …" in the figure's own clause
// ("The army said 30 fighters were killed, while the ministry said all 30 were civilians").
const CLAUSES = /;|,\s+(?:while|whereas|but)\s+/g;
const VERB = String.raw`(?:said|says|say|claimed|claims|reported|reports|announced|estimated|estimates|put the (?:number|toll|figure) at)`;
const ACCORDING = /\baccording to\s+((?:the |a |an )?[^,.;()]{2,60})/iu;
const TRAILING_CLAIM = new RegExp(String.raw`,\s*((?:the |a |an )?[^,]{2,60}?)\s+${VERB}\b[^,]*$`, 'iu');
const LEADING_CLAIM = new RegExp(String.raw`((?:the |a |an )?(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+),?\s+${VERB}\s+(?:that\s+)?`, 'giu');

function tidy(s: string): string | null {
  const t = s.trim().replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase());
  if (!/\p{L}/u.test(t) || /^(?:it|he|she|they|we|i|who|which|this|that)$/i.test(t)) return null;
  return t;
}

/** The source a sentence credits with the figure at qStart (null when the outlet states it). */
export function claimantOf(sentence: string, qStart: number): string | null {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSES)) {
    if (m.index! + m[0].length <= qStart) from = m.index! + m[0].length;
    else if (m.index! >= qStart) {
      to = m.index!;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  const at = qStart - from;
  const acc = ACCORDING.exec(clause);
  if (acc) return tidy(acc[1]!);
  let lead: string | null = null;
  for (const m of clause.slice(0, at).matchAll(LEADING_CLAIM)) lead = m[1]!;
  if (lead) return tidy(lead.split(/\s*,\s*/).pop()!);
  const trail = TRAILING_CLAIM.exec(clause.slice(at));
  return trail ? tidy(trail[1]!) : null;
}

// The person or organisation a figure belongs to: "Rand won 52% …, while Brim took 45%". The
// nearest such name before the number in the figure's clause, unless it only reports the
// figure ("the ministry said 200 …" is a claimant, not a holder).
const REPORTS_AFTER = /^[\s,]*(?:[\p{L}'’-]+\s+){0,2}?(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|estimated|estimates|put|puts|confirmed|added|according)\b/iu;

export function holderOf(analysis: AnalyzedArticle, text: string, sentStart: number, sentence: string, qStart: number): string | null {
  let from = 0;
  for (const m of sentence.matchAll(CLAUSES)) if (m.index! + m[0].length <= qStart) from = m.index! + m[0].length;
  const lo = sentStart + from;
  const hi = sentStart + qStart;
  let best: { id: string; end: number } | null = null;
  for (const e of analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organisation') continue;
    for (const m of e.mentions) {
      if (m.start < lo || m.end > hi || (best && m.end <= best.end)) continue;
      if (REPORTS_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      if (/according to\s+(?:the\s+)?$/i.test(text.slice(Math.max(lo, m.start - 20), m.start))) continue;
      best = { id: e.id, end: m.end };
    }
  }
  return best?.id ?? null;
}
