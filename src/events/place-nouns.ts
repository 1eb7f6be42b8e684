// Places the gazetteer does not know but the text names as places through a lower-case place
// noun ("Ormask province", "the town of Brevik"). Such a name is a place, not a person or a
// title, so two events of one kind set in two such places are as different as in two known cities.
const NOUN_AFTER = /^\s+(?:province|region|county|district|valley|village|town|city|prefecture|governorate|oblast|municipality|island|parish|township|commune|borough)\b/;
const NOUN_OF = /\b(?:town|city|village|port|province|region|district|county|island|municipality|suburb|parish|township|commune|borough)\s+of\s+(?:the\s+)?$/i;

/** True when the mention at [start, end) of `text` is followed or introduced by a place noun. */
export function namedWithPlaceNoun(text: string, start: number, end: number): boolean {
  return NOUN_AFTER.test(text.slice(end, end + 16)) || NOUN_OF.test(text.slice(Math.max(0, start - 24), start));
}
