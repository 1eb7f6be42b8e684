// Wrapping spans of a text in properly nested <span> elements. Sentence spans and quote spans
// overlap in every way (a quote inside a sentence, a quote running on into the next sentence):
// where two cross, the one of lower rank (quotes) is split, the piece kept whole being the one
// of higher rank (sentences); the first piece of a split span keeps the id a link targets, the
// rest carry its class and a "part of" class (`p-<id>`) so a stylesheet can light them up together.
import { esc } from './escape.ts';

export interface MarkSpan {
  start: number;
  end: number;
  id: string | null;
  cls: string;
  rank?: number; // lower stays whole where spans cross (default 0)
}

type Item = MarkSpan & { k: number; rank: number; of: string | null };

/** The class every piece of a split span carries, for the span with id `id`. */
export function partClass(id: string): string {
  return `p-${id}`;
}

/** The marked-up text; `split` receives the ids of spans that had to be cut into pieces. */
export function markupSpans(text: string, spans: MarkSpan[], split?: (id: string) => void): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  // outer first: earlier start, then longer, then lower rank
  const order = (x: Item, y: Item) => x.start - y.start || y.end - x.end || x.rank - y.rank || x.k - y.k;
  const queue: Item[] = valid.map((s, k) => ({ ...s, k, rank: s.rank ?? 0, of: null as string | null })).sort(order);
  const splitIds = new Set<string>();
  const cut = (x: Item) => {
    const id = x.id ?? x.of;
    if (id) splitIds.add(id);
    return id;
  };
  const requeue = (x: Item) => {
    const at = queue.findIndex((y) => order(x, y) < 0);
    queue.splice(at < 0 ? queue.length : at, 0, x);
  };
  const stack: Item[] = [];
  let pos = 0;
  let out = '';
  const closeTop = (at: number) => {
    out += esc(text.slice(pos, at)) + '</span>';
    pos = at;
    stack.pop();
  };
  while (queue.length) {
    const s = queue.shift()!;
    while (stack.length && stack[stack.length - 1]!.end <= s.start) closeTop(stack[stack.length - 1]!.end);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (s.end <= top.end) break;
      if (s.rank < top.rank) {
        // the open span gives way: it closes here and goes on inside the new one
        const empty = pos === top.start;
        const of = cut(top);
        closeTop(s.start);
        requeue({ ...top, start: s.start, id: empty ? top.id : null, of });
        continue;
      }
      // the new span gives way: this piece inside the open one, the rest after it
      requeue({ ...s, start: top.end, id: null, of: cut(s) });
      s.end = top.end;
      break;
    }
    // a placeholder for the part-of class, filled in once it is known whether the span was split
    const id = s.id ?? s.of;
    out += esc(text.slice(pos, s.start)) + `<span class="${s.cls}${id ? `\u0000${id}\u0000` : ''}"${s.id ? ` id="${s.id}"` : ''}>`;
    pos = s.start;
    stack.push(s);
  }
  while (stack.length) closeTop(stack[stack.length - 1]!.end);
  out += esc(text.slice(pos));
  for (const id of splitIds) split?.(id);
  return out.replace(/\u0000([^\u0000]*)\u0000/g, (_, id: string) => (splitIds.has(id) ? ` ${partClass(id)}` : ''));
}
