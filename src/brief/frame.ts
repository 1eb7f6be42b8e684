// The attribution frame of a sentence: who said it ("Interior Minister Halvor Krenn said",
// ", the ministry said.", "According to hospital officials,"), as opposed to what was said.
// Two sentences that share only a long speaker title say different things: the frame's words
// count for little when sentences are compared (src/brief/similarity.ts).

// Verbs that only report (the statement follows them); "thanked", "praised", "congratulated",
// "promised" or "denied" are themselves what happened and stay content.
const VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'stressed', 'stresses',
  'emphasi[sz]ed', 'emphasi[sz]es', 'declared', 'declares', 'explained', 'explains', 'insisted', 'insists', 'claimed',
  'claims', 'argued', 'argues', 'wrote', 'writes', 'tweeted', 'tweets', 'recalled', 'recalls', 'underlined', 'underlines',
  'warned', 'warns', 'believes', 'believed', 'estimated', 'estimates', 'reported', 'reports', 'quoted', 'cited',
  'called', 'calls', 'described', 'describes', 'according to',
].join('|');

// "X said (that) ...": up to ten words without punctuation, then the verb. "called for/on/off"
// and "reported missing" are actions, not speech.
const LEADING = new RegExp(`^(?:[\\p{L}\\p{N}'’.\\-]+\\s+){1,10}?(?:${VERBS})\\b(?!\\s+(?:for|on|off|in|up|out|back|missing)\\b)(?:\\s+(?:on\\s+\\p{L}+\\s+)?that\\b)?\\s*`, 'iu');
const ACCORDING = /^according\s+to\s+[^,;:"“”]{1,80},\s*/i;
// ", the ministry said." / ', he told reporters on Sunday.' / "…, according to hospital officials."
const TRAILING = new RegExp(`(?:,["”’]?|["”’])\\s*(?:[^,;:"“”]{0,80}?\\b(?:${VERBS})\\b[^,;:"“”]{0,60}|according\\s+to\\s+[^,;:"“”]{1,80})[.!?]?["”’]?$`, 'iu');

export interface Frame {
  start: number; // offsets into the sentence
  end: number;
}

/** The attribution frames at the start and at the end of a sentence (either may be absent). */
export function attributionFrames(sentence: string): Frame[] {
  const out: Frame[] = [];
  // a frame is a part of the sentence: a statement of three words or more must be left
  const says = (from: number, to: number) => (sentence.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3;
  const lead = ACCORDING.exec(sentence) ?? LEADING.exec(sentence);
  if (lead && says(lead[0].length, sentence.length)) out.push({ start: 0, end: lead[0].length });
  const tail = TRAILING.exec(sentence);
  if (tail && tail.index > (out[0]?.end ?? 0) && says(out[0]?.end ?? 0, tail.index)) out.push({ start: tail.index, end: sentence.length });
  return out;
}
