// Plural place names: mountain ranges, island groups and regions written "the Alps", "the
// Hebrides", "the Midlands". After "the" and before a plural verb they look like a party or a
// movement ("the Greens have", "the Liberals are"); "the Alps are" is a place.
import { escapeRegExp } from '../../util/regex.ts';

/** Well-known plural place names (folded, one word) that the gazetteer does not list. */
const KNOWN_PLACE_PLURALS = new Set([
  // mountain ranges and hills
  'alps', 'andes', 'rockies', 'himalayas', 'pyrenees', 'carpathians', 'urals', 'appalachians', 'dolomites', 'apennines',
  'alleghenies', 'adirondacks', 'catskills', 'ozarks', 'poconos', 'smokies', 'cascades', 'sierras', 'tatras', 'vosges',
  'ardennes', 'cevennes', 'pennines', 'grampians', 'cairngorms', 'cotswolds', 'chilterns', 'mendips', 'cheviots', 'rhodopes',
  'dinarides', 'karawanks', 'sudetes', 'nilgiris', 'ghats', 'highlands', 'lowlands', 'uplands', 'midlands', 'fens', 'broads', 'dales', 'badlands', 'everglades', 'prairies', 'steppes', 'tropics',
  // island groups
  'hebrides', 'orkneys', 'shetlands', 'scillies', 'balearics', 'canaries', 'azores', 'cyclades', 'sporades',
  'ionians', 'aleutians', 'marianas', 'marquesas', 'moluccas', 'antilles', 'grenadines', 'falklands',
  'andamans', 'kurils', 'kuriles', 'spratlys', 'paracels', 'senkakus', 'hamptons',
  // regions written in the plural
  'americas', 'carolinas', 'dakotas', 'sundarbans', 'pampas',
]);

// Words around "the X" that only a place takes: crossing or climbing it, a slope or a peak of it,
// or a geographic noun after it ("across the Kardaks", "the Kardaks foothills"). Not "over",
// "through", "near" or "below": teams and parties take them too ("won over the Falcons").
const GEO_BEFORE_RE = /\b(?:across|atop|along|crossing|crossed|cross|climbed|climbing|skiing\s+in|hiking\s+in|trekking\s+in|(?:foothills|slopes|peaks|summits?|flanks|passes|valleys)\s+of)\s+$/i;
const GEO_AFTER_RE = /^\s+(?:mountains?|range|ranges|massif|peaks?|foothills|slopes|glaciers?|passes|ski\s+resorts?|islands?|archipelago|coastline|valleys?)\b/i;

/**
 * True when the capitalised plural `word` names a place: a known range, island group or region, or
 * the text writes it where only a place goes ("across the Kardaks", "the Kardaks foothills").
 */
export function placeLikePlural(word: string, text: string): boolean {
  const low = word.toLowerCase();
  if (!/s$/.test(low)) return false;
  if (KNOWN_PLACE_PLURALS.has(low)) return true;
  const re = new RegExp(`\\bthe\\s+${escapeRegExp(word)}\\b`, 'g');
  for (const m of text.matchAll(re)) {
    const at = m.index!;
    const end = at + m[0].length;
    const after = text.slice(end, end + 24);
    if (/^\s?['’]/.test(after)) continue; // "across the Chargers' roster": a possessive is a team's or a party's
    if (GEO_BEFORE_RE.test(text.slice(Math.max(0, at - 30), at)) || GEO_AFTER_RE.test(after)) return true;
  }
  return false;
}
