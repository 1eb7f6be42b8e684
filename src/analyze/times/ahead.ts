// Does a date without a year ("on March 3", "in June") look ahead of the article date? The year the
// resolver picks depends on it, so it is decided here, once, for every yearless date, with two strengths:
//
//  - 'future' (certain): the words say so. A future auxiliary near the date (tenseAt), "would" + verb
//    before it ("officials would meet on September 10"; not after: "on March 3 he said he would
//    resign"), or the present of a scheduled event ("the council meets again on October 2", "the
//    terminal opens in March", "is due on", "takes place", "payable on"), unless a past auxiliary
//    stands between verb and date or the verb has an object (a caption present: "X meets officials in
//    Berlin on November 12").
//  - 'ahead' (a hint): the sentence is in the present with no past marker ("Voters go to the polls on
//    4 June", "Schools remain closed until March"), and the article does not narrate the same day in
//    the past elsewhere ("Orrin visited three farms on October 2"). The resolver takes it forward only
//    when the date is later in the year than the article date (or a few weeks into the next year).
import type { Sentence } from '../../types.ts';
import type { FoundTime } from './find.ts';

/**
 * Sets `tense` to 'future' where the words say so and the `ahead` hint on the yearless dates of one
 * article (all its expressions: a day narrated in the past in another sentence cancels the hint).
 */
export function markAhead(all: FoundTime[], text: string, sentences: Sentence[]): void {
  for (const t of all) if (yearless(t) && t.tense !== 'future' && saysFuture(t, text, sentences)) t.tense = 'future';
  // After every 'future' is known: narratedInPast reads the other expressions' tenses.
  const pastBySentence = new Map<number, boolean>(); // sentence index -> pastMarked, read once per sentence
  const pastSentence = (i: number): boolean => {
    let v = pastBySentence.get(i);
    if (v === undefined) pastBySentence.set(i, (v = pastMarked(sentenceText(text, sentences[i]))));
    return v;
  };
  const hints = all.map((t) => yearless(t) && t.tense !== 'future' && presentNoPast(t, text, sentences) && !narratedInPast(t, all, pastSentence));
  all.forEach((t, i) => {
    if (hints[i]) t.ahead = true;
    else delete t.ahead;
  });
}

/** Only a month-day or a month lacks the year the verdict picks (a weekday keeps its plain tense). */
const yearless = (t: FoundTime) => t.kind === 'month-day' || t.kind === 'month';

// ------------------------------------------------------------ 'future': the words say so

// Verbs of a scheduled event that may also take an object ("meets officials"); the rest of
// SCHEDULED_PRESENT_RE ("takes place", "is due") never does.
const PLAIN_SCHEDULE_VERBS = 'meets|opens|begins|starts|resumes|reopens|reconvenes|convenes|closes|ends|expires|launches|kicks off';
const PLAIN_SCHEDULE_VERB_RE = new RegExp(`^(?:${PLAIN_SCHEDULE_VERBS})$`, 'i');
const SCHEDULED_PRESENT_RE = new RegExp(
  `\\b(?:${PLAIN_SCHEDULE_VERBS}|takes place|take place|(?:is|are) (?:due|scheduled|slated|planned|set|expected)(?! to\\b)|goes on sale|go on sale|(?:is|are) held|payable|comes into force|come into force|takes effect|take effect)\\b(?![^.;]*\\b(?:since|every|each)\\b)`,
  'gi',
);
// What may follow an intransitive schedule verb before the date ("meets again on", "opens in March").
const INTRANSITIVE_AFTER_RE = /^\s*(?:$|,|(?:again|next|on|in|at|from|until|till|through|this|later|early|late|for|before|after|between)\b)/i;

function saysFuture(t: FoundTime, text: string, sentences: Sentence[]): boolean {
  const s = sentences[t.sentence];
  if (!s) return false;
  const before = text.slice(Math.max(s.start, t.start - 80), t.start);
  if (/\bwould\s+(?!have\b|not\s+have\b)(?:not\s+)?[a-z]+\b/i.test(before)) return true;
  const sched = [...before.matchAll(SCHEDULED_PRESENT_RE)].pop();
  if (!sched || /\b(?:was|were|had|did)\b/i.test(before.slice(sched.index!))) return false;
  const after = before.slice(sched.index! + sched[0].length);
  return !PLAIN_SCHEDULE_VERB_RE.test(sched[0]) || INTRANSITIVE_AFTER_RE.test(after);
}

