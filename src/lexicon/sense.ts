// Whether a loaded word is used in its loaded sense: "returned to Kessian control" (a territory
// after it) but not "returned to work"; "the town was seized" (a territory before it) but not
// "seized 40 kilograms of cocaine"; "strikes on the capital" but not "dock strikes … union".
// The word classes and which form needs which live in data/framing.json.
import type { SenseForm, WordClass } from './framing.ts';
import type { EntityType } from '../types.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
// an object noun phrase ends at a preposition (other than "of"), a conjunction or a clause word
const PHRASE_END = new Set(
  'in on at after before for from with by since during until near into onto over under through across against amid and but or while when as because then who which that where to this last next'.split(' '),
);
// between a subject and its verb: auxiliaries and adverbs ("the town was finally seized")
const BETWEEN = /^(?:was|were|is|are|be|been|being|has|had|have|having|will|would|later|finally|eventually|quickly|then|also|reportedly|briefly|swiftly|largely|effectively)$/i;
const PASSIVE_AUX = /^(?:was|were|is|are|be|been|being)$/i;
const OBJECT_WORDS = 6;

function tokens(text: string): { w: string; at: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0].replace(/[’'.]+$/, '').replace(/['’]s$/, ''), at: m.index! }));
}

// a word as a name: capitalised (mid-sentence, or analysed), and the type the analysis gave it
interface NameInfo {
  name: boolean;
  type: EntityType | null;
}

function inClass(c: WordClass | undefined, w: string, n: NameInfo): boolean {
  if (!c) return false;
  if (c.capitalised && n.name) return true;
  if (c.names && n.type && c.names.includes(n.type)) return true;
  const l = w.toLowerCase();
  return c.words.includes(l) || (l.endsWith('s') && c.words.includes(l.slice(0, -1)));
}

const NO_NAME: NameInfo = { name: false, type: null };
const wordCache = new Map<string, string[]>();

/** The distinct lowercased words of a longer text (an article, an event), kept for the next form in it. */
function wordsOf(text: string): string[] {
  let w = wordCache.get(text);
  if (!w) {
    if (wordCache.size > 64) wordCache.clear();
    w = [...new Set(tokens(text).map((t) => t.w.toLowerCase()))];
    wordCache.set(text, w);
  }
  return w;
}

/**
 * `unless`/`despite` over the sentence, then (with `context`) over each wider text in turn:
 * the first text holding words of either class decides; a word of `despite` keeps the sense.
 */
function ruledOut(sense: SenseForm, classes: WordClass[][], words: string[][]): boolean {
  const [unless, despite] = classes;
  for (const ws of words) {
    const against = unless!.some((c) => ws.some((w) => inClass(c, w, NO_NAME)));
    const keep = despite!.some((c) => ws.some((w) => inClass(c, w, NO_NAME)));
    if (keep) return false;
    if (against) return true;
    if (!sense.context) return false;
  }
  return false;
}

/**
 * `sentence` is the unit's text, `s`/`e` the form's offsets in it; `named(at)` says whether the
 * word at that offset is part of an analysed name, and of which type (a capitalised first word is a
 * name only then); `context` holds the wider texts (article, event) a `context` sense may consult.
 */
export function senseHolds(
  sense: SenseForm,
  classes: Record<string, WordClass>,
  sentence: string,
  s: number,
  e: number,
  named: (at: number) => EntityType | null,
  context: string[] = [],
): boolean {
  const cls = (names: string[] | undefined) => (names ?? []).map((n) => classes[n]).filter((c): c is WordClass => !!c);
  // the words before the form, read once for `not_after` and `subject`
  let beforeTokens: { w: string; at: number }[] | undefined;
  const wordsBefore = () => (beforeTokens ??= tokens(sentence.slice(0, s)));
  if (sense.unless?.length) {
    const own = tokens(sentence.slice(0, s) + ' ' + sentence.slice(e)).map((t) => t.w);
    const wider = sense.context ? context.map(wordsOf) : [];
    if (ruledOut(sense, [cls(sense.unless), cls(sense.despite)], [own, ...wider])) return false;
  }
  // "a trade war", "the price war": a modifier of the everyday sense rules the loaded one out
  if (sense.not_after) {
    const prev = wordsBefore().at(-1);
    if (prev && cls(sense.not_after).some((c) => inClass(c, prev.w, NO_NAME))) return false;
  }
  // "militant dockers": the noun right after an adjective form names who it describes
  if (sense.not_next) {
    const next = tokens(sentence.slice(e, e + 40))[0];
    if (next && cls(sense.not_next).some((c) => inClass(c, next.w, NO_NAME))) return false;
  }
  const isName = (w: string, at: number): NameInfo => {
    if (!/^\p{Lu}/u.test(w)) return NO_NAME;
    const t = named(at);
    return { name: at > 0 || t !== null, type: t };
  };
  const tail = sentence.slice(e);
  // the phrase ends at punctuation, but not at the separators inside a number ("axing 1,200 jobs")
  const upTo = tail.search(/(?<!\d)[,.]|[,.](?!\d)|[;:!?()"“”—–]/);
  const phrase = tokens(upTo < 0 ? tail : tail.slice(0, upTo)).slice(0, OBJECT_WORDS);
  const end = phrase.findIndex((t) => PHRASE_END.has(t.w.toLowerCase()));
  const np = end < 0 ? phrase : phrase.slice(0, end);
  // "the floods claimed 19 lives": an object of the everyday sense rules the loaded one out
  if (sense.not_object && cls(sense.not_object).some((c) => np.some((t) => inClass(c, t.w, NO_NAME)))) return false;
  if (!sense.object && !sense.subject) return true;
  let objectHolds = false;
  if (sense.object) {
    // a name before a common noun only modifies it ("Harbour Gate stadium"): the noun decides
    const modifier = (j: number) => np.slice(j + 1).some((t) => !/^\p{Lu}/u.test(t.w));
    objectHolds = cls(sense.object).some((c) => np.some((t, j) => inClass(c, t.w, modifier(j) ? NO_NAME : isName(t.w, e + t.at))));
    if (objectHolds && !sense.all) return true;
    if (!objectHolds && sense.all) return false;
  }
  if (sense.subject) {
    const before = wordsBefore();
    let i = before.length - 1;
    let aux = false;
    // (the test first, then the step: `aux ||= test(before[i--])` would stop stepping once aux is set)
    for (; i >= 0 && BETWEEN.test(before[i]!.w); i--) if (PASSIVE_AUX.test(before[i]!.w)) aux = true;
    const subj = before[i];
    // "the territories occupied by the militants": a participle with its agent is passive too
    if (i === before.length - 1 && /^\s+by\b/i.test(sentence.slice(e))) aux = true;
    if (subj && (aux || !sense.passive) && cls(sense.subject).some((c) => inClass(c, subj.w, isName(subj.w, subj.at)))) return true;
  }
  return false;
}
