// Who a figure comes from and whom it is about: the claimant an outlet credits ("according to
// the mayor") and the named holder of the value ("Rand won 52%").
import type { AnalyzedArticle } from '../types.ts';

// Who gives a figure: "according to X", "…, X said." or "X said …" in the figure's own clause
// ("The army said 30 fighters were killed, while the ministry said all 30 were civilians").
const CLAUSES = /;|,\s+(?:while|whereas|but)\s+/g;
const VERB = String.raw`(?:said|says|say|claimed|claims|reported|reports|announced|estimated|estimates|put the (?:number|toll|figure) at)`;
const ACCORDING = /\baccording to\s+((?:the |a |an )?[^,.;()]{2,60})/iu;
// (the frame may be followed by a participle or adverbial clause: "…, the seismic service said,
// killing at least 14", "…, the company said on Thursday, on the same day it reported …")
const TRAILING_CLAIM = new RegExp(String.raw`,\s*((?:the |a |an )?[^,]{2,60}?)\s+${VERB}\b[^,]*(?:,\s+(?:\p{Ll}+ing|on|in|at|after|before|when|as|while|with)\b.*)?$`, 'iu');
const LEADING_CLAIM = new RegExp(String.raw`((?:the |a |an )?(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+),?\s+${VERB}\s+(?:that\s+)?`, 'giu');

function tidy(s: string): string | null {
  const t = s.trim().replace(/^(?:the|a|an)\s+/i, (m) => m.toLowerCase());
  if (!/\p{L}/u.test(t) || /^(?:it|he|she|they|we|i|who|which|this|that)$/i.test(t)) return null;
  // "…, which had put the toll at 57": a relative clause, its claimant is named before it
  if (/^(?:who|which|that)\s/i.test(t)) return null;
  // "based on reports from …", "… polling stations and said": a noun or a second verb, not a claimant
  if (/\b(?:on|from|of|in|by|with|to|for|at|and|or)$/i.test(t)) return null;
  // "on the same day it": an adverbial phrase, not a source
  if (/^(?:on|in|at|after|before|when|as|while|with|during)\s/i.test(t) || /\s(?:it|he|she|they|we)$/i.test(t)) return null;
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
  for (const m of clause.slice(0, at).matchAll(LEADING_CLAIM)) {
    // "flooding that has claimed 19 lives": lives taken, not a claim
    if (/^[\s\p{N},.]*(?:\p{L}+\s+)?lives\b/u.test(clause.slice(m.index! + m[0].length))) continue;
    lead = m[1]!;
  }
  if (lead) return tidy(lead.split(/\s*,\s*/).pop()!);
  const trail = TRAILING_CLAIM.exec(clause.slice(at));
  return trail ? tidy(trail[1]!) : null;
}

// The person or organisation a figure belongs to: "Rand won 52% …, while Brim took 45%". The
// nearest such name before the number in the figure's clause, unless it only reports the
// figure ("the ministry said 200 …" is a claimant, not a holder).
const REPORTS_AFTER = /^[\s,]*(?:[\p{L}'’-]+\s+){0,2}?(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|estimated|estimates|put|puts|confirmed|added|according)\b/iu;

/**
 * A holder as the outlets' names for it can meet across articles: a person by type and last name
 * ("Challenger Vera Dunic" and "Vera Dunic" are one holder; each article names its own entities).
 */
function holderKey(id: string): string {
  const [type, slug = ''] = id.split(':');
  // only a person is known by a last name; "Brackwell Motors" and "Halvard Motors" are two bodies
  return type === 'person' ? `${type}:${slug.split('-').filter(Boolean).pop() ?? slug}` : id;
}

// "turnout of 58.7%", "a margin of 5%": the figure's own head noun, which no name before it holds
const OWN_HEAD = /\b(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+of\s+(?:(?:about|around|nearly|almost|just|over|under|some|roughly)\s+)?$/u;

export function holderOf(analysis: AnalyzedArticle, text: string, sentStart: number, sentence: string, qStart: number): string | null {
  let from = 0;
  for (const m of sentence.matchAll(CLAUSES)) if (m.index! + m[0].length <= qStart) from = m.index! + m[0].length;
  const lo = sentStart + from;
  const hi = sentStart + qStart;
  if (OWN_HEAD.test(sentence.slice(Math.max(from, qStart - 40), qStart))) return null;
  let best: { id: string; start: number; end: number; type: string } | null = null;
  const persons: { id: string; end: number }[] = [];
  for (const e of analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organisation') continue;
    for (const m of e.mentions) {
      if (m.start < lo || m.end > hi) continue;
      if (e.type === 'person') persons.push({ id: e.id, end: m.end });
      if (best && m.end <= best.end) continue;
      if (REPORTS_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      if (/according to\s+(?:the\s+)?$/i.test(text.slice(Math.max(lo, m.start - 20), m.start))) continue;
      best = { id: e.id, start: m.start, end: m.end, type: e.type };
    }
  }
  if (!best) return null;
  // "Vera Dunic of the Civic Alliance received 31.2%": the person holds it, not her party
  if (best.type === 'organisation') {
    const b = best;
    const head = persons.find((p) => /^,?\s+of\s+(?:the\s+)?$/i.test(text.slice(p.end, b.start)));
    if (head) return holderKey(head.id);
  }
  return holderKey(best.id);
}

/** The name to show for a holder key found in this article ("Vera Dunic" for person:dunic). */
export function holderName(analysis: AnalyzedArticle, key: string): string | null {
  return analysis.entities.find((e) => holderKey(e.id) === key)?.name ?? null;
}
