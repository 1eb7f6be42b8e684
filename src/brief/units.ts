// One "unit" per analysed sentence of the event: its exact span, words, entities,
// quantities and how much of it sits inside quotation marks.
import type { ArticleWithAnalysis, Quantity, Quote } from '../types.ts';
import { contentStems, wordCount } from './tokens.ts';
import { sourceMap, type SourceInfo } from './sources.ts';
import type { Citation } from './types.ts';
import { quoteSpans, type MarkSpan } from './quote-marks.ts';
import { attributionFrames } from './frame.ts';
import { normUnit } from './figures-norm.ts';
import { convertFigure } from './figure-units.ts';
import { captionFlags, repeatedLines } from './captions.ts';

export interface Unit {
  i: number; // index in the units array
  item: number; // index in items
  article_id: string;
  source: SourceInfo;
  sentence: number; // Sentence.index
  position: number; // 0-based order of the sentence in its article
  start: number; // trimmed span in Article.text
  end: number;
  text: string;
  words: number;
  stems: string[]; // content stems and @entity tokens: what is said first, then the attribution frame
  frameFrom: number; // stems[frameFrom..] are the attribution frame's ("X said", ", officials said.")
  subFrom: number; // stems[subFrom..frameFrom] are a trailing subordinate clause's ("… after Orm scored twice")
  figures: UnitFigure[]; // the sentence's figures, each as one key, and whether its main clause holds it
  clauses: string[][]; // stems per clause, frames left out (for long sentences that merge several facts)
  entities: Set<string>;
  quantities: Quantity[];
  quotes: Quote[]; // analysed quotes touching this sentence
  quoted: number; // share of characters inside quotation marks (0..1)
  caption?: boolean; // a photo caption (src/brief/captions.ts): evidence, never a summary line
}

export interface UnitFigure {
  key: string; // "1200000000|usd", "3to1|" for a score or pair
  telling: boolean; // says which fact it is (bare small numbers, "two countries", do not)
  main: boolean; // in the main clause, not in a trailing "after/when/because …" clause
}

export interface EventText {
  items: ArticleWithAnalysis[];
  units: Unit[];
  byArticle: Map<string, Unit[]>;
  sources: Map<string, SourceInfo>; // article id -> source
  marks: Map<string, MarkSpan[]>; // article id -> quotation-mark spans
  titles: string[][]; // stems of each item's title
}

/** Running prose, as opposed to datelines, bylines, timestamps and Title Case headlines. */
export function isProse(u: Unit): boolean {
  const toks = u.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (toks.length < 5) return false;
  const lower = toks.filter((t) => /^\p{Ll}/u.test(t)).length;
  return lower / toks.length >= 0.4;
}

// Page furniture that can read like a short sentence: "Updated 48 minutes ago.", "Photo: AFP."
const FURNITURE = /^(?:updated|posted|published|last\s+updated|modified|photo|image|video|watch|listen|read|by|copyright|source|credit|edited|filed)\b|\bago\W*$/i;

/**
 * Running prose, or a short sentence that is still a whole statement ("Turnout reached 61
 * percent."): a capitalised first word, lowercase words after it, closing punctuation — unlike
 * datelines, bylines, timestamps and headlines.
 */
