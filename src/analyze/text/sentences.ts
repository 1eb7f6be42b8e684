// Fast rule-based sentence and paragraph splitter with offsets into the text.
import type { Sentence, Warning } from '../../types.ts';
import { lastStartingAtOrBefore } from '../../util/search.ts';

// Abbreviations after which a period never ends a sentence (titles and ranks, singular and plural).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'drs', 'prof', 'profs', 'gen', 'gens', 'col', 'lt', 'sgt', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'st', 'rev', 'hon', 'rt', 'pres', 'maj', 'brig', 'cpl', 'pvt', 'pfc', 'spc', 'det', 'insp', 'supt', 'const', 'atty', 'amb', 'msgr', 'fr', 'mt', 'ft', 'messrs', 'mme', 'mmes', 'mlle', 'vs', 'v', 'approx', 'ca', 'cf', 'al', 'e.g', 'i.e']);
// Abbreviations of "number", "page", "figure": they abbreviate only before a number ("No. 7").
const NUMBERED = new Set(['no', 'nos', 'vol', 'pp', 'p', 'fig', 'art', 'sec']);
// Abbreviations that end a sentence only when a clear sentence starter follows.
const SOFT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'etc', 'bros', 'dept', 'univ', 'est', 'govt', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'jr', 'sr', 'ave', 'blvd', 'dist']);
// U.S. state abbreviations (AP style) that are not also common words: "Fresno, Calif." ends a
// place name; only a dateline dash or parenthesis continues the sentence after it.
const STATES = new Set(['ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn', 'tex', 'vt', 'va', 'wis', 'wyo']);
// Words that typically open a sentence: after an acronym like "U.S." they signal a boundary.
const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'his', 'her', 'their', 'its', 'our', 'my', 'after', 'before', 'while', 'when', 'as', 'if', 'since', 'so', 'yet', 'still', 'also', 'moreover', 'according', 'earlier', 'later', 'last', 'on', 'for', 'some', 'many', 'most', 'what', 'who', 'why', 'how']);
// After "a.m."/"p.m." these continue the time expression ("8 p.m. Tuesday", "5 a.m. local time").
const TIME_NEXT = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'local', 'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich', 'universal', 'today', 'tonight', 'tomorrow', 'yesterday']);
// Speech verbs: "“Traitor!” Marr tweeted." is one sentence, the attribution of the exclamation.
const ATTRIBUTION = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|says|asked|asks|tweeted|tweets|wrote|writes|added|adds|told|shouted|yelled|replied|exclaimed|continued|insisted|posted|declared)\b/u;

const OPENER = /[\p{Lu}\p{N}"'“‘«„(\[\p{Lo}—–-]/u;
const OPEN_QUOTE = /["'“‘«„`]/;

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
const LINE_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'drs', 'prof', 'profs', 'gen', 'gens', 'col', 'lt', 'sgt', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'rev', 'hon', 'pres', 'maj', 'brig', 'cpl', 'pvt', 'det', 'insp', 'supt', 'const', 'atty', 'amb']);

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

