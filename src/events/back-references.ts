// Back-references: words by which a report points to an earlier happening than its own —
// "the fire that killed 12 on Monday", "Monday's quake", "after the blast on Tuesday", "a day
// after talks resumed". A day named so is what the report's event followed, not its event: it
// neither dates the report (when the report names another day) nor makes it a report of the
// earlier event, and it links the two events into one story.
import type { ArticleWithAnalysis, TimeExpression } from '../types.ts';
import { isPastVerb } from './past-verbs.ts';

const wordsIn = (s: string): string[] => s.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? [];

/** The mention is the possessive of its day: "Monday's quake", "Tuesday’s vote". */
const POSSESSIVE = /^['’]s\b/;
/**
 * Words before the mention, in its clause, that put it inside a reference to another happening:
 * a relative clause on a noun ("the fire that killed 12 workers at a warehouse on"), or a noun
 * phrase after "after/since/following" ("after the deadly blast on", "following a fire at a
 * supermarket early on"). Not when a verb follows "after": "after the team notified him on
 * Saturday" tells when its own event was.
 */
const RELATIVE = /\b(?:the|a|an|this|last|its|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:that|which)\s+([^,;:—]*)$/iu;
const AFTER_THE = /\b(?:after|since|following)\s+(?:the|a|an|last|this|its|their|his|her)\s+([^,;:—]*)$/i;
/** Words before "that" which make it a complement ("said that", "allegations that"), not a relative pronoun. */
const COMPLEMENT = /^(?:said|says|say|told|tell|announced|stated|reported|added|confirmed|warned|argued|claimed|insisted|noted|believed|thought|knew|hoped|feared|found|showed|ruled|decided|agreed|denied|admitted|acknowledged|suggested|estimated|expected|means?|meant|so|such|now|fact|news|belief|hope|fear|concerns?|claims?|reports?|warnings?|statement|signs?|evidence|proof|possibility|chance|idea|view|allegations?|accusations?|charges?|suspicions?|assurances?|promises?|rumou?rs?)$/i;
/** A relative clause reaching the day without a new clause or more than this many words. */
const RELATIVE_WORDS = 12;
/** A noun phrase after "after/since/following" of at most this many words before the day. */
const PHRASE_WORDS = 7;
/** Words that open another clause inside a relative one ("…that Gray pointed a gun when he was shot on"). */
const OPENER = /\b(?:when|while|because|as|after|before|until|where|if)\b/i;

/**
 * The day names a happening as a modifier of its noun, after a determiner: "the Jan. 6 riot",
 * "the Sept. 11, 2001, attacks", "the March 3 election" — like "Monday's quake".
 */
const DETERMINER_BEFORE = /\b(?:the|this|that|last|its|their|his|her)\s+$/i;
const NOUN_AFTER = /^,?\s+(?:[a-z][a-z-]+\s+){0,2}?([a-z][a-z-]+)\b/;
/** Lower-case words after a day that do not make it a modifier: function words, verbs of a new clause. */
const NOT_A_NOUN = /^(?:and|or|but|to|of|in|on|at|for|with|by|from|as|when|while|that|which|who|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|must|can|did|does|do|not|after|before|until|since|then|than|so|if|because|during|through|into|onto|about|against|between|among|under|over|morning|afternoon|evening|night|midnight|noon)$/;

function isModifier(text: string, t: TimeExpression): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) return false;
  const m = NOUN_AFTER.exec(text.slice(t.end, t.end + 60));
  if (!m) return false;
  const words = m[0].replace(/^,?\s+/, '').trim().split(/\s+/);
  return words.every((w) => !NOT_A_NOUN.test(w) && !isPastVerb(w));
}

/** True when time expression `t` names the day of an earlier happening the report refers back to. */
export function isBackReference(item: ArticleWithAnalysis, t: TimeExpression): boolean {
  const text = item.article.text;
  if (POSSESSIVE.test(text.slice(t.end, t.end + 3)) || /['’]s$/.test(t.text)) return true;
  if (isModifier(text, t)) return true;
  const sent = item.analysis.sentences[t.sentence];
  const before = text.slice(sent ? sent.start : Math.max(0, t.start - 120), t.start);
  const rel = RELATIVE.exec(before);
  if (rel && !COMPLEMENT.test(rel[1]!) && !OPENER.test(rel[2]!) && wordsIn(rel[2]!).length <= RELATIVE_WORDS) return true;
  const after = AFTER_THE.exec(before);
  if (!after) return false;
  const phrase = wordsIn(after[1]!);
  return phrase.length <= PHRASE_WORDS && !phrase.some((w) => isPastVerb(w));
}

/**
 * Days before its own event day that an article refers back to as earlier happenings: days
 * named in a back-reference (see isBackReference) before `own`, and `own` - N for "N days after"
 * ("a day after talks resumed"). `own`: the article's event day (day number), or null.
 */
export function priorDays(item: ArticleWithAnalysis, own: number | null, dayOf: (iso: string) => number): number[] {
  if (own === null) return [];
  const out = new Set<number>();
  for (const t of item.analysis.times ?? []) {
    const rel = t.symbolic?.relative;
    const after = rel ? /^(\d+)-day-after$/.exec(rel) : null;
    if (after) {
      const n = Number(after[1]);
      if (n >= 1 && n <= MAX_PRIOR_DAYS) out.add(own - n);
      continue;
    }
    const v = t.resolved;
    if (!v || v.precision !== 'day' || !v.start || v.start !== v.end) continue;
    const d = dayOf(v.start);
    if (d < own && d >= own - MAX_PRIOR_DAYS && isBackReference(item, t)) out.add(d);
  }
  return [...out];
}

/** A happening referred back to this many days before the report's own is still "the one before" (a week). */
export const MAX_PRIOR_DAYS = 7;
