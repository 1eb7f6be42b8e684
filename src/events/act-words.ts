// The words by which a text tells that something happened: past-tense verbs ("resumed"), and
// the forms of data/act-synonyms.json — phrasal past forms ("gave way") and act nouns ("the
// collapse") — each under one key, so that two reports telling one act in different words
// ("the dam gave way", "the structure collapsed") give the same key. Other verbs are keyed by
// their stem ("resumed" -> "resum").
import { readFileSync } from 'node:fs';
import { stem } from './tokens.ts';
import { isPastVerb } from './past-verbs.ts';

export interface ActWord {
  /** Group of data/act-synonyms.json, or the verb's stem. */
  key: string;
  /** The words as the text has them ("gave way"). */
  word: string;
  start: number;
  end: number;
}

interface Table {
  single: Map<string, string>;
  /** Multi-word forms by their first word: words and group key. */
  phrases: Map<string, Array<{ words: string[]; key: string }>>;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const data = JSON.parse(readFileSync(new URL('../../data/act-synonyms.json', import.meta.url), 'utf8')) as { groups: Record<string, string[]> };
  const t: Table = { single: new Map(), phrases: new Map() };
  for (const [key, forms] of Object.entries(data.groups)) {
    for (const f of forms) {
      const words = f.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 1) t.single.set(words[0]!, key);
      else (t.phrases.get(words[0]!) ?? t.phrases.set(words[0]!, []).get(words[0]!)!).push({ words, key });
    }
  }
  for (const list of t.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (table = t);
}

/** Saying verbs: every statement has one; they tell no two happenings apart. */
const SAYING = new Set(['said', 'told']);
/** What separates a sentence from the next one (between two words). */
const SENTENCE_GAP = /[.!?]["'”’)]*\s+$|\n\s*$/;

/**
 * Act words of a text, in order (saying verbs left out). `startsSentence`: the text begins a
 * sentence (its first word may be a fronted verb, "Led by …"; see isPastVerb).
 */
export function actWords(s: string, startsSentence = true): ActWord[] {
  const t = load();
  const toks = [...s.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)];
  const out: ActWord[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = toks[i]!;
    const w = m[0];
    const low = w.toLowerCase();
    const start = m.index!;
    const phrase = t.phrases.get(low)?.find((p) => p.words.every((x, j) => {
      const o = toks[i + j];
      // consecutive words, only spaces between them
      return !!o && o[0].toLowerCase() === x && (j === 0 || /^\s+$/.test(s.slice(toks[i + j - 1]!.index! + toks[i + j - 1]![0].length, o.index!)));
    }));
    if (phrase) {
      const last = toks[i + phrase.words.length - 1]!;
      out.push({ key: phrase.key, word: s.slice(start, last.index! + last[0].length), start, end: last.index! + last[0].length });
      i += phrase.words.length - 1;
      continue;
    }
    const group = t.single.get(low);
    if (group) {
      out.push({ key: group, word: w, start, end: start + w.length });
      continue;
    }
    if (SAYING.has(low)) continue;
    const prev = toks[i - 1];
    const initial = prev ? SENTENCE_GAP.test(s.slice(prev.index! + prev[0].length, start)) : startsSentence;
    if (isPastVerb(w, initial, toks[i + 1]?.[0])) out.push({ key: stem(low), word: w, start, end: start + w.length });
  }
  return out;
}

/** The keys of a text's act words, each once. */
export function actKeys(s: string, startsSentence = true): string[] {
  return [...new Set(actWords(s, startsSentence).map((a) => a.key))];
}
