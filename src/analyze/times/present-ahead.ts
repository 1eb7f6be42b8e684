// "The Rovers play their first qualifier on July 10", "Voters go to the polls on 4 June": a sentence in
// the present with no past marker that names a month-day speaks of what is coming. Only a hint: the
// resolver uses it for a month-day later in the year than the article date (a caption present,
// "X meets farmers on October 2" in an article of November, names a day already past and stays so).
import type { Sentence } from '../../types.ts';
import type { FoundTime } from './find.ts';

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

/** True when the sentence of a month-day reads as present with no past marker (see header). */
export function presentAhead(t: FoundTime, text: string, sentences: Sentence[]): boolean {
  const s = sentences[t.sentence];
  if (!s || t.kind !== 'month-day' || t.tense === 'future') return false;
  // a reporting verb in a closing clause frames the sentence ("..., the ministry said"); elsewhere it
  // may govern the date ("On September 10 he said he would resign")
  const words = sentenceText(text, s);
  const tail = words.lastIndexOf(',');
  const cut = tail > t.start - s.start ? tail : words.length;
  return !pastMarked(words.slice(0, cut)) && !pastMarked(words.slice(cut).replace(REPORTING, ' '));
}

/**
 * The article itself narrates the same month-day in the past ("Orrin visited three farms on October 2"):
 * then a present-tense mention of that day is a caption of the past event, not a schedule.
 */
export function narratedInPast(t: FoundTime, all: FoundTime[], text: string, sentences: Sentence[]): boolean {
  const md = t.symbolic;
  if (!md || md.month === undefined || md.day === undefined) return false;
  return all.some((o) => o !== t && o.sentence !== t.sentence && o.tense !== 'future' && o.symbolic?.month === md.month && o.symbolic?.day === md.day
    && pastMarked(sentenceText(text, sentences[o.sentence])));
}
