// The framing lexicon (data/framing.json): groups of loaded alternatives, hedges and
// loaded words, compiled once into regular expressions. Shared by the briefs (framing, summary
// tone) and event titles (the least-slanted headline), so it lives outside both stages.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.ts';
import { escapeRegExp } from '../util/regex.ts';

/**
 * A form with an everyday sense besides its loaded one ("returned to work", "prices fell to"):
 * it counts only when its object (`object`) or its subject (`subject`) is of a named word class,
 * and never in a sentence holding a word of an `unless` class ("dock strikes … union").
 */
export interface SenseForm {
  form: string;
  object?: string[];
  subject?: string[];
  all?: boolean; // the object and the subject must both hold ("the valley returned to Kessia", not "the group returned to Kessia")
  passive?: boolean; // a transitive verb: its subject is the taker, so only a passive subject counts
  unless?: string[];
  not_object?: string[]; // classes whose word in the object rules the form out ("claimed 19 lives")
  not_after?: string[]; // classes whose word right before the form rules it out ("a trade war", "a price war")
  not_next?: string[]; // classes whose word right after the form rules it out ("militant dockers")
  despite?: string[]; // classes whose words cancel `unless` ("strikes" near "missiles" are attacks)
  context?: boolean; // a sentence with words of neither `unless` nor `despite` decides by its article, then its event
}
export interface WordClass {
  about?: string;
  capitalised?: boolean; // a capitalised word (a name) belongs to the class too
  names?: EntityType[]; // a name the analysis typed as one of these belongs to the class too
  words: string[];
}
export interface Alternative {
  term: string;
  forms: (string | SenseForm)[];
  neutral?: boolean;
}
export interface LexiconGroup {
  id: string;
  label: string;
  alternatives: Alternative[];
}
export interface Lexicon {
  groups: LexiconGroup[];
  classes?: Record<string, WordClass>;
  hedges: (string | SenseForm)[]; // a hedge with an everyday sense too ("claimed 19 lives") is a SenseForm
  loaded: string[];
}

export interface CompiledForm {
  group: LexiconGroup;
  alt: Alternative;
  re: RegExp; // global, case-insensitive, word-bounded
  sense: SenseForm | null; // the conditions of a form with an everyday sense
}

export interface CompiledHedge {
  re: RegExp;
  sense: SenseForm | null;
}

let cached: { lex: Lexicon; forms: CompiledForm[]; hedges: RegExp; hedgeSenses: CompiledHedge[]; loaded: RegExp; choices: RegExp } | null = null;

function phrase(p: string): string {
  return p
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/-/g, '[-\\s]?'))
    .join('\\s+');
}

function wordRe(list: string[]): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sorted.map(phrase).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

export function lexicon() {
  if (cached) return cached;
  const lex = JSON.parse(readFileSync(new URL('../../data/framing.json', import.meta.url), 'utf8')) as Lexicon;
  const forms: CompiledForm[] = [];
  for (const group of lex.groups)
    for (const alt of group.alternatives) {
      const plain = alt.forms.filter((f): f is string => typeof f === 'string');
      if (plain.length) forms.push({ group, alt, re: wordRe(plain), sense: null });
      for (const f of alt.forms) if (typeof f !== 'string') forms.push({ group, alt, re: wordRe([f.form]), sense: f });
    }
  const plainHedges = lex.hedges.filter((h): h is string => typeof h === 'string');
  const hedgeSenses = lex.hedges.filter((h): h is SenseForm => typeof h !== 'string').map((h) => ({ re: wordRe([h.form]), sense: h }));
  // plain forms of non-neutral alternatives ("rioters", "regime"): the loaded choices
  const choices = lex.groups.flatMap((g) => g.alternatives.filter((a) => !a.neutral).flatMap((a) => a.forms.filter((f): f is string => typeof f === 'string')));
  cached = { lex, forms, hedges: wordRe(plainHedges), hedgeSenses, loaded: wordRe(lex.loaded), choices: wordRe(choices) };
  return cached;
}

/** Number of loaded words in a text (used to prefer neutral wording in summaries). */
export function loadedCount(text: string): number {
  return (text.match(lexicon().loaded) ?? []).length;
}

/**
 * Whether a word is itself a loaded choice (a plain form of a non-neutral alternative, or a
 * loaded word): "rioters" is, "protesters" is not. A neutral label must not borrow it.
 */
export function isLoadedWord(word: string): boolean {
  const { forms, loaded } = lexicon();
  const whole = (re: RegExp) => {
    re.lastIndex = 0;
    const m = re.exec(word);
    return !!m && m[0].length === word.length;
  };
  return whole(loaded) || forms.some((f) => !f.sense && !f.alt.neutral && whole(f.re));
}

/**
 * Number of loaded choices in a text: plain forms of non-neutral alternatives ("rioters",
 * "regime"), forms with an everyday sense left out. A summary prefers the neutral wording.
 */
export function loadedChoiceCount(text: string): number {
  return (text.match(lexicon().choices) ?? []).length;
}