/** The word starting at `at`, after any opening quotation marks. */
function wordAfter(text: string, at: number): string {
  const m = /^["'“‘«„`]*([\p{L}]+)/u.exec(text.slice(at, at + 40));
  return m ? m[1] : '';
}

/** The word after `word` (which starts at `at`), for "5 a.m. California time". */
function secondWordAfter(text: string, at: number): string {
  const m = /^["'“‘«„`]*[\p{L}]+[\s,]+(\p{L}+)/u.exec(text.slice(at, at + 60));
  return m ? m[1].toLowerCase() : '';
}

/** "Millbrook, N.Y." / "Fresno, Calif.": the abbreviation closes a "City, ST" place name. */
function closesPlace(text: string, wordStart: number): boolean {
  return /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(text.slice(Math.max(0, wordStart - 40), wordStart));
}

/** An opening quotation mark then a capital: a new quoted sentence ("… the U.S. “We are …"). */
function opensQuote(text: string, at: number): boolean {
  return OPEN_QUOTE.test(text[at]) && /^["'“‘«„`]+\p{Lu}/u.test(text.slice(at, at + 8));
}

/**
 * Decides whether the punctuation run at `punctStart` (`punct` is '.' for a single period, '!'
 * for any other run), closed by a quotation mark when `quoted`, followed by `nextStart`, ends a
 * sentence.
 */
function isBoundary(text: string, punct: string, punctStart: number, nextStart: number, quoted: boolean): boolean {
  const next = text[nextStart];
  if (!next || !OPENER.test(next)) return false;
  // ! ? … end before an opener, except an exclaimed or asked quotation's attribution.
  if (punct !== '.') return !(quoted && ATTRIBUTION.test(text.slice(nextStart, nextStart + 80)));
  const w = wordBefore(text, punctStart, 0);
  const lw = w.toLowerCase();
  if (!w) {
    // "6. 4": a decimal number split by a tokeniser.
    if (/\p{N}/u.test(next) && /(?:^|[^\p{L}\p{N},.])\p{N}{1,2}$/u.test(text.slice(Math.max(0, punctStart - 4), punctStart))) return false;
    return true;
  }
  if (TITLES.has(lw)) return false;
  if (NUMBERED.has(lw)) return !/^[#\p{L}]{0,3}\p{N}/u.test(text.slice(nextStart, nextStart + 5));
  const nw = wordAfter(text, nextStart);
  const lnw = nw.toLowerCase();
  // After an abbreviation a dash or parenthesis continues a dateline: "SPRINGVALE, Calif. (AP) — …".
  const datelineGo = /[(\[—–-]/.test(next);
  if (lw === 'a.m' || lw === 'p.m') {
    if (datelineGo || /\p{N}/u.test(next)) return false;
    if (TIME_NEXT.has(lnw) || /^\p{Lu}{2,4}$/u.test(nw) || secondWordAfter(text, nextStart) === 'time') return false;
    return true;
  }
  const wordStart = punctStart - w.length;
  // Initials: "J. Smith", and "U.N." / "U.S." acronyms with inner dots.
  if (/^\p{Lu}$/u.test(w)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) {
    if (datelineGo) return false;
    if (opensQuote(text, nextStart)) return true;
    if (STARTERS.has(lnw)) return true;
    return closesPlace(text, wordStart) && /^\p{Lu}/u.test(nw);
  }
  if (STATES.has(lw)) return !datelineGo;
  if (SOFT.has(lw)) {
    if (/\p{N}/u.test(next) || datelineGo) return false; // "Sept. 13"
    if (opensQuote(text, nextStart)) return true;
    return STARTERS.has(lnw);
  }
  return true;
}

/** Length of a closing quotation mark at `at` set off by a space ("… the end. ”"), else 0. */
function closingQuoteAt(text: string, at: number, openDouble: boolean): number {
  const after = (n: number) => at + n >= text.length || /\s/.test(text[at + n]);
  if (text.startsWith("''", at) && after(2)) return 2;
  const c = text[at];
  if ((c === '”' || c === '»' || c === '’') && after(1)) return 1;
  // A straight double quote closes only when one is open in the paragraph.
  if (c === '"' && openDouble && after(1)) return 1;
  return 0;
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
    // straight double quotes seen so far in the paragraph (odd: one is open), counted incrementally
    let dq = 0;
    let dqAt = 0;
    const openDoubleAt = (at: number): boolean => {
      for (; dqAt < at; dqAt++) if (para[dqAt] === '"') dq++;
      return dq % 2 === 1;
    };
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para))) {
      const punctRun = /^[.!?…。！？]+/u.exec(m[0])![0];
      const punct = punctRun === '.' ? '.' : '!';
      let end = m.index + m[0].length;
      let quoted = m[0].length > punctRun.length && /["'”’»]/.test(m[0].slice(punctRun.length));
      let next = end;
      while (next < para.length && /\s/.test(para[next])) next++;
      // A closing quotation mark set off by a space belongs to the sentence it closes.
      for (let q; next < para.length && (q = closingQuoteAt(para, next, openDoubleAt(next))); ) {
        end = next + q;
        quoted = true;
        next = end;
        while (next < para.length && /\s/.test(para[next])) next++;
      }
      re.lastIndex = Math.max(re.lastIndex, end);
      if (next >= para.length) break;
      // Only a single period needs the abbreviation checks; ! ? … end before an opener.
      if (isBoundary(para, punct, m.index, next, quoted)) {
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
