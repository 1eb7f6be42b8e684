// Where quotation marks enclose text, from the analysis' quotes plus a scan of the marks
// themselves (multi-paragraph quotes open every paragraph and close only at the end).
import type { Quote } from '../types.ts';
import { apostrophe, usesSingleQuotes } from '../analyze/quotes/marks.ts';

export interface MarkSpan {
  start: number; // first char inside the marks
  end: number; // last char inside + 1
  kind: 'speech' | 'partial' | 'scare';
  speaker: string | null;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** ‘…’ pairs of a text quoting in British style; a ’ between letters is an apostrophe. */
function scanSingle(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') open = -1;
    else if (c === '‘' && open < 0) open = i + 1;
    else if (c === '’' && open >= 0 && !apostrophe(text, i, true)) {
      out.push({ start: open, end: i });
      open = -1;
    }
  }
  return out.filter((s) => s.end > s.start);
}

export function scanMarks(text: string): { start: number; end: number }[] {
  if (usesSingleQuotes(text)) return scanSingle(text);
  const out: { start: number; end: number }[] = [];
  let open = -1; // index after the opening curly/guillemet mark
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && straight >= 0) straight = -1; // straight quotes never span paragraphs
    if (OPEN.has(c)) {
      if (open < 0) open = i + 1;
      // a new opening mark while open: a continued multi-paragraph quote, keep the first
    } else if (CLOSE.has(c)) {
      if (open >= 0) {
        out.push({ start: open, end: i });
        open = -1;
      }
    } else if (c === '"') {
      if (straight < 0) straight = i + 1;
      else {
        out.push({ start: straight, end: i });
        straight = -1;
      }
    }
  }
  return out.filter((s) => s.end > s.start);
}

export function quoteSpans(text: string, quotes: Quote[]): MarkSpan[] {
  const spans: MarkSpan[] = quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker_name }));
  for (const s of scanMarks(text)) {
    if (spans.some((q) => q.start <= s.start + 1 && q.end >= s.end - 1)) continue;
    const n = (text.slice(s.start, s.end).match(/\S+/g) ?? []).length;
    spans.push({ start: s.start, end: s.end, kind: n <= 3 ? 'scare' : 'speech', speaker: null });
  }
  spans.sort((a, b) => a.start - b.start);
  // `"…," said Dusan Marek. "Nobody listened."`: a whole sentence in marks is speech, however
  // short, and in the paragraph of a quote it continues that speaker's words
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    if (sp.kind !== 'scare' || !wholeSentence(text, sp)) continue;
    const prev = spans[i - 1];
    const sameParagraph = prev && prev.kind !== 'scare' && !text.slice(prev.end, sp.start).includes('\n');
    spans[i] = { ...sp, kind: 'speech', speaker: sameParagraph ? prev.speaker : sp.speaker };
  }
  return spans;
}

/** Marks holding a sentence of their own: a capital after a sentence end, a full stop inside. */
function wholeSentence(text: string, sp: MarkSpan): boolean {
  const inner = text.slice(sp.start, sp.end);
  if (!/^\p{Lu}/u.test(inner) || !/[.!?]$/.test(inner)) return false;
  const before = text.slice(Math.max(0, sp.start - 4), sp.start - 1);
  return sp.start <= 1 || /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before) || /\n\s*$/.test(text.slice(0, sp.start - 1));
}

export function markAt(spans: MarkSpan[], start: number, end: number): MarkSpan | null {
  for (const s of spans) if (s.start <= start && s.end >= end) return s;
  return null;
}