// ------------------------------------------------------------ 'ahead': present, no past marker

// Reporting verbs frame the sentence ("..., the ministry said") and say nothing of the event's time.
const REPORTING = /\b(?:said|told|announced|added|confirmed|reported|stated|wrote|explained|noted|insisted|warned|according)\b/gi;
// The same words for a plain test (a /g regex keeps lastIndex between test calls).
const REPORTING_ANY = new RegExp(REPORTING.source, 'i');
// Auxiliaries, common irregular past forms and looking-back words.
const PAST = /\b(?:was|were|had|did|been|ago|last|since|previously|formerly|earlier|went|came|met|won|lost|fled|took|gave|made|held|led|saw|left|fell|rose|began|ran|struck|fought|sat|stood|spoke|broke|chose|drew|flew|grew|knew|threw|wrote|paid|sold|sent|spent|built|brought|bought|caught|taught|thought|kept|felt|found|heard|got|became|beat|shot|hid|bit|rode|drove|ate|swore|tore|wore|woke|froze|stole|sank|sang|rang|swam|sprang|slid|shook|forgot|forgave|overtook|underwent|withdrew|arose)\b|\bafter \w+ing\b|\b(?:dates?|dating|stems?|goes back|go back|traces? back|harks? back) (?:from|to|back)\b/i;
// "-ed" forms after a present auxiliary ("is scheduled", "are expected") are not past.
const ED = /\b(\w+\s+)?([a-z]{2,}ed)\b/gi;
const PRESENT_AUX = /^(?:is|are|am|be|being|get|gets|remains?|seems?|looks?)\s+$/i;
// Adjectives in -ed that do not make a sentence past ("the long-awaited final", "a seeded player").
const ED_ADJ = /^(?:seeded|ranked|scheduled|expected|planned|proposed|awaited|delayed|postponed|rescheduled|televised|ticketed|united|limited|red|bed|shed|need|feed|seed|speed|deed|weed|breed|creed|greed|hundred|sled|wed)$/i;

/** True when the words have a past marker: an auxiliary, an irregular past, a reporting verb or a past "-ed" verb. */
function pastMarked(words: string): boolean {
  if (PAST.test(words) || REPORTING_ANY.test(words)) return true;
  for (const m of words.matchAll(ED)) {
    if (!ED_ADJ.test(m[2]!) && !(m[1] && PRESENT_AUX.test(m[1]))) return true;
  }
  return false;
}

const sentenceText = (text: string, s: Sentence | undefined) => (s ? text.slice(s.start, Math.min(s.end, s.start + 600)) : '');

/** The sentence of the date reads as present with no past marker (a closing "..., X said" aside). */
function presentNoPast(t: FoundTime, text: string, sentences: Sentence[]): boolean {
  const s = sentences[t.sentence];
  if (!s) return false;
  // a reporting verb in a closing clause frames the sentence ("..., the ministry said"); elsewhere it
  // may govern the date ("On September 10 he said he would resign")
  const words = sentenceText(text, s);
  const tail = words.lastIndexOf(',');
  const cut = tail > t.start - s.start ? tail : words.length;
  return !pastMarked(words.slice(0, cut)) && !pastMarked(words.slice(cut).replace(REPORTING, ' '));
}

/**
 * The article itself narrates the same month-day (or month) in the past in another sentence: then a
 * present-tense mention of it is a caption of the past event, not a schedule.
 */
function narratedInPast(t: FoundTime, all: readonly FoundTime[], pastSentence: (i: number) => boolean): boolean {
  const md = t.symbolic;
  if (!md || md.month === undefined) return false;
  return all.some((o) => o !== t && o.sentence !== t.sentence && o.tense !== 'future' && o.symbolic?.month === md.month && o.symbolic?.day === md.day
    && pastSentence(o.sentence));
}