export function isStatement(u: Unit): boolean {
  if (isProse(u)) return true;
  const toks = u.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (toks.length < 2 || !/[.!?]["”’)]?$/.test(u.text) || FURNITURE.test(u.text)) return false;
  if (!/^\p{Lu}/u.test(toks[0]!)) return false;
  const lower = toks.slice(1).filter((t) => /^\p{Ll}/u.test(t)).length;
  return lower / (toks.length - 1) >= 0.5;
}

/**
 * A headline rather than a statement: its article's title repeated as a line of the text, or a
 * first line without closing punctuation ("Norlen Bank hit by cyberattack").
 */
export function isHeadlineUnit(ev: Pick<EventText, 'items'>, u: Unit): boolean {
  const title = ev.items[u.item]?.article.title;
  const norm = (x: string) => x.replace(/\s+/g, ' ').trim().toLowerCase();
  if (title && norm(u.text) === norm(title)) return true;
  return u.position === 0 && !/[.!?]["”’)]?$/.test(u.text) && u.words <= 15;
}

export function cite(u: Unit): Citation {
  return { article_id: u.article_id, sentence: u.sentence, start: u.start, end: u.end };
}

// The unit word the analysis leaves after a figure ("1,200 million dollars", "52 per cent").
const UNIT_WORD = /^\s+(?:dollars?|euros?|pounds?|percent|per\s+cent|pct)\b/i;

/**
 * A figure as words no stemming touches: its value with its unit ("1200000000usd", "52%") and
 * the unit alone ("usd", "%"), as "52" and "%" were two words before — two sentences giving
 * different values in one unit still share the unit.
 */
function figureTokens(value: number, unit: string | null): string[] {
  const u = normUnit(unit).toLowerCase();
  const v = `${String(value).replace('.', 'p').replace('-', 'm')}${u}`;
  return u ? [v, u] : [v];
}

/** A physical value in its base unit, to two significant digits (conversions are rounded), and the unit. */
function physicalTokens(value: number, base: string): string[] {
  const v = Number(value.toPrecision(2));
  const u = base.toLowerCase().replace(/[^\p{L}]/gu, '');
  return [`${String(v).replace('.', 'p').replace('-', 'm')}${u}`, u];
}

// A score or pair "3–1", "2-0": the analysis may keep only its last number, which would then
// meet every other "1" of the event; the pair is one figure of its own.
const PAIR_BEFORE = /(?<![\d.,])(\d{1,3})\s?[–-]\s?$/;
// A trailing subordinate clause: what the sentence says first is its fact, the rest its cause or time.
// "after", "before", "since", "until" also head phrases ("after the rally"): a clause only before a
// name or a pronoun ("after Orm scored twice").
const SUBORDINATE = /,?\s+(?:(?:when|while|because|although|though|whereas)\s|(?:after|before|since|until|once)\s+(?=\p{Lu}|(?:he|she|they|it|we|i|you)\s))/gu;
const MAIN_MIN_WORDS = 3;

/** Where a trailing subordinate clause starts in `text` (its length when there is none). */
function subordinateAt(text: string): number {
  for (const m of text.matchAll(SUBORDINATE)) if (wordCount(text.slice(0, m.index!)) >= MAIN_MIN_WORDS) return m.index!;
  return text.length;
}

const CLAUSE_SPLIT = /[;:()\[\]]|,\s+(?:while|whereas|but|and|as|after|which|where|although|["“])\s?|\s[–—-]{1,2}\s/g;

/** Stems per clause of a sentence whose figures are blanked, each clause with its figures' tokens. */
function clausesOf(text: string, figures: { start: number; end: number; tokens: string[] }[]): string[][] {
  const out: string[][] = [];
  let from = 0;
  const cut = (to: number) => {
    out.push([...contentStems(text.slice(from, to)), ...figures.filter((f) => f.start >= from && f.end <= to).flatMap((f) => f.tokens)]);
  };
  for (const m of text.matchAll(CLAUSE_SPLIT)) {
    cut(m.index!);
    from = m.index! + m[0].length;
  }
  cut(text.length);
  return out;
}

export function buildUnits(items: ArticleWithAnalysis[]): EventText {
  const sources = sourceMap(items);
  const units: Unit[] = [];
  const byArticle = new Map<string, Unit[]>();
  const marks = new Map<string, MarkSpan[]>();
  items.forEach((it, item) => {
    const { article, analysis } = it;
    const text = article.text;
    const spans = quoteSpans(text, analysis.quotes);
    marks.set(article.id, spans);
    const list: Unit[] = [];
    const sentences = [...analysis.sentences].sort((a, b) => a.start - b.start);
    sentences.forEach((s, position) => {
      let start = Math.max(0, s.start);
      let end = Math.min(text.length, s.end);
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end <= start) return;
      const body = text.slice(start, end);
      // who said it, apart from what was said: the frame's words go last in `stems`
      const frames = attributionFrames(body);
      const inFrame = (a: number, b: number) => frames.some((f) => a >= f.start && b <= f.end);
      // names become entity tokens (so aliases meet); their words are blanked out of the text
      const entities = new Set<string>();
      const said = new Set<string>(); // entities named outside the frames
      let plain = body;
      for (const e of analysis.entities) {
        for (const m of e.mentions) {
          if (m.start < start || m.end > end) continue;
          entities.add(e.id);
          if (!inFrame(m.start - start, m.end - start)) said.add(e.id);
          plain = plain.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + plain.slice(m.end - start);
        }
      }
      // figures become one token per value and unit, so "$1.2bn" and "1,200 million dollars" meet
      const figures: { start: number; end: number; tokens: string[] }[] = [];
      let figBody = body; // the sentence with only its figures blanked (for clauses, which keep names as words)
      const unitFigures: UnitFigure[] = [];
      const subAt = subordinateAt(body);
      for (const q of analysis.quantities) {
        if (q.start < start || q.end > end || !Number.isFinite(q.value)) continue;
        let a = q.start - start;
        let b = q.end - start;
        if (!plain.slice(a, b).trim()) continue; // inside a name
        const unitWord = UNIT_WORD.exec(plain.slice(b));
        if (q.unit && unitWord) b += unitWord[0].length;
        const pair = q.unit ? null : PAIR_BEFORE.exec(plain.slice(0, a));
        const pairOpen = pair && !analysis.quantities.some((o) => o !== q && o.start - start < a && o.end - start > pair.index);
        if (pair && pairOpen) a = pair.index;
        plain = plain.slice(0, a) + ' '.repeat(b - a) + plain.slice(b);
        figBody = figBody.slice(0, a) + ' '.repeat(b - a) + figBody.slice(b);
        // a score or tally the analysis read whole ("3–1", "52-48"), or a pair it left unread: both sides
        const both = q.score ? `${q.score[0]}to${q.score[1]}` : pair && pairOpen ? `${pair[1]}to${q.value}` : null;
        // "1.3 terabytes" and "1,300 gigabytes", "24,700 acres" and "10,000 hectares": one token in the base unit
        const phys = both ? null : convertFigure(q, text.slice(q.end, end), [q.value, q.value]);
        const tokens = both ? [both] : phys ? physicalTokens(phys.value, phys.base) : figureTokens(q.value, q.unit);
        figures.push({ start: a, end: b, tokens });
        const telling = !!both || !!q.unit || Math.abs(q.value) >= 10 || (!!q.counts && Math.abs(q.value) > 2);
        unitFigures.push({ key: both ? `${both}|` : `${q.value}|${normUnit(q.unit)}`, telling, main: a < subAt });
      }
      const blank = (t: string) => frames.reduce((x, f) => x.slice(0, f.start) + ' '.repeat(f.end - f.start) + x.slice(f.end), t);
      const said_ = figures.filter((f) => !inFrame(f.start, f.end));
      const plainSaid = blank(plain);
      const main = [...contentStems(plainSaid.slice(0, subAt)), ...said_.filter((f) => f.start < subAt).flatMap((f) => f.tokens), ...[...said].map((id) => `@${id}`)];
      const sub = [...contentStems(plainSaid.slice(subAt)), ...said_.filter((f) => f.start >= subAt).flatMap((f) => f.tokens)];
      const content = [...main, ...sub];
      const frame = [
        ...frames.flatMap((f) => contentStems(plain.slice(f.start, f.end))),
        ...figures.filter((f) => inFrame(f.start, f.end)).flatMap((f) => f.tokens),
        ...[...entities].filter((id) => !said.has(id)).map((id) => `@${id}`),
      ];
      let inside = 0;
      for (const m of spans) inside += Math.max(0, Math.min(end, m.end) - Math.max(start, m.start));
      const u: Unit = {
        i: units.length,
        item,
        article_id: article.id,
        source: sources.get(article.id)!,
        sentence: s.index,
        position,
        start,
        end,
        text: body,
        words: wordCount(body),
        stems: [...content, ...frame],
        frameFrom: content.length,
        subFrom: main.length,
        figures: unitFigures,
        clauses: clausesOf(blank(figBody), figures).filter((c) => c.length >= 3),
        entities,
        quantities: analysis.quantities.filter((q) => q.start >= start && q.end <= end),
        quotes: analysis.quotes.filter((q) => q.start < end && q.end > start),
        quoted: inside / (end - start),
      };
      units.push(u);
      list.push(u);
    });
    const captions = captionFlags(list.map((u) => u.text), repeatedLines(article.warnings ?? []));
    list.forEach((u, k) => {
      if (captions[k]) u.caption = true;
    });
    byArticle.set(article.id, list);
  });
  return { items, units, byArticle, sources, marks, titles: items.map((it) => contentStems(it.article.title ?? '')) };
}
