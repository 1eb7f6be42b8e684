// Quantities: numbers with qualifier, unit and what is counted; ranges (ranges.ts) and durations (durations.ts). Years and dates are not quantities.
import type { Quantity, Sentence, Warning } from '../../types.ts';
import { sentenceAt } from '../text/sentences.ts';
import type { FoundTime } from '../times/find.ts';
import { CURRENCY_BEFORE_SRC, currencyOfMark, localDollar } from '../currency.ts';
import { WORD_NUMBERS } from './number-words.ts';
import { definiteCountStands, outcomeAfter, PARTITIVE_AFTER_RE, wholeOfPartitive } from './participants.ts';
import { durationAfter, durationCounts, notDurationBefore } from './durations.ts';
import { digitCount, rangeSeparator } from './ranges.ts';

const QUALIFIERS: Record<string, string> = {
  'more than': 'more than', over: 'more than', 'well over': 'more than', 'just over': 'more than', 'in excess of': 'more than', 'upwards of': 'more than',
  'at least': 'at least', 'no fewer than': 'at least', 'no less than': 'at least', 'a minimum of': 'at least',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', 'an estimated': 'about', estimated: 'about', approx: 'about',
  'up to': 'up to', 'as many as': 'up to', 'at most': 'up to', 'a maximum of': 'up to',
  'less than': 'less than', 'fewer than': 'less than', under: 'less than',
  exactly: 'exactly', only: 'only', just: 'only',
};
// South Asian scales: a lakh is 100,000, a crore 10 million ("Rs 450 crore", "3.2 lakh hectares").
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7 };
const UNIT_WORDS: Record<string, string> = {
  '°c': '°C', '°f': '°F',
  '%': '%', percent: '%', 'per cent': '%', pct: '%', times: 'times', fold: 'times', '-fold': 'times',
  km: 'km', kilometres: 'km', kilometers: 'km', miles: 'miles', tonnes: 'tonnes', tons: 'tonnes', dollars: '$' /* the outlet country's dollar, read below */, euros: 'EUR', rubles: 'RUB', roubles: 'RUB', pounds: 'GBP',
};
// Words after a number that are not what is counted (adjectives, determiners) or end the phrase.
const SKIP = new Set(['new', 'more', 'additional', 'other', 'further', 'extra', 'old', 'young', 'armed', 'foreign', 'military', 'heavy', 'light', 'major', 'small', 'large', 'big', 'separate', 'different', 'such', 'so-called', 'and', 'or', 'of', 'the', 'its', 'their', 'his', 'her', 'our', 'some', 'suspected', 'alleged', 'confirmed', 'registered', 'active', 'combat', 'russian', 'syrian']);
const STOP = new Set(['plus', 'minus', 'have', 'has', 'had', 'were', 'was', 'are', 'is', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'in', 'on', 'at', 'from', 'to', 'for', 'by', 'with', 'over', 'under', 'this', 'that', 'these', 'those', 'since', 'across', 'into', 'who', 'which', 'than', 'as', 'per', 'a', 'an', 'during', 'after', 'before', 'while', 'when', 'last', 'ago', 'each', 'every', 'said', 'say', 'says']);
// Participles anywhere early in the clause after the noun ("people have since been killed"); other
// outcomes (charged, jailed, shot, …) only right after it (participants.ts: outcomeAfter), since a
// participle further on often has another subject ("after two hours of talks he was charged").
const PARTICIPLES = /\b(killed|injured|wounded|hurt|displaced|dead|died|arrested|detained|evacuated|missing|affected|infected|captured|executed|rescued|freed|released|deployed|stationed|sent|destroyed|hit|fired|launched|returned|fled)\b/;

