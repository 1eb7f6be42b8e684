// Lower-case place nouns around a name the gazetteer does not know make it a place: "Ormask
// province", "the Brask valley", "the town of Orvan", "the port of Salvik". Only unambiguous
// nouns ("the Kalvo border" or "the Reyhan state visit" do not name places). The analysis types
// such names as places; event clustering treats two events set in two of them as apart.
const NOUN_AFTER = /^\s+(?:province|region|county|district|valley|delta|river|island|peninsula|village|town|city|prefecture|governorate|oblast|basin|plateau|municipality|parish|township|commune|borough)\b/;
const NOUN_OF = /\b(?:town|city|village|port|province|region|district|county|island|municipality|capital|suburb|parish|township|commune|borough)\s+of\s+(?:the\s+)?$/i;

/** True when the name at [start, end) of `text` is followed or introduced by a place noun. */
export function namedWithPlaceNoun(text: string, start: number, end: number): boolean {
  return NOUN_AFTER.test(text.slice(end, end + 16)) || NOUN_OF.test(text.slice(Math.max(0, start - 24), start));
}
