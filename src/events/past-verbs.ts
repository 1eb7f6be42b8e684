// Past-tense verb forms of news English, without a tagger: "-ed" words (a few that are no verbs
// left out) and the irregular past forms news uses most.

/** Past forms of common news verbs that do not end in -ed. */
const IRREGULAR = new Set(
  ('arose ate beat began bit blew broke brought built bought caught chose came cut dealt drew drove fell fought flew fled froze gave ' +
    'got grew went held hit hung hurt kept knew laid led left lost made met overthrew paid put quit ran rang rose sank sat saw sent set ' +
    'shook shot shut slid sold spent split spoke spread stood stole struck stuck swept swore swung took threw told tore upheld won ' +
    'withdrew wore woke wrote said sought sped undertook overtook forgave forbade rebuilt').split(' '),
);
/** Words in -ed that are no verb of an event (numbers, names of things, participial labels). */
const NOT_VERBS = new Set(['need', 'indeed', 'hundred', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'breed', 'creed', 'greed', 'weed', 'steed', 'based', 'alleged', 'called', 'named', 'used', 'related', 'armed', 'united', 'limited', 'expected', 'scheduled', 'planned', 'proposed', 'embed', 'wed']);

/** Words that follow a name as its verb ("Rose said", "Ahmed told", "Won was"), never a fronted participle. */
const FINITE = new Set(['said', 'says', 'told', 'tells', 'was', 'is', 'has', 'had', 'will', 'would', 'could', 'did', 'does', 'and', 'or']);

/**
 * True for a past-tense verb form ("resumed", "struck"). A capitalised word is a name ("Rose
 * Tanner", "Ahmed", "Won Park") unless it opens a sentence (`initial`) and the word after it
 * (`next`) is a lowercase word that is no verb of a name: "Led by the mayor, …", "Struck by a
 * car, …" are verbs; "Rose Tanner said", "Ahmed said" are names.
 */
export function isPastVerb(word: string, initial = false, next?: string): boolean {
  const w = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) && !(initial && next !== undefined && /^\p{Ll}/u.test(next) && !FINITE.has(next) && !isPastVerb(next))) return false;
  if (IRREGULAR.has(w)) return true;
  return w.length >= 5 && w.endsWith('ed') && !NOT_VERBS.has(w);
}
