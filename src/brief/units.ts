// One "unit" per analysed sentence of the event: its exact span, words, entities,
// quantities and how much of it sits inside quotation marks.
import type { ArticleWithAnalysis, Quantity, Quote } from '../types.ts';
import { contentStems, wordCount } from './tokens.ts';
import { sourceMap, type SourceInfo } from './sources.ts';
import type { Citation } from './types.ts';
import { quoteSpans, type MarkSpan } from './quote-marks.ts';
import { attributionFrames } from './frame.ts';

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
  clauses: string[][]; // stems per clause, frames left out (for long sentences that merge several facts)
  entities: Set<string>;
  quantities: Quantity[];
  quotes: Quote[]; // analysed quotes touching this sentence
  quoted: number; // share of characters inside quotation marks (0..1)
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

export function cite(u: Unit): Citation {
  return { article_id: u.article_id, sentence: u.sentence, start: u.start, end: u.end };
}

const CLAUSE_SPLIT = /[;:()\[\]]|,\s+(?:while|whereas|but|and|as|after|which|where|although|["“])\s?|\s[–—-]{1,2}\s/;

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
      const blank = (t: string) => frames.reduce((x, f) => x.slice(0, f.start) + ' '.repeat(f.end - f.start) + x.slice(f.end), t);
      const content = [...contentStems(blank(plain)), ...[...said].map((id) => `@${id}`)];
      const frame = [
        ...frames.flatMap((f) => contentStems(plain.slice(f.start, f.end))),
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
        clauses: blank(body).split(CLAUSE_SPLIT).map(contentStems).filter((c) => c.length >= 3),
        entities,
        quantities: analysis.quantities.filter((q) => q.start >= start && q.end <= end),
        quotes: analysis.quotes.filter((q) => q.start < end && q.end > start),
        quoted: inside / (end - start),
      };
      units.push(u);
      list.push(u);
    });
    byArticle.set(article.id, list);
  });
  return { items, units, byArticle, sources, marks, titles: items.map((it) => contentStems(it.article.title ?? '')) };
}
