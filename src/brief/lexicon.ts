// The framing lexicon (data/framing.json): groups of loaded alternatives, hedges and
// loaded words, compiled once into regular expressions.
import { readFileSync } from 'node:fs';

export interface Alternative {
  term: string;
  forms: string[];
  neutral?: boolean;
}
export interface LexiconGroup {
  id: string;
  label: string;
  alternatives: Alternative[];
}
export interface Lexicon {
  groups: LexiconGroup[];
  hedges: string[];
  loaded: string[];
}

export interface CompiledForm {
  group: LexiconGroup;
  alt: Alternative;
  re: RegExp; // global, case-insensitive, word-bounded
}

let cached: { lex: Lexicon; forms: CompiledForm[]; hedges: RegExp; loaded: RegExp } | null = null;

function phrase(p: string): string {
  return p
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\s]?'))
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
    for (const alt of group.alternatives) forms.push({ group, alt, re: wordRe(alt.forms) });
  cached = { lex, forms, hedges: wordRe(lex.hedges), loaded: wordRe(lex.loaded) };
  return cached;
}

/** Number of loaded words in a text (used to prefer neutral wording in summaries). */
export function loadedCount(text: string): number {
  return (text.match(lexicon().loaded) ?? []).length;
}
