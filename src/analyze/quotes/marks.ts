// Pairs quotation marks (straight, curly, guillemets) into quote spans, across paragraphs when a
// quote runs on (paragraphs that open without closing), with warnings for unbalanced marks.
import type { Warning } from '../../types.ts';
import type { Paragraph } from '../text/sentences.ts';
import { lastStartingAtOrBefore } from '../../util/search.ts';

export interface QuoteSpan {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark (or end of text taken when unbalanced)
  start: number; // inner text start
  end: number; // inner text end
  closed: boolean;
  paragraphs: number; // how many paragraphs it spans
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const MAX_PARAS = 6;
const MAX_LEN = 6000;

function paraIndexAt(paras: Paragraph[], pos: number): number {
  return Math.max(0, lastStartingAtOrBefore(paras, pos));
}

const DOUBLE_MARK_RE = /["“”«»„]|``/;

/** British style: ‘…’ are the quotation marks of a text that uses no double ones. */
export function usesSingleQuotes(text: string): boolean {
  return text.includes('‘') && !DOUBLE_MARK_RE.test(text);
}

/** True when the text has any opening mark findQuoteSpans could start a quote with (double, or ‘ for single-quote style). */
export function hasQuoteMarks(text: string): boolean {
  return DOUBLE_MARK_RE.test(text) || text.includes('‘');
}

/** A ’ between letters ("don’t") or with no quote open ("protesters’ demands") is an apostrophe. */
export function apostrophe(text: string, pos: number, quoteOpen: boolean): boolean {
  return !quoteOpen || (/\p{L}/u.test(text[pos - 1] ?? '') && /\p{L}/u.test(text[pos + 1] ?? ''));
}

export function findQuoteSpans(text: string, paras: Paragraph[], warnings?: Warning[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const single = usesSingleQuotes(text);
  const re = single ? /[‘’]/g : /``|''|["“”«»„]/g;
  let open: { pos: number; para: number; w: number; reopened: number } | null = null;
  let unbalanced = 0;
  const finishUnclosed = (o: { pos: number; para: number; w: number; reopened: number }) => {
    // Unclosed: the quote runs to the end of its paragraph.
    const p = paras[o.para];
    const end = p ? p.end : Math.min(text.length, o.pos + o.w);
    if (end > o.pos + o.w) out.push({ open: o.pos, close: end, start: o.pos + o.w, end, closed: false, paragraphs: 1 });
    unbalanced++;
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const ch = m[0];
    const pos = m.index;
    const w = ch.length; // `` and '' (tokenised corpora) are two characters wide
    const prev = pos > 0 ? text[pos - 1] : '\n';
    const next = pos + w < text.length ? text[pos + w] : '\n';
    let role: 'open' | 'close';
    if (single && ch === '’' && apostrophe(text, pos, !!open)) continue;
    if (single) role = ch === '‘' ? 'open' : 'close';
    else if (ch === '``') role = 'open';
    else if (ch === "''") role = 'close';
    else if (OPENERS.has(ch)) role = 'open';
    else if (CLOSERS.has(ch)) role = 'close';
    else if (/[\s(\[{—–-]/.test(prev) && !/\s/.test(next)) role = 'open';
    else if (!/\s/.test(prev) && /[\s.,;:!?)\]}—–-]|$/.test(next)) role = 'close';
    else role = open ? 'close' : 'open';
    const para = paraIndexAt(paras, pos);
    if (role === 'open') {
      if (open) {
        const p0 = paras[open.para];
        const atParaStart = paras[para] && text.slice(paras[para].start, pos).trim() === '';
        // A new paragraph reopening the quote continues it ("multi-paragraph quote").
        if (para > open.para && atParaStart && para - open.para < MAX_PARAS && pos - open.pos < MAX_LEN && para - open.reopened <= 1) {
          open.reopened = para;
          continue;
        }
        if (p0 && para !== open.para) finishUnclosed(open);
        else finishUnclosed(open);
        open = null;
      }
      open = { pos, para, w, reopened: para };
      continue;
    }
    // Closing mark.
    if (!open) {
      unbalanced++;
      continue;
    }
    // A quote may run on into the next paragraph unmarked; further paragraphs must reopen it.
    if (para - open.para >= MAX_PARAS || pos - open.pos > MAX_LEN || para - open.reopened > 1) {
      unbalanced++;
      finishUnclosed(open);
      open = null;
      continue;
    }
    out.push({ open: open.pos, close: pos + w - 1, start: open.pos + open.w, end: pos, closed: true, paragraphs: para - open.para + 1 });
    open = null;
  }
  if (open) finishUnclosed(open);
  // A text with double marks may still quote in ‘single’ ones (British papers mix them): those outside
  // every double-quoted span count too.
  if (!single && text.includes('‘')) {
    const singles = singleQuoteSpans(text, paras, out);
    if (singles.length) {
      out.push(...singles);
      out.sort((a, b) => a.open - b.open);
    }
  }
  // Straight 'single' quotes (web copy typed on a keyboard): "Brandt said: 'Tunde is ...'".
  if (text.includes("'")) {
    const straight = straightSingleSpans(text, paras, out);
    if (straight.length) {
      out.push(...straight);
      out.sort((a, b) => a.open - b.open);
    }
  }
  if (unbalanced && warnings) warnings.push({ code: 'unbalanced-quotes', message: `${unbalanced} quotation mark(s) could not be paired; unclosed quotes were cut at the end of their paragraph.` });
  return out.filter((q) => q.end > q.start && text.slice(q.start, q.end).trim() !== '');
}

/** Whether a position falls between the marks of one of the spans (open..close inclusive). */
function insideSpans(spans: QuoteSpan[]): (pos: number) => boolean {
  const sorted = spans.map((d) => ({ start: d.open, close: d.close })).sort((a, b) => a.start - b.start);
  return (pos) => {
    const i = lastStartingAtOrBefore(sorted, pos);
    return i >= 0 && pos <= sorted[i]!.close;
  };
}

/** What may follow a closing single mark: a space, a stop, a bracket, a dash or the end. */
const SINGLE_CLOSE_AFTER_RE = /^(?:$|[\s.,;:!?)\]—–-])/;

/**
 * Spans between single marks, one paragraph at a time: an `openMark` at `o` for which `opens` holds,
 * closed by the last `closeMark` before the next `openMark` for which `limits` holds, for which `closes`
 * holds and that precedes what SINGLE_CLOSE_AFTER_RE allows; `enough` judges the text between.
 */
function singleMarkSpans(
  text: string,
  paras: Paragraph[],
  openMark: string,
  closeMark: string,
  opens: (body: string, o: number, at: number) => boolean,
  limits: (body: string, n: number) => boolean,
  closes: (body: string, c: number) => boolean,
  enough: (inner: string) => boolean,
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    while (out.length < 5000) {
      const o = body.indexOf(openMark, from);
      if (o < 0) break;
      from = o + 1;
      if (!opens(body, o, p.start + o)) continue;
      let limit = body.length;
      for (let n = body.indexOf(openMark, o + 1); n >= 0; n = body.indexOf(openMark, n + 1)) if (limits(body, n)) {
        limit = n;
        break;
      }
      let close = -1;
      for (let c = body.indexOf(closeMark, o + 1); c >= 0 && c < limit; c = body.indexOf(closeMark, c + 1)) {
        if (closes(body, c) && SINGLE_CLOSE_AFTER_RE.test(body.slice(c + 1, c + 2))) close = c;
      }
      if (close < 0 || !enough(body.slice(o + 1, close))) continue;
      out.push({ open: p.start + o, close: p.start + close, start: p.start + o + 1, end: p.start + close, closed: true, paragraphs: 1 });
      from = close + 1;
    }
  }
  return out;
}

/**
 * ‘…’ quotes in a text that also uses double marks: an opening ‘ after a space, bracket or dash, closed
 * by the last ’ of its paragraph before the next ‘ that is not between letters ("don’t") — the last, so
 * "‘The protesters’ demands are fair,’ he said" closes after "fair,". Never inside a double-quoted span.
 */
function singleQuoteSpans(text: string, paras: Paragraph[], doubles: QuoteSpan[]): QuoteSpan[] {
  const inDouble = insideSpans(doubles);
  return singleMarkSpans(
    text,
    paras,
    '‘',
    '’',
    (body, o, at) => /^(?:|[\s(\[—–-])$/.test(body[o - 1] ?? '') && /\S/.test(body[o + 1] ?? '') && !inDouble(at),
    () => true,
    (body, c) => !apostrophe(body, c, true),
    (inner) => inner.trim() !== '',
  );
}

/**
 * Straight ' quotes: an opening ' at a paragraph start or after a space, bracket, dash or colon, before
 * a capital letter (so "the players' union" opens nothing), closed by the last ' of its paragraph,
 * before the next such opener, that follows a letter or a stop and precedes a space, stop or the end
 * (not "don't"). Never inside a span already found.
 */
function straightSingleSpans(text: string, paras: Paragraph[], found: QuoteSpan[]): QuoteSpan[] {
  const inside = insideSpans(found);
  const opensAt = (body: string, o: number) => /^(?:|[\s(\[—–-])$/.test(body[o - 1] ?? '') && /\p{Lu}/u.test(body[o + 1] ?? '');
  return singleMarkSpans(
    text,
    paras,
    "'",
    "'",
    (body, o, at) => opensAt(body, o) && !inside(at),
    opensAt,
    (body, c) => /[\p{L}\p{N}.,!?]/u.test(body[c - 1] ?? ''),
    // (a quote says something: at least three words)
    (inner) => inner.trim().split(/\s+/).length >= 3,
  );
}