// Plural nouns with no -s: they end the counted phrase like "boats" does ("4,000 people live there").
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'cattle', 'sheep', 'fish', 'personnel', 'geese', 'mice', 'feet', 'teeth']);
// Compounds of "men"/"women" are plurals too ("fishermen", "gunmen", "policewomen"); these -men words are not.
const MEN_PLURAL_RE = /^(?!(?:abdo|speci|regi|sta|acu|hy|albu|cycla|bitu|lu|a|o|ra|se|dol|fora|ru)men$)\p{Ll}{2,}men$/u;
const isIrregularPlural = (w: string) => IRREGULAR_PLURALS.has(w) || MEN_PLURAL_RE.test(w);
// A word number counts something only when a plural noun follows it, perhaps after one modifier
// ("two armies", "two young children", "three people"); "two of them" counts nothing.
const WORD_NUMBER_NOUN_RE = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:[\\p{Ll}]+s|\\p{Ll}*men|${[...IRREGULAR_PLURALS].join('|')})\\b`, 'u');
// "the two leaders", "both sides", "one of the two protesters": a word number after a definite
// determiner points back at things already counted; read as a new count it would be compared
// with other outlets' tolls.
const DEFINITE_BEFORE_RE = /\b(?:the|these|those|its|their|his|her|our|my|your|whose)\s+$/i;
// A second number in the clause starts another count ("14 were hurt and 62 detained").
const NEXT_COUNT_RE = /(?:^|\s)(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens|hundreds|thousands)\b)/i;
// Past-tense verbs with no -ed that may follow a bare count ("60,000 saw the final").
const FINITE_VERBS = new Set(['remain', 'remained', 'stay', 'saw', 'came', 'went', 'took', 'made', 'gave', 'left', 'ran', 'met', 'sat', 'stood', 'got', 'won', 'lost', 'fell', 'rose', 'spent', 'paid', 'sold', 'bought', 'brought', 'held', 'heard', 'kept', 'began', 'became', 'did', 'chose', 'drove', 'flew', 'wrote', 'sang', 'swam', 'stayed', 'packed', 'gathered', 'turned']);
// Nouns before "of" that are no counted thing ("a total of 400", "one of 12", "out of 30").
const OF_NOT_COUNTED = new Set(['total', 'sum', 'number', 'figure', 'maximum', 'minimum', 'average', 'out', 'one', 'some', 'most', 'all', 'each', 'any', 'none', 'both', 'many', 'few', 'amount', 'value', 'age', 'rate', 'score', 'tally', 'count', 'level', 'high', 'low', 'record', 'peak', 'estimate', 'range', 'ratio', 'margin', 'lead', 'deficit', 'majority', 'instead', 'because', 'ahead', 'top', 'part', 'half', 'tens', 'hundreds', 'thousands', 'millions', 'dozens', 'scores', 'group', 'list']);
const AGE_AFTER_RE = /^\s?-\s?(?:years?|months?|weeks?|days?)\s?-\s?old\b/i;
// A money amount in minor units ("45 cents", "80 pence").
const MINOR_UNIT_RE = /^\s+(cents?|pence|kopecks?|kopeks?)\b/i;
const MINOR_UNITS: Record<string, string> = { pence: 'GBP', kopeck: 'RUB', kopecks: 'RUB', kopek: 'RUB', kopeks: 'RUB' };
// "$2 a share", "45 cents per barrel": the price is per that thing.
const PER_AFTER_RE = /^\s+(?:a|an|per|each)\s+([\p{Ll}][\p{L}-]+)\b/u;

// compound word numbers first ("thirty-two", "fifty seven"), so "thirty" alone does not match inside them
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:' + TENS_WORDS + ')[- ](?:' + ONES_WORDS + ')|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|a thousand|a dozen)';
const QUAL = '(more than|well over|just over|in excess of|upwards of|over|at least|no fewer than|no less than|a minimum of|nearly|almost|close to|just under|about|around|approximately|roughly|an estimated|estimated|some|up to|as many as|at most|a maximum of|less than|fewer than|under|exactly|only|just)';
// Numbers are found first (cheap); the qualifier and currency sign are read just before them.
const QUAL_BEFORE_RE = new RegExp(`\\b${QUAL.replace(/ /g, '\\s+')}\\s+$`, 'i');
const QTY_RE = new RegExp(`()(${CURRENCY_BEFORE_SRC})?\\b${NUM}(?!(?!(?:bn|mn|m|k|p|[CF]|mph|kph|kmh|km|mm|cm|kg|ft|bps|bp)\\b)[\\p{L}\\d]|[.,]\\d)(?:(?:\\s|-)?(thousand|million|billion|trillion|bn|mn|lakhs?|lacs?|crores?)\\b|(m|k|p)\\b)?(?:\\s?(%|percent\\b|per cent\\b|pct\\b|-fold\\b|times\\b|fold\\b)|\\s?(°\\s?[CF]\\b|[CF]\\b)|(mph|kph|kmh|km|mm|cm|kg|ft)\\b)?`, 'giu');
// A counted plural (perhaps after one modifier) after a bare range: "30-40 people", "10 to 12 films", "5-10 years".
const RANGE_NOUN_AFTER_RE = /^\s+(?:[\p{Ll}-]+\s+)?(?:\p{Ll}{2,}[^\Wsu]s|\p{Ll}*men|people|children|police|personnel)\b/u;
// The same figure read at one position: the second end of a range.
const QTY_AT_RE = new RegExp(QTY_RE.source, 'iuy');
// A bare "C"/"F" after a number is a temperature only where the sentence talks about heat or cold
// ("a record 48C"), not in "Terminal 2C".
const TEMPERATURE_CUE = /\b(?:temperatures?|degrees?|heat|heatwave|hot|hottest|cold|coldest|warm|warmest|freez\w*|frost|thermometer|celsius|fahrenheit)\b/i;
// "5m" without a currency sign is millions only before a counted plural that is no measure of length
// ("1.2m tonnes", "3m people"); "a 5m wall", "ran 100m" stay unread.
// (Names may stand between: "4.2m Helix Mobile customers".)
const MILLION_COUNT_AFTER = /^\s+(?:[\p{Ll}-]+\s+|(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?!(?:metres|meters|does|goes|this|thus)\b)(?:\p{Ll}{2,}[^\Wsu]s|people|children|men|women)\b/u;
// Words around "3-1"/"7-2" that make it a score or a vote rather than a range.
const SCORE_CUE_RE = /\b(?:won|wins?|lost|loss|los(?:e|es|ing)|beat|beats|beaten|defeat(?:ed|s)?|victory|draw|drew|drawn|scored?|scoreline|voted|votes?|vote|ruling|ruled|decision|lead|led|leads|trailing|trailed|margin|series)\b/i;
// "two-thirds of", "a third of", "half of": fractions of what follows.
const FRACTION_RE = /\b(a|one|two|three|four|five|six|seven|eight|nine)[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)\b(?= of\b)/gi;
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10 };

const CLOCK_AFTER_RE = /^(?::[0-5]\d\b|:\s[0-5]\d\s*(?:[ap]\.?m\b|GMT|UTC|E[DS]T|P[DS]T|ET|PT)|\.[0-5]\d\s*(?:[ap]\.?m\b|GMT|UTC|hrs?\b|h\b)|\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.|o['’]clock\b|hrs\b|GMT\b|UTC\b))/i;

function parseNumber(s: string): number | null {
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  const compound = /^([a-z]+)[- ]([a-z]+)$/i.exec(s);
  if (compound) {
    const tens = WORD_NUMBERS[compound[1]!.toLowerCase()];
    const ones = compound[2]!.toLowerCase() === 'one' ? 1 : WORD_NUMBERS[compound[2]!.toLowerCase()];
    return tens !== undefined && ones !== undefined && tens >= 20 && ones < 10 ? tens + ones : null;
  }
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

// Units written against the number ("90mph", "120mm", "25bp") or a rate change in basis points.
const GLUED_UNITS: Record<string, string> = { mph: 'mph', kph: 'km/h', kmh: 'km/h', km: 'km', mm: 'mm', cm: 'cm', kg: 'kg', ft: 'ft' };
const POINTS_AFTER_RE = /^[\s-]?(?:basis[-\s]+points?|bps?)\b/i;
const POUND_CUE_RE = /£|\bpence\b|\bpounds?\b|\bsterling\b|\bGBP\b/;
const MAGNITUDE_BEFORE_RE = /\b(?:magnitude|Richter scale reading of|magnitude of)\s*$/i;
const MAGNITUDE_AFTER_RE = /^[\s-]?magnitude\b/i;
const QUAKE_NOUN_RE = /^\s*(?:\p{Ll}+\s+)?(earthquakes?|quakes?|tremors?|aftershocks?|temblors?)\b/u;
const SPEED_AFTER_RE = /^\s?(km\s?\/\s?hr?|kph|kmph|mph|miles per hour|kilometres per hour|kilometers per hour)\b/i;
// Words a counted phrase may run over to reach a second number's noun (see countedAfter).
const PASS_OVER = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'next', 'last', 'first', 'and', 'or', 'to', 'x', 'by']);
const PERIOD_ON_PERIOD_RE = /^\s+(?:year|quarter|month|week|day)[- ]on[- ](?:year|quarter|month|week|day)\b/i;
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet']);
// Prepositions and adverbs that may follow a percentage ("weakened 0.6% against the dollar"): nothing counted.
const NOT_A_NOUN_AFTER_PERCENT = new Set(['against', 'below', 'above', 'ahead', 'behind', 'compared', 'versus', 'vs', 'beyond', 'despite', 'through', 'among', 'amid', 'higher', 'lower', 'more', 'less', 'so', 'then', 'year', 'annually', 'overall', 'respectively', 'apiece', 'each']);
// An -s word that is no plural ("12 overseas districts", "various", "bonus").
const isPluralS = (w: string) => /[^s]s$/.test(w) && !/(?:ous|us|is|overseas|whereas)$/.test(w);

/**
 * What is counted: the head noun after the number (and a participle like "killed" later in the
 * clause, unless `nounOnly`: the whole of a partitive, whose verb is the part's).
 */
function countedAfter(text: string, from: number, sentEnd: number, unit: string | null, nounOnly = false): { counts: string | null; end: number } {
  const rest = text.slice(from, Math.min(sentEnd, from + 160));
  // "up 12% year on year", "rose 3% quarter-on-quarter": the comparison period, nothing counted.
  if (PERIOD_ON_PERIOD_RE.test(rest)) return { counts: null, end: from };
  if (unit === '%') {
    const of = /^\s+(of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\p{L}'’-]+(?:\s+[\p{Ll}'’-]+)?)/u.exec(rest);
    if (of) {
      const words = of[1].split(/\s+/);
      while (words.length > 2 && (STOP.has(words[words.length - 1].toLowerCase()) || CONJUNCTIONS.has(words[words.length - 1].toLowerCase()))) words.pop();
      return { counts: words.join(' '), end: from + of[0].indexOf(of[1]) + words.join(' ').length };
    }
    const noun = /^\s+([\p{Ll}][\p{L}'’-]+)/u.exec(rest);
    if (noun && !STOP.has(noun[1].toLowerCase()) && !CONJUNCTIONS.has(noun[1].toLowerCase()) && !NOT_A_NOUN_AFTER_PERCENT.has(noun[1].toLowerCase())) return { counts: noun[1], end: from + noun[0].length };
    return { counts: null, end: from };
  }
  if (unit === 'times' || unit === '°C' || unit === '°F') return { counts: null, end: from }; // "48C in Valdera": nothing counted
  const words: Array<{ w: string; e: number }> = [];
  const money = !!unit && /^[A-Z]{3}$/.test(unit);
  const re = /[\p{L}][\p{L}'’-]*|[,.;:!?()"“”]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) && words.length < 7) {
    // Only words next to each other: "USD 300 million and 12 eggs" counts no eggs for the 300 million;
    // a partitive or a coordination of counts runs on over the second number ("88 of the 150 seats",
    // "18 of its next 23 games", "12 Somali and 11 Yemeni pirates").
    if (m.index > 0 && words.length === 0 && rest.slice(0, m.index).trim() !== '') break;
    const gapFrom = words.length ? words[words.length - 1]!.e : 0;
    // (a number glued to a word, "AK-47 rifles", or a spaced hyphen, "worst - hit", is no second count;
    // an amount after its currency mark is: "A$5m and NZ$3m")
    if (words.length && /[\s$€£¥₽₹][\d.,]*\d/.test(rest.slice(gapFrom - 1, m.index))) {
      const passOver = !money && words.length > 0 && words.every((x) => PASS_OVER.has(x.w.toLowerCase())) && /^\s+[\d.,]+\s+$/.test(rest.slice(gapFrom, m.index));
      const coordinated = !money && words.length > 0 && /^(?:and|or|to)$/i.test(words[words.length - 1]!.w) && /^\s+[\d.,]+\s+$/.test(rest.slice(gapFrom, m.index));
      if (!passOver && !coordinated) break;
    }
    words.push({ w: m[0], e: m.index + m[0].length });
    if (/^[,.;:!?()"“”]$/.test(m[0])) break;
  }
  // The counted noun is the last word of the noun phrase right after the number ("militant targets").
  let head: { w: string; e: number } | null = null;
  let nouns = 0;
  let conjSeen = false;
  for (const x of words) {
    const low = x.w.toLowerCase();
    if (/^[,.;:!?()"“”]$/.test(x.w) || STOP.has(low)) break;
    if (low === 'and' || low === 'or') {
      conjSeen = true;
      continue; // "rebel and militia targets"
    }
    // (a number word is the whole of a partitive, not the noun: "three of the four Israeli soldiers")
    if (SKIP.has(low) || /^\p{Lu}/u.test(x.w) || (!head && WORD_NUMBERS[low] !== undefined)) {
      if (head) break;
      continue;
    }
    if (head && (/(?:ed|ing|ly)$/.test(low) || FINITE_VERBS.has(low))) break; // ("120mm of rain fell")
    if (head && WORD_NUMBERS[low] !== undefined) {
      // a second count: "$2.4 million and serve three years" names nothing for the first one
      if (conjSeen) head = null;
      break;
    } // a verb or adverb after the noun ("people attended")
    // "62,000 watched the final": a verb right after the number, so nothing is named (the noun
    // before "of" may be: "a crowd of 62,000"). Participles that name people ("12 wounded") stay.
    if (!head && ((/[^e]ed$|[^e]eed$/.test(low) && !PARTICIPLES.test(low)) || FINITE_VERBS.has(low))) break;
    head = x;
    // "police officers", "women voters": an irregular plural used as a modifier of a plural noun
    if (isIrregularPlural(low) && nouns < 2 && modifierOfPlural(rest, x.e)) {
      nouns++;
      continue;
    }
    if (++nouns >= 3 || isPluralS(low) || isIrregularPlural(low)) break; // a plural noun ends the phrase ("boats came", "people lives")
  }
  let counts = head ? head.w : null;
  let end = head ? from + head.e : from;
  // A participle later in the clause says what happened to them ("people have since been killed").
  let clause = rest.slice(head ? head.e : 0).split(/[,.;:!?]/)[0];
  // Once this number has its own noun, a later number starts another count whose verb is its own
  // (with no noun, "13 to 16 people were hurt" is one range and the verb is shared).
  const next = head ? NEXT_COUNT_RE.exec(clause) : null;
  if (next) clause = clause.slice(0, next.index);
  // What happened to the counted people right after the noun, with or without an auxiliary
  // ("62 protesters detained", "two people died", "11 men were charged").
  let right = head ? outcomeAfter(clause) : null;
  // In a partitive a bare participle belongs to the whole ("three of the four soldiers killed by
  // friendly fire were …"); the part's own verb has an auxiliary ("two of the protesters were killed").
  if (right && right[0].trim() === right[1] && /^\s+of\s/.test(rest) && !/^(?:died|drowned)$/.test(right[1]!)) right = null;
  const p = nounOnly ? null : right ?? PARTICIPLES.exec(clause.slice(0, 60));
  if (p && (right || /\b(?:been|were|was|are|have|had|being)\b/.test(clause.slice(0, p.index + 1)))) {
    counts = counts ? `${counts} ${p[1]}` : p[1];
    end = (head ? from + head.e : from) + p.index + p[0].length;
  }
  return { counts, end };
}

/** "a crowd of 62,000", "revenue of $412 million": the noun before "of" right before `at`, if it can be counted. */
function nounBeforeOf(text: string, at: number): string | null {
  const of = /\b([\p{Ll}][\p{Ll}-]+)\s+of\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return of && !OF_NOT_COUNTED.has(of[1]) && !STOP.has(of[1]) && !SKIP.has(of[1]) && !/(?:ly|ing)$/.test(of[1]) ? of[1] : null;
}

// "profit rose 12% to", "net debt fell by", "prices rose 6.8%": a noun, a verb of change, then the figure.
const CHANGE_BEFORE_RE = /(^|[.!?]\s+|\n\s*|[\p{Ll},;]\s+)((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:rose|fell|jumped|climbed|dropped|slumped|increased|decreased|grew|declined|slipped|surged|soared|tumbled|plunged|gained|lost|shed|added|weakened|strengthened|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?(?:(?:\S*\d[\d.,]*\S*|[^\s,.;]+)(?:\s+(?:per\s+cent|percent|million|billion|bn|m))?\s+to\s+)?$/u;
function changedNoun(text: string, at: number): string | null {
  const m = CHANGE_BEFORE_RE.exec(text.slice(Math.max(0, at - 80), at));
  if (!m) return null;
  const opener = !/[\p{Ll},;]\s+$/u.test(m[1]!); // the phrase opens a sentence: its first word may be capitalised
  const words = m[2]!.split(/\s+/);
  // (a name is no changed quantity: "Shares in Harrowgate rose 4.7%")
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && opener))) {
    if (words.length === 2 && !/^\p{Lu}/u.test(words[1]!)) words.shift();
    else return null;
  }
  while (words.length && (STOP.has(words[0]!.toLowerCase()) || SKIP.has(words[0]!.toLowerCase()) || /^(?:it|they|he|she|we|which|that|who)$/i.test(words[0]!))) words.shift();
  if (!words.length || words.some((w) => STOP.has(w.toLowerCase()) || /^(?:it|they|he|she|we|which|who)$/i.test(w))) return null;
  return words.join(' ').toLowerCase();
}

/** A plural noun right after position `at` of `rest` that the word before modifies ("police| officers were"). */
function modifierOfPlural(rest: string, at: number): boolean {
  const m = /^\s+(\p{Ll}{3,})(?:\s+(\p{L}+))?/u.exec(rest.slice(at));
  if (!m || !/[^s'’]s$/.test(m[1]) || STOP.has(m[1]) || SKIP.has(m[1])) return false;
  return !m[2] || !(AFTER_VERB.test(m[2]) || /^(?:on|in|at|from|to|for|by|with|into|off|up|down|out)$/.test(m[2])); // "people lives on the island": a verb
}

/** "a population of", "the total of": a singular (or mass) noun after a determiner. */
function singularAfterDeterminer(text: string, nounStart: number, noun: string): boolean {
  if (/s$/.test(noun) && !/ss$/.test(noun)) return false;
  return /\b(?:a|an|the|its|their|his|her|our|this|that)\s+$/i.test(text.slice(Math.max(0, nounStart - 8), nounStart));
}

// Words that follow a verb, not a counted plural noun: "lives there", "packs the stadium", "lives along
// the coast" ("300 lives were lost", "12 boats sank" have a verb after the noun instead).
const AFTER_VERB = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|every|each|some|there|here|along|near|around|across|within|outside|inside|beside|beyond|throughout|mostly|mainly|largely|still|now|today)$/;

// The word after a count and the word after that (one regex for any counted noun: no per-call RegExp).
const WORD_AFTER_WORD_RE = /^\s+(\S+)\s+(\p{L}+)/u;

/**
 * After "a population of 1.2 million", an -s word agreeing with the singular noun and followed by a
 * determiner, a place word or an adverb is its verb ("lives there", "packs the stadium").
 */
function verbAfterCount(text: string, from: number, counts: string): boolean {
  if (/\s/.test(counts) || !/^\p{Ll}+[^s]s$/u.test(counts)) return false;
  const m = WORD_AFTER_WORD_RE.exec(text.slice(from, from + 60));
  return !!m && m[1] === counts && AFTER_VERB.test(m[2]);
}

// The second side of a score: "-1", "–1", " – 1"; not a third part ("2021-09-13"), a percentage or a longer number ("555-1234").
const SCORE_SECOND_RE = /^(\s?[-–]\s?)(\d{1,3})\b(?![-–]\d|[.,:]\d|\s*(?:%|percent|per cent))/;
// A vote rather than a game.
const TALLY_CUE_RE = /\b(?:voted|votes?|voting|ballots?|tally|tallies|jury|judges|justices|senators|lawmakers|deputies|members|council|parliament|senate|assembly|referendum|motion|bill|ruling|ruled|decision)\b/i;
// Words around a pair that make it a sports result even with no verb ("the final ended 1–1").
const SPORT_CUE_RE = /\b(?:match|final|semi-final|game|fixture|derby|half-time|halftime|full-time|innings|goals?|penalt(?:y|ies)|extra time|scoreline|ended|finished|tally)\b/i;
// Words before a pair that make it a span or a reference: "between 10-15", "pages 10-12", "aged 18-25".
const NOT_SCORE_BEFORE_RE = /\b(?:between|from|pages?|pp?\.?|chapters?|sections?|articles?|paragraphs?|clauses?|rooms?|nos?\.?|numbers?|lines?|verses?|aged?|ages|call|phone|tel\.?|route|flight|platform|gate|seats?|rows?|(?:ratio|odds)(?:\s+of)?)\s*$/i;
// Nouns after a pair that make it a ratio, odds or a range of a counted thing ("10-15 seats").
const SCORE_NOUN_AFTER_OK = /^(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|lead|advantage|margin|majority|vote|votes|decision|ruling|result|scoreline|home|away|aggregate|thrashing|drubbing|rout|triumph|upset|success|in|at|on|to|against|over|with|after|before|and|but|for|by|as|when|while|the|a|an|this|that|their|its|his|her|thanks|courtesy)$/i;

/** A score or vote tally starting at the number [numStart, numEnd): its second side, end and unit, or null. */
function scoreAt(text: string, numStart: number, numEnd: number): { second: number; end: number; unit: 'score' | 'tally' } | null {
  const m = SCORE_SECOND_RE.exec(text.slice(numEnd, numEnd + 12));
  if (!m) return null;
  const end = numEnd + m[0].length;
  // "10-11 a.m." is a clock span.
  if (CLOCK_AFTER_RE.test(text.slice(end, end + 12))) return null;
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  if (NOT_SCORE_BEFORE_RE.test(before)) return null;
  // A word right after that is no result word: a ratio or a counted range ("3-1 ratio", "10-15 seats").
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 30));
  if (next && /^\p{Ll}/u.test(next[1]) && !SCORE_NOUN_AFTER_OK.test(next[1])) return null;
  const around = text.slice(Math.max(0, numStart - 40), end + 30);
  if (!SCORE_CUE_RE.test(around) && !SPORT_CUE_RE.test(around)) return null;
  // A tally where the words before name a vote, or a vote word follows ("a 5-4 decision").
  const tally = TALLY_CUE_RE.test(text.slice(Math.max(0, numStart - 40), numStart)) || /^\s+(?:votes?|ballots?|decision|ruling|majority)\b/i.test(text.slice(end, end + 20));
  return { second: +m[2], end, unit: tally ? 'tally' : 'score' };
}

export interface QuantityOptions {
  /** The outlet's country (ISO 3166 alpha-2): which dollar a bare "$", "dollars" or "cents" is. */
  country?: string | null;
}

export function findQuantities(text: string, sentences: Sentence[], times: FoundTime[], warnings?: Warning[], opts: QuantityOptions = {}): Quantity[] {
  const out: Quantity[] = [];
  let poundsText: boolean | undefined; // the text talks in pounds (read once, for pence)
  const timeSpans = times.map((t) => [t.start, t.end] as const);
  // A time span's kind: a stated duration ("for 12 years", "a 10-year conflict") is a quantity too.
  const timeIsDuration = times.map((t) => t.kind === 'duration');
  let ti = 0;
  QTY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY_RE.exec(text))) {
    if (out.length >= 20000) {
      warnings?.push({ code: 'too-many-quantities', message: 'Only the first 20000 quantities were kept.' });
      break;
    }
    const [whole0, , cur, numText, scaleWord, scaleShort0, unitWord0, degrees, gluedUnit] = m;
    // "9.6p a share", "142.3p": pence where the article talks in pounds ("9p" elsewhere is no amount).
    const pence = scaleShort0 === 'p' || scaleShort0 === 'P';
    if (pence && (cur || !(poundsText ??= POUND_CUE_RE.test(text)))) continue;
    const scaleShort = pence ? undefined : scaleShort0;
    if (scaleShort && !cur && !(scaleShort.toLowerCase() === 'm' && MILLION_COUNT_AFTER.test(text.slice(m.index + whole0.length, m.index + whole0.length + 40)))) continue; // "5m" may be metres: not read
    const si = sentenceAt(sentences, m.index); // the number's sentence, read by several rules below
    let unitWord = unitWord0 ?? (gluedUnit ? GLUED_UNITS[gluedUnit.toLowerCase()] : undefined);
    // "50 basis points", "25bp": a move whose unit the brief reads after the number (brief/figure-points.ts); nothing counted.
    const points = !unitWord && !scaleWord && !scaleShort0 && !cur && POINTS_AFTER_RE.test(text.slice(m.index + whole0.length, m.index + whole0.length + 16));
    if (degrees) {
      const sn = sentences[si];
      if (!degrees.includes('°') && !(sn && TEMPERATURE_CUE.test(text.slice(sn.start, Math.min(sn.end, sn.start + 1000))))) continue;
      unitWord = degrees.replace(/\s/g, '').replace(/^([CF])$/, '°$1');
    }
    let scale = scaleWord ?? scaleShort;
    const qm = QUAL_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const qual = qm ? qm[1].replace(/\s+/g, ' ') : undefined;
    const qStart = qm ? m.index - qm[0].length : m.index;
    let whole = qm ? text.slice(qStart, m.index + whole0.length) : whole0;
    const numStart = m.index + (cur ? cur.length : 0);
    let qEnd = m.index + whole0.length;
    const numEnd = numStart + numText.length;
    // Not a quantity: inside a time expression, a year, part of a code/name ("COVID-19", "G20"), ordinals.
    while (ti < timeSpans.length && timeSpans[ti][1] <= numStart) ti++;
    if (ti < timeSpans.length && timeSpans[ti][0] < numEnd && timeSpans[ti][1] > numStart) {
      // ("for 12 years", "a 10-year conflict": a stated duration is read as a quantity as well)
      if (!timeIsDuration[ti] || cur || unitWord || scale || !durationAfter(text, qEnd) || notDurationBefore(text, qStart)) continue;
    }
    const before = text[numStart - 1] ?? ' ';
    if (/[\p{L}\-\/#:.]/u.test(before) && !cur) continue;
    if (/^\d{4}$/.test(numText) && !unitWord && !scale && +numText >= 1000 && +numText <= 2100 && !qual) {
      // A bare 4-digit number in the year range with nothing counted right after is taken as a year.
      const next = /^\s+([\p{Ll}]+)/u.exec(text.slice(numEnd, numEnd + 30));
      if (!next || STOP.has(next[1])) continue;
    }
    if (/^\d/.test(numText) && /^[a-z]{1,2}\b/i.test(text.slice(numEnd, numEnd + 3)) && !scale && !unitWord && !pence && !points) continue; // "13th", "5G"
    // Clock times are not quantities: "1:32 PM", "10:30", "9 a.m.", "7 o'clock", "14.30 GMT".
    if (!cur && !unitWord && CLOCK_AFTER_RE.test(text.slice(numEnd, numEnd + 12))) continue;
    if (text[numEnd] === '/' && /\d/.test(text[numEnd + 1] ?? '')) continue; // dates and ratios: "3/13/2013", "24/7"
    // A score or a vote tally ("a 3-1 win", "voted 7-2") is no count of anything: the first number alone would mislead.
    if (!cur && !unitWord && !scale && /^\d{1,3}$/.test(numText)) {
      const sc = scoreAt(text, numStart, numEnd);
      if (sc) {
        const si0 = sentenceAt(sentences, numStart);
        out.push({ start: numStart, end: sc.end, text: text.slice(numStart, sc.end), value: +numText, qualifier: null, unit: sc.unit, counts: null, sentence: si0, score: [+numText, sc.second] });
        QTY_RE.lastIndex = sc.end; // the second side is no quantity of its own
        continue;
      }
    }
    // A range ("5.25%-5.5%", "between 30 and 40 people"): the quantity runs to the second figure and
    // takes its unit and scale when the first states none ("5.25-5.5%", "between 2 and 3 million").
    // (The quantity's span stays the low figure, where readers of spans look for "to 15" after it; the
    // second figure is read here and only lends its unit, scale and counted noun.)
    let range: { low: number; high: number } | undefined;
    const lowEnd = qEnd;
    const sep = points ? null : rangeSeparator(text, qStart, qEnd);
    if (sep) {
      const r = rangeTo(sep.end, sep.kind, numText, !!cur, unitWord, scale);
      if (r) {
        range = { low: r.low, high: r.high };
        qEnd = r.end;
        whole = text.slice(qStart, qEnd);
        if (!unitWord && r.unitWord) unitWord = r.unitWord;
        if (!scale && r.scale) scale = r.scale;
        QTY_RE.lastIndex = r.end;
      }
    }
    const sentNow = sentences[si];
    if (sentNow && text.slice(sentNow.start, sentNow.end).trim() === whole.trim()) continue; // a number alone on a line (counters, page furniture)
    const base = parseNumber(numText);
    if (base === null) {
      warnings?.push({ code: 'unparsed-number', message: `"${numText}" could not be read as a number.`, start: numStart, end: numEnd });
      continue;
    }
    // 8.3 × 1e6 is 8300000.000000001 in floating point: rounded, so "£8.3m" equals "£8,300,000".
    const value = Number((base * (scale ? SCALES[scale.toLowerCase()] : 1)).toPrecision(12));
    if (!Number.isFinite(value)) {
      warnings?.push({ code: 'number-out-of-range', message: `"${whole}" is too large to represent.`, start: qStart, end: qEnd });
      continue;
    }
    // The whole a part is taken from ("one of the 12 hostages was freed"): what happened to the part
    // is not said of the whole, which stays a count of the noun alone.
    const partOf = wholeOfPartitive(text.slice(Math.max(0, qStart - 40), qStart));
    // Word numbers only when something countable follows ("two armies", a partitive "two of the
    // protesters"), not "two of them"; and after a definite ("the two leaders") only when the phrase
    // states what happened to counted people ("the two men were arrested"), not inside a partitive.
    // "jailed for 12 years", "a five-year contract", "a 48-hour walkout": a duration, with what lasts.
    const dur = !cur && !unitWord && !scale ? durationAfter(text, qEnd) : null;
    if (dur && !notDurationBefore(text, qStart)) {
      out.push({
        start: qStart,
        end: range ? lowEnd : dur.end,
        text: text.slice(qStart, range ? lowEnd : dur.end),
        value: value * dur.factor,
        qualifier: qual ? QUALIFIERS[qual.toLowerCase()] ?? qual.toLowerCase() : null,
        unit: dur.unit,
        counts: durationCounts(text, qStart, dur),
        sentence: si,
        ...(range ? { range: { low: range.low * dur.factor, high: range.high * dur.factor } } : {}),
      });
      QTY_RE.lastIndex = Math.max(QTY_RE.lastIndex, dur.end);
      continue;
    }
    if (/^[a-z]/i.test(numText)) {
      const after = text.slice(range ? qEnd : numEnd, (range ? qEnd : numEnd) + 80);
      if (!unitWord && !scale && !WORD_NUMBER_NOUN_RE.test(after.slice(0, 40)) && !PARTITIVE_AFTER_RE.test(after)) continue;
      if (!qual && DEFINITE_BEFORE_RE.test(text.slice(Math.max(0, qStart - 8), qStart)) && (partOf || !definiteCountStands(after))) continue;
    }
    const unit = unitWord ? UNIT_WORDS[unitWord.toLowerCase()] ?? unitWord.toLowerCase() : cur ? currencyOfMark(cur, opts.country) : null;
    const sentEnd = sentences[si]?.end ?? text.length;
    let value2 = value;
    let qEnd2 = qEnd;
    let unitMinor: string | null = null;
    const minor = !cur && !unitWord && !scale ? MINOR_UNIT_RE.exec(text.slice(qEnd, qEnd + 12)) : null;
    if (pence) {
      unitMinor = 'GBP';
      value2 = Math.round(base * 100) / 1e4;
    } else if (minor) {
      // "45 cents" is 0.45 of the outlet country's dollar (euro cents where the sentence talks in euros).
      const w = minor[1].toLowerCase();
      const sn = sentences[si];
      const euro = sn && /€|\beuros?\b/i.test(text.slice(sn.start, sn.end));
      unitMinor = w.startsWith('cent') ? (euro ? 'EUR' : localDollar(opts.country)) : MINOR_UNITS[w];
      value2 = Math.round(base * 100) / 1e4;
      qEnd2 = qEnd + minor[0].length;
    }
    // "a 23-year-old man was charged": an age, whatever happened to its holder.
    const age = AGE_AFTER_RE.test(text.slice(qEnd2, qEnd2 + 16));
    let { counts } = countedAfter(text, qEnd2, sentEnd, unitMinor ?? unit, partOf || age);
    const money = unitMinor ?? (cur ? unit : unit && /^[A-Z]{3}$/.test(unit) ? unit : null);
    if (money) {
      const per = PER_AFTER_RE.exec(text.slice(qEnd2, qEnd2 + 40));
      if (per) counts = `per ${per[1]}`;
      // "revenue of $412 million", "a club-record fee of £62m": the noun before "of" is what the amount is.
      else if (!counts) counts = nounBeforeOf(text, qStart);
    } else if (!unit && !age) {
      // "A crowd of 62,000", "a population of 1.2 million": the noun before "of" is what is counted.
      const of = /\b([\p{Ll}][\p{Ll}-]+)\s+of\s+$/u.exec(text.slice(Math.max(0, qStart - 40), qStart));
      const ofNoun = of && !OF_NOT_COUNTED.has(of[1]) && !STOP.has(of[1]) && !SKIP.has(of[1]) && !/(?:ly|ing)$/.test(of[1]) ? of[1] : null;
      if (!counts) counts = ofNoun;
      else if (ofNoun && singularAfterDeterminer(text, qStart - of![0].length, ofNoun) && verbAfterCount(text, qEnd2, counts)) counts = ofNoun;
    }
    let unitFinal = unitMinor ?? unit;
    // "pre-tax profit rose 12% to £4.2bn", "net debt fell by £600m": the noun that changed.
    if (!counts && (unitFinal === '%' || money)) counts = changedNoun(text, qStart);
    if (points) counts = null; // "raised by 50 basis points to 5.25%": a change, nothing counted
    // "a magnitude 7.1 earthquake", "a 6.4-magnitude quake": the quake's size; it counts the quake (no
    // unit: a bare "measured 4.4" in another report must stay the same kind of figure, events/lead-figures.ts).
    if (!unitFinal && !scale && (MAGNITUDE_BEFORE_RE.test(text.slice(Math.max(0, qStart - 20), qStart)) || MAGNITUDE_AFTER_RE.test(text.slice(qEnd2, qEnd2 + 12)))) {
      const after = text.slice(qEnd2, qEnd2 + 40).replace(MAGNITUDE_AFTER_RE, '');
      counts = QUAKE_NOUN_RE.exec(after)?.[1]?.toLowerCase() ?? null;
    }
    // "185 km/h", "120 mph": a speed, not a distance.
    const speed = !unitFinal ? SPEED_AFTER_RE.exec(text.slice(qEnd2, qEnd2 + 12)) : null;
    if (speed) {
      unitFinal = /^m/i.test(speed[1]!) ? 'mph' : 'km/h';
      counts = null;
    }
    if (!unitFinal && counts && UNIT_WORDS[counts.split(' ')[0].toLowerCase()]) unitFinal = UNIT_WORDS[counts.split(' ')[0].toLowerCase()];
    if (unitFinal === '$') unitFinal = localDollar(opts.country); // "40 million dollars"
    out.push({
      start: qStart,
      end: range ? lowEnd : qEnd2,
      text: text.slice(qStart, range ? lowEnd : qEnd2),
      value: value2,
      qualifier: qual ? QUALIFIERS[qual.toLowerCase()] ?? qual.toLowerCase() : null,
      unit: unitFinal,
      counts,
      sentence: si,
      ...(range ? { range } : {}),
    });
  }
  FRACTION_RE.lastIndex = 0;
  let f: RegExpExecArray | null;
  /**
   * The second figure of a range starting at `at`: its end, both ends' values and the unit and scale
   * it gives a first figure that states none; null when the two figures do not make a span (units
   * differ, the second is not higher, a date or a clock time, two years).
   */
  function rangeTo(at: number, kind: 'dash' | 'to' | 'and', num1: string, cur1: boolean, unit1: string | undefined, scale1: string | undefined): { end: number; low: number; high: number; unitWord?: string; scale?: string } | null {
    QTY_AT_RE.lastIndex = at;
    const r = QTY_AT_RE.exec(text);
    if (!r || !r[0]) return null;
    const [w2, , cur2, num2, scaleWord2, scaleShort2, unitWord2, degrees2, glued2] = r;
    const end = at + w2.length;
    const unit2 = unitWord2 ?? (glued2 ? GLUED_UNITS[glued2.toLowerCase()] : undefined) ?? (degrees2?.includes('°') ? degrees2.replace(/\s/g, '') : undefined);
    const scale2 = scaleWord2 ?? (scaleShort2 && scaleShort2.toLowerCase() !== 'p' ? scaleShort2 : undefined);
    const norm = (u: string | undefined) => (u ? UNIT_WORDS[u.toLowerCase()] ?? u.toLowerCase() : undefined);
    if ((cur2 && !cur1) || (unit1 && norm(unit1) !== norm(unit2)) || (scale1 && !scale2 && !cur1)) return null;
    if ((scaleShort2 === 'p' || scaleShort2 === 'P') || (scaleShort2 && !cur1 && !cur2 && !scale1)) return null; // "5-7m" may be metres
    if (times.some((t) => t.start < end && t.end > at) || CLOCK_AFTER_RE.test(text.slice(end, end + 12)) || text[end] === '/') return null;
    // Bare pairs need a counted plural after them: "30-40 people", "10 to 12 films", but a team's
    // record "9-14", "a 9-14 start", a height "(5-11, 220)" or a phone number are no ranges.
    if (kind !== 'and' && !unit1 && !unit2 && !cur1 && !cur2 && !scale1 && !scale2 && !RANGE_NOUN_AFTER_RE.test(text.slice(end, end + 40))) return null;
    const dash = kind === 'dash';
    if (dash && (/^[a-z]/i.test(num1) || /^[a-z]/i.test(num2!) || digitCount(num2!) > digitCount(num1) + 1)) return null;
    if (/^\d{4}$/.test(num1) && /^\d{4}$/.test(num2!) && !unit1 && !unit2) return null; // "1990-1995", "2014 to 2016"
    const a = parseNumber(num1), b = parseNumber(num2!);
    if (a === null || b === null) return null;
    const lowScale = scale1 ?? scale2, highScale = scale2 ?? scale1;
    const low = Number((a * (lowScale ? SCALES[lowScale.toLowerCase()]! : 1)).toPrecision(12));
    const high = Number((b * (highScale ? SCALES[highScale.toLowerCase()]! : 1)).toPrecision(12));
    if (!(low < high) || !Number.isFinite(high)) return null;
    return { end, low, high, unitWord: unit1 ? undefined : unit2, scale: scale1 ? undefined : scale2 };
  }
  let added = 0;
  while ((f = FRACTION_RE.exec(text)) && added++ < 5000) {
    const numWord = f[1].toLowerCase();
    const num = numWord === 'a' || numWord === 'one' ? 1 : WORD_NUMBERS[numWord];
    const den = DENOMINATORS[f[2].toLowerCase()];
    if (!num || !den || num >= den) continue;
    const qm = QUAL_BEFORE_RE.exec(text.slice(Math.max(0, f.index - 24), f.index));
    const qStart = qm ? f.index - qm[0].length : f.index;
    const qEnd = f.index + f[0].length;
    const si = sentenceAt(sentences, f.index);
    const of = /^\s+(of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\p{L}'’-]+)/u.exec(text.slice(qEnd, qEnd + 60));
    out.push({
      start: qStart,
      end: qEnd,
      text: text.slice(qStart, qEnd),
      value: Math.round((num / den) * 1e4) / 1e4,
      qualifier: qm ? QUALIFIERS[qm[1].replace(/\s+/g, ' ').toLowerCase()] ?? null : null,
      unit: 'fraction',
      counts: of ? of[1] : null,
      sentence: si,
    });
  }
  if (added) out.sort((a, b) => a.start - b.start);
  // Flag scientific notation and other unreadable numerals instead of guessing.
  const sci = /\b\d+(?:\.\d+)?[eE][+-]?\d+\b/g;
  let s: RegExpExecArray | null;
  let n = 0;
  while ((s = sci.exec(text)) && n++ < 100) warnings?.push({ code: 'unparsed-number', message: `"${s[0]}" looks like scientific notation; not read as a quantity.`, start: s.index, end: s.index + s[0].length });
  return out;
}
