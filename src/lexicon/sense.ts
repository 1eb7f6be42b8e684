// Whether a loaded word is used in its loaded sense: "returned to Kessian control" (a territory
// after it) but not "returned to work"; "the town was seized" (a territory before it) but not
// "seized 40 kilograms of cocaine"; "strikes on the capital" but not "dock strikes … union".
// The word classes and which form needs which live in data/framing.json.
import type { SenseForm, WordClass } from './framing.ts';

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

function inClass(c: WordClass | undefined, w: string, isName: boolean): boolean {
  if (!c) return false;
  if (c.capitalised && isName) return true;
  const l = w.toLowerCase();
  return c.words.includes(l) || (l.endsWith('s') && c.words.includes(l.slice(0, -1)));
}

/**
 * `sentence` is the unit's text, `s`/`e` the form's offsets in it; `named(at)` says whether the
 * word at that offset is part of an analysed name (a capitalised first word is a name only then).
 */
export function senseHolds(sense: SenseForm, classes: Record<string, WordClass>, sentence: string, s: number, e: number, named: (at: number) => boolean): boolean {
  const cls = (names: string[] | undefined) => (names ?? []).map((n) => classes[n]).filter((c): c is WordClass => !!c);
  if (sense.unless?.length) {
    const words = tokens(sentence.slice(0, s) + ' ' + sentence.slice(e));
    if (cls(sense.unless).some((c) => words.some((t) => inClass(c, t.w, false)))) return false;
  }
  if (!sense.object && !sense.subject) return true;
  const isName = (w: string, at: number) => /^\p{Lu}/u.test(w) && (at > 0 || named(at));
  if (sense.object) {
    const tail = sentence.slice(e);
    const upTo = tail.search(/[,;:.!?()"“”—–]/);
    const phrase = tokens(upTo < 0 ? tail : tail.slice(0, upTo)).slice(0, OBJECT_WORDS);
    const end = phrase.findIndex((t) => PHRASE_END.has(t.w.toLowerCase()));
    const np = end < 0 ? phrase : phrase.slice(0, end);
    if (cls(sense.object).some((c) => np.some((t) => inClass(c, t.w, isName(t.w, e + t.at))))) return true;
  }
  if (sense.subject) {
    const before = tokens(sentence.slice(0, s));
    let i = before.length - 1;
    let aux = false;
    while (i >= 0 && BETWEEN.test(before[i]!.w)) aux ||= PASSIVE_AUX.test(before[i--]!.w);
    const subj = before[i];
    // "the territories occupied by the militants": a participle with its agent is passive too
    if (i === before.length - 1 && /^\s+by\b/i.test(sentence.slice(e))) aux = true;
    if (subj && (aux || !sense.passive) && cls(sense.subject).some((c) => inClass(c, subj.w, isName(subj.w, subj.at)))) return true;
  }
  return false;
}
