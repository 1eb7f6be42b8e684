// A quote variant cites its own words, not the whole sentence it starts in: the citation a report
// shows and links to runs from quote_start to quote_end (a quote may run past its sentence).
import type { Brief, Citation, QuoteVariant } from '../brief/types.ts';

export function quoteCitation(v: QuoteVariant): Citation {
  const ok = Number.isFinite(v.quote_start) && Number.isFinite(v.quote_end) && v.quote_end > v.quote_start;
  return ok ? { ...v.citation, start: v.quote_start, end: v.quote_end } : v.citation;
}

/** Every quote a brief lists, as citations of the quoted words (for marking them in article texts). */
export function briefQuoteSpans(b: Brief): Citation[] {
  return b.quotes.flatMap((sp) => sp.groups.flatMap((g) => g.variants.map(quoteCitation)));
}
