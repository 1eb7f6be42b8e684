// Dates that are not past references, whatever the tense of their sentence. Dating reads a date
// the article mentions as looked back on ("not earlier than 2011"); two kinds of mention say
// nothing of the sort:
//  - the end of a period still running: "is touring the country through November 2010",
//    "a forecast that extends till 2018", "growth projected to last until 2015". Only when the
//    words before it are not past narration ("the programme ran until 2015" is past).
//  - a year naming an event ("the 2014 Oscars", "host 2014 Oscars", "a 2011 release date"): the
//    event may lie ahead or behind; the year is a name, not a time the article looks back on.

/** Words that make the time after them the end of a period. */
const UNTIL = /\b(?:through|thru|till|until|up to|to the end of|through the end of|until the end of)\s+(?:(?:early|mid|late|the end of)\s+)?$/i;
/** Past narration just before the date ("ran until", "had lasted through", "was open till"). */
const PAST_NEAR = /\b(?:was|were|had|did|ran|lasted|stayed|remained|continued|served|lived|worked|ruled|held|went|kept|\w+ed)\b/i;
/** Words of a forecast or plan just before the date. */
const PLAN_NEAR = /\b(?:projected|forecast|forecasts|predicted|expected|planned|scheduled|slated|poised|aims?|targets?)\b/i;
/** Before an attributive year: a determiner or possessive ("the 2014 Oscars", "its 2011 release"). */
const DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/i;
/** Before an adverbial year: a preposition ("in 2014", "since 2011", "by 2018"). */
const PREPOSITION = /\b(?:in|since|during|from|of|by|until|till|through|before|after|around|circa|between|and|or|to|for|at|on|early|late|mid|spring|summer|autumn|fall|winter)\s+$/i;
/** After an attributive year: a noun it modifies (a word, not a verb form we know or a connective). */
const NOUN_AFTER = /^[\s-]+(?!(?:and|or|to|was|were|is|are|has|had|have|will|would|when|after|before|as|but|with|of|in|on|at|for|by|the|a|an)\b)(?:\p{Lu}\p{L}+|\p{Ll}{3,})/u;

/**
 * True when the time expression `text.slice(start, end)` is not a past reference: the end of a
 * period still running, or (for a bare year, `yearOnly`) a year used as the name of an event.
 */
export function openEnded(text: string, start: number, end: number, yearOnly: boolean): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (UNTIL.test(before)) {
    const lead = before.slice(0, before.search(UNTIL));
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('.')) + 1);
    if (PLAN_NEAR.test(clause) || !PAST_NEAR.test(clause)) return true;
  }
  if (!yearOnly || PREPOSITION.test(before)) return false;
  return DETERMINER.test(before) || /\p{L}\s+$/u.test(before) ? NOUN_AFTER.test(text.slice(end, end + 30)) : false;
}
