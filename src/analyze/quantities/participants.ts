// When a word number after a definite determiner, or inside a partitive ("two of the …"), is a
// count of people something happened to.
//
// "The two leaders met" points back at two people already named: no toll. "The two men were
// arrested" states how many were arrested, as "Two men were arrested" does; read as nothing, an
// outlet writing "the three men were arrested" would never be compared with it. What separates
// them is the noun (people counted in a toll or a crowd, not office holders, sides or countries)
// and the verb after it (something that happens to people: arrested, killed, rescued, died).

import { NUMBER_WORD_ALT } from './number-words.ts';

/** What happens to counted people, as a participle or an intransitive past after the noun. */
const OUTCOMES = [
  'killed', 'injured', 'wounded', 'hurt', 'dead', 'died', 'arrested', 'detained', 'charged', 'missing', 'displaced', 'evacuated',
  'rescued', 'freed', 'released', 'kidnapped', 'abducted', 'shot', 'stabbed', 'jailed', 'convicted', 'sentenced', 'executed',
  'drowned', 'deported', 'hospitalised', 'hospitalized', 'captured',
];

/** Plural nouns for people counted in tolls, arrests, rescues and crowds. */
const PARTICIPANT_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'boys', 'girls', 'babies', 'infants', 'toddlers', 'teenagers', 'teens', 'youths',
  'adults', 'brothers', 'sisters', 'sons', 'daughters', 'siblings', 'suspects', 'victims', 'survivors', 'soldiers', 'troops', 'servicemen',
  'peacekeepers', 'workers', 'employees', 'contractors', 'engineers', 'miners', 'farmers', 'fishermen', 'sailors', 'crew', 'crewmen',
  'pilots', 'passengers', 'drivers', 'motorists', 'cyclists', 'pedestrians', 'bystanders', 'protesters', 'protestors',
  'demonstrators', 'activists', 'officers', 'policemen', 'policewomen', 'guards', 'firefighters', 'rescuers', 'medics', 'doctors',
  'nurses', 'patients', 'civilians', 'residents', 'villagers', 'migrants', 'refugees', 'hostages', 'captives', 'prisoners',
  'inmates', 'detainees', 'students', 'pupils', 'teachers', 'journalists', 'reporters', 'photographers', 'climbers', 'hikers',
  'tourists', 'divers', 'swimmers', 'skiers', 'campers', 'worshippers', 'pilgrims', 'fans', 'spectators', 'shoppers', 'militants',
  'gunmen', 'attackers', 'assailants', 'fighters', 'rebels', 'smugglers', 'priests', 'monks', 'nuns',
]);

// ("shot dead" is read as "dead" by the older participle rule in find.ts)
const OUTCOME_ALT = OUTCOMES.map((o) => (o === 'shot' ? 'shot(?!\\s+dead)' : o)).join('|');
const ADVERBS = 'all|both|also|later|since|then|reportedly|allegedly|subsequently|eventually|initially|each|found';
// The verb phrase right after the noun: an auxiliary, perhaps an adverb, then the outcome
// ("were arrested", "have since been killed", "were later freed", "died", "remain missing").
// The plural form for a definite count: in "one of the two protesters was hurt" the subject is
// the one, not the two.
// A relative clause may come between: "the two men who were arrested", "the three workers that died".
const OUTCOME_AFTER_PLURAL_RE = new RegExp(`^\\s+(?:(?:who|that)\\s+)?(?:(?:were|are|have|had|been|being|remain|remained|${ADVERBS})\\s+){0,4}(${OUTCOME_ALT})\\b`);
// (Not "remain missing": a state, not what happened; "four women remain missing" counts the women.)
const OUTCOME_AFTER_RE = new RegExp(`^\\s+(?:(?:who|that)\\s+)?(?:(?:were|was|are|is|have|has|had|been|being|${ADVERBS})\\s+){0,4}(${OUTCOME_ALT})\\b`);

/** The outcome verb phrase at the start of `s` (the words after a counted noun), group 1 the outcome. */
export function outcomeAfter(s: string): RegExpExecArray | null {
  return OUTCOME_AFTER_RE.exec(s);
}

const WORD_RE = /^\s+([\p{L}-]+)/u;

/**
 * After a definite "the two"/"its three" (the text right after the number word): a participant
 * noun, perhaps after two modifiers ("the three British tourists", "the two aid workers"), followed
 * by an outcome verb, so the phrase states a count ("the two men were arrested").
 */
export function definiteCountStands(after: string): boolean {
  let rest = after;
  for (let i = 0; i < 3; i++) {
    const m = WORD_RE.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
    if (PARTICIPANT_NOUNS.has(m[1]!.toLowerCase())) return OUTCOME_AFTER_PLURAL_RE.test(rest);
  }
  return false;
}

const PARTITIVE_DETERMINERS = 'the|its|their|his|her|our|these|those';
/**
 * A partitive after a word number ("two of the protesters", "three of the five detainees", "two of
 * the dead"): what follows is what it counts. "Two of them", "two of those arrested" name nobody.
 */
export const PARTITIVE_AFTER_RE = new RegExp(
  `^\\s+of\\s+(?:${PARTITIVE_DETERMINERS})\\s+(?:(?:\\d[\\d,]*|${NUMBER_WORD_ALT})\\s+)?(?:[\\p{L}-]+\\s+)?(?:\\p{Ll}+s|people|men|women|children|police|personnel|dead|injured|wounded|missing)\\b`,
  'u',
);

// "one of the", "two of the", "most of the", "none of its": the number after it is the whole a part
// is taken from (not "all of the 12", which is the whole itself).
const WHOLE_BEFORE_RE = new RegExp(`\\b(?:\\d[\\d,]*|one|${NUMBER_WORD_ALT}|some|several|many|most|none|few|half|each|any|either|neither|dozens|scores|hundreds)\\s+of\\s+(?:${PARTITIVE_DETERMINERS})\\s+$`, 'i');

/** The number right after `before` is the whole of a partitive ("one of the 12 hostages was freed"). */
export function wholeOfPartitive(before: string): boolean {
  return WHOLE_BEFORE_RE.test(before);
}
