// Which dimension a length measures: a quake's depth ("at a depth of 10 km", "10 km deep"), a
// distance from a place ("72 km from the town of Brel", "30 km north of Delk"), a height, a
// length, a width, a radius ("within 5 km"). Two lengths of one event measuring different
// dimensions — or distances from different places — are different measured things, never a
// conflict, however alike their sentences.

const UNIT_WORD = /^\s*-?\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?|met(?:er|re)s?|m|ft|feet|foot|nautical\s+miles?|yards?)\b\.?/i;
const DIRECTION = '(?:(?:north|south|east|west)(?:[\\s-]?(?:north|south|east|west))?(?:ern)?|northeast|northwest|southeast|southwest|upstream|downstream|inland|offshore)';
// after the value: "from the town of Brel", "north-west of Delk", "away from", "off the coast of", "outside Brel"
const FROM_PLACE = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:${DIRECTION}\\s+of|(?:away\\s+)?from|off(?:\\s+the\\s+coast\\s+of)?|outside|short\\s+of)\\s+(?:the\\s+)?(?:(?:town|city|village|capital|port|coast|border|centre|center|epicentre|island|province|region)\\s+(?:of\\s+)?)?([\\p{L}][\\p{L}'’-]*)?`, 'iu');
const DEPTH_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:deep|below\s+(?:the\s+)?(?:surface|ground|sea|seabed)|beneath|underground|under\s+(?:the\s+)?(?:ground|surface|sea))\b/i;
const HEIGHT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:high|tall|above\s+sea\s+level|in\s+height|in\s+altitude|up)\b/i;
const LENGTH_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:long|in\s+length)\b/i;
const WIDTH_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:wide|across|in\s+width|in\s+diameter)\b/i;
const BEFORE = [
  { dim: 'depth', re: /\b(?:depths?|deep)\b/i },
  { dim: 'height', re: /\b(?:height|altitude|elevation|heights)\b/i },
  { dim: 'length', re: /\blength\b/i },
  { dim: 'width', re: /\b(?:width|diameter)\b/i },
  { dim: 'radius', re: /\b(?:within|radius\s+of)\s+(?:about\s+|around\s+|some\s+)?$/i },
];

/**
 * The dimension of a length at [qStart, qEnd) of a sentence: 'depth', 'height', 'length',
 * 'width', 'radius', 'distance from <place>' (lowercase place, or 'distance from a place'), or
 * null when the sentence does not say.
 */
export function dimensionOf(sentence: string, qStart: number, qEnd: number): string | null {
  let after = sentence.slice(qEnd, qEnd + 80);
  const u = UNIT_WORD.exec(after);
  if (u) after = after.slice(u[0].length);
  if (DEPTH_AFTER.test(after)) return 'depth';
  if (HEIGHT_AFTER.test(after)) return 'height';
  if (LENGTH_AFTER.test(after)) return 'length';
  if (WIDTH_AFTER.test(after)) return 'width';
  const from = FROM_PLACE.exec(after);
  // a named place ("Brel"), else some place ("the capital")
  if (from) return from[1] && /^\p{Lu}/u.test(from[1]) ? `distance from ${from[1].toLowerCase()}` : 'distance from a place';
  // the clause before the figure: "at a depth of 10 km", "put the depth of the quake at 6 miles"
  const clause = sentence.slice(Math.max(0, qStart - 60), qStart).split(/[,;:()]|\s[–—-]\s|\b(?:and|while|but)\s/).pop() ?? '';
  for (const b of BEFORE) if (b.re.test(clause)) return b.dim;
  return null;
}

/** Two dimensions that are different measured things (unknown ones may still be either). */
export function otherDimension(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  // "72 km from the town" and "72 km from Brel" may be one distance when one names no place
  if (a.startsWith('distance from') && b.startsWith('distance from')) return a !== 'distance from a place' && b !== 'distance from a place';
  return true;
}
