// Fast rule-based sentence and paragraph splitter with offsets into the text.
import type { Sentence, Warning } from '../../types.ts';
import { lastStartingAtOrBefore } from '../../util/search.ts';

// Abbreviations after which a period never ends a sentence (titles, initials of names).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'maj', 'brig', 'fr', 'mt', 'ft', 'messrs', 'mme', 'mlle', 'vs', 'v', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'approx', 'ca', 'cf', 'al', 'e.g', 'i.e']);
// Abbreviations that end a sentence only when a clear sentence starter follows.
const SOFT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'etc', 'bros', 'dept', 'univ', 'est', 'govt', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
// Words that typically open a sentence: after an acronym like "U.S." they signal a boundary.
const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'his', 'her', 'their', 'its', 'our', 'my', 'after', 'before', 'while', 'when', 'as', 'if', 'since', 'so', 'yet', 'still', 'also', 'moreover', 'according', 'earlier', 'later', 'last', 'on', 'for', 'some', 'many', 'most', 'what', 'who', 'why', 'how']);

const OPENER = /[\p{Lu}\p{N}"'“‘«„(\[\p{Lo}—–-]/u;

export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs: blank-line blocks; single newlines also separate paragraphs unless the text is hard-wrapped. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines: Paragraph[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const hasBlank = lines.some((l) => text.slice(l.start, l.end).trim() === '');
  const nonEmpty = lines.filter((l) => l.end - l.start > 0 && text.slice(l.start, l.end).trim() !== '');
  // Hard-wrapped prose: blank-line blocks made of several lines of similar width that mostly
  // do not end a sentence. Then single newlines are just line wraps.
  let wrapped = false;
  if (hasBlank && nonEmpty.length >= 6) {
    const lens = nonEmpty.map((l) => l.end - l.start).sort((a, b) => a - b);
    const median = lens[lens.length >> 1];
    const open = nonEmpty.filter((l) => !/[.!?:"”’)]\s*$/.test(text.slice(l.start, l.end))).length;
    wrapped = median >= 40 && median <= 100 && open / nonEmpty.length > 0.5;
  }
  const paras: Paragraph[] = [];
  let cur: Paragraph | null = null;
  for (const l of lines) {
    const blank = text.slice(l.start, l.end).trim() === '';
    if (blank) {
      if (cur) paras.push(cur);
      cur = null;
      continue;
    }
    // A line ending in a title abbreviation ("… said Gov.") runs on into the name on the next line.
    if (cur && (wrapped || endsInTitle(text, cur.end))) cur.end = l.end;
    else {
      if (cur) paras.push(cur);
      cur = { start: l.start, end: l.end };
    }
  }
  if (cur) paras.push(cur);
  // Trim whitespace at both ends of each paragraph.
  for (const p of paras) {
    while (p.start < p.end && /\s/.test(text[p.start])) p.start++;
    while (p.end > p.start && /\s/.test(text[p.end - 1])) p.end--;
  }
  return paras.filter((p) => p.end > p.start);
}

// Person titles only: "Main St." or "Jr." may well end a paragraph.
const LINE_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'maj', 'brig']);

function endsInTitle(text: string, end: number): boolean {
  if (text[end - 1] !== '.') return false;
  const w = wordBefore(text, end - 1, Math.max(0, end - 12)).toLowerCase();
  return LINE_TITLES.has(w);
}

function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

function wordAfter(text: string, at: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(at, at + 40));
  return m ? m[0] : '';
}

/** Decides whether the punctuation run ending at `end` (exclusive) followed by `next` ends a sentence. */
function isBoundary(text: string, punct: string, punctStart: number, nextStart: number, paraStart: number): boolean {
  const next = text[nextStart];
  if (!next || !OPENER.test(next)) return false;
  if (punct !== '.') return true; // ! ? … and mixed runs end sentences before an opener
  const w = wordBefore(text, punctStart, paraStart);
  const lw = w.toLowerCase();
  if (!w) return true;
  if (TITLES.has(lw)) return false;
  // Initials: "J. Smith", and "U.N." / "U.S." acronyms with inner dots.
  if (/^\p{Lu}$/u.test(w)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) {
    const nw = wordAfter(text, nextStart).toLowerCase();
    return STARTERS.has(nw);
  }
  if (SOFT.has(lw)) {
    if (/\p{N}/u.test(next)) return false; // "Sept. 13"
    const nw = wordAfter(text, nextStart).toLowerCase();
    return STARTERS.has(nw);
  }
  return true;
}

/**
 * Splits text into sentences (offsets into text, trimmed) with their paragraph index.
 * Linear in the text length; no regex backtracking over long inputs.
 */
export function splitSentences(text: string, warnings?: Warning[]): Sentence[] {
  const out: Sentence[] = [];
  const paras = splitParagraphs(text);
  const re = /[.!?…。！？]+["'”’»)\]]*(?=\s+)/gu;
  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p];
    const para = text.slice(ps, pe);
    let s = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para))) {
      const punctRun = /^[.!?…。！？]+/u.exec(m[0])![0];
      const punct = punctRun === '.' ? '.' : '!';
      const end = m.index + m[0].length;
      let next = end;
      while (next < para.length && /\s/.test(para[next])) next++;
      if (next >= para.length) break;
      // Only a single period needs the abbreviation checks; ! ? … end before an opener.
      if (isBoundary(para, punct, m.index, next, 0)) {
        pushSentence(out, text, ps + s, ps + end, p);
        s = next;
      }
    }
    pushSentence(out, text, ps + s, pe, p);
  }
  if (warnings && text.trim() && !out.length) warnings.push({ code: 'no-sentences', message: 'No sentence could be found in the text.' });
  return out;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, index: out.length, paragraph });
}

/** Index of the sentence containing offset `pos` (binary search); -1 when none. */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  const best = lastStartingAtOrBefore(sentences, pos);
  if (best < 0) return sentences.length ? 0 : -1;
  return best;
}
