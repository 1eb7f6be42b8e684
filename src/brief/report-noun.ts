// "reports", "claims", "allegations" as nouns: the outlet citing unnamed reports ("there were
// reports of shelling", "amid claims that …") rather than a speaker's verb ("the ministry
// reports that …"). As a noun the word is no reporting frame of its own: what it introduces is
// attributed only as a claim (src/brief/voice.ts), and only when the outlet is not naming the
// thing itself ("reports of the bombing" is about a bombing the outlet names; "our reports").

// Words before "reports"/"claims" that make it a noun: determiners, quantifiers, adjectives of
// provenance, prepositions, a form of "be" ("there were reports"), verbs that take reports as
// their object ("denied reports").
const NOUN_BEFORE =
  /(?:^|\b(?:the|these|those|such|some|any|no|many|several|numerous|multiple|two|three|more|further|new|fresh|first|initial|early|earlier|later|recent|latest|unconfirmed|unverified|conflicting|contradictory|widespread|persistent|credible|false|local|media|news|press|wire|official|witness|eyewitness|intelligence|police|amid|after|following|despite|about|on|of|over|into|to|with|by|from|denied|denies|deny|dismissed|dismisses|rejected|rejects|confirmed|confirms|investigated|investigating|investigate|received|heard|cited|citing|were|are|was|is|been|be|being)\s+)$/i;

/** Is the reporting word at [v, ve) of `seg` a noun ("reports of", "there were reports that")? */
export function reportingNoun(seg: string, v: number, ve: number): boolean {
  const w = seg.slice(v, ve);
  if (!/^(?:reports?|claims?|allegations?|accusations?|rumou?rs?|charges?|suspicions?)$/i.test(w)) return false;
  if (/^(?:allegations?|accusations?|rumou?rs?|suspicions?)$/i.test(w)) return true; // never verbs of reporting
  if (/^\s+of\b/i.test(seg.slice(ve))) return true;
  return NOUN_BEFORE.test(seg.slice(Math.max(0, v - 40), v));
}

// The outlet's own reporting ("our reports", "this newspaper's reports", "as we reported"):
// what it introduces is the outlet's voice.
const OWN_POSSESSOR = /\b(?:our|my|this\s+(?:newspaper|paper|station|channel|agency|outlet|website|programme|program)['’]s)\s+(?:\p{L}+\s+)?$/iu;
// "reports of the bombing": a definite noun phrase names a thing the outlet takes as given
// (what the reports are about), unlike "reports of bombing" (what they claim).
const DEFINITE = /^(?:the|this|these|those|its|their|his|her|our)\s/i;

const CLAIM = /\b(allegations?|accusations?|claims?|charges?|reports?|rumou?rs?|suspicions?)\s+(of|that)\s+((?:[\p{L}-]+\s+){0,2})$/iu;

/**
 * The claim-noun attribution ending `before` (the sentence up to a term): "reports of", "claims
 * that". Null when there is none, when it is the outlet's own reporting, or when the term sits in
 * a definite noun phrase after "of" (the topic, named by the outlet).
 */
export function claimNounBefore(before: string): { marker: string } | null {
  const m = CLAIM.exec(before);
  if (!m) return null;
  const v = m.index + m[0].indexOf(m[1]!);
  if (!reportingNoun(before, v, v + m[1]!.length)) return null;
  if (OWN_POSSESSOR.test(before.slice(0, v))) return null;
  if (m[2]!.toLowerCase() === 'of' && DEFINITE.test(m[3]!)) return null;
  return { marker: `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` };
}
