// The known fields an input may carry. Anything else in the input is ignored, never a signal.
// Exports from CMSs, scrapers and news APIs spell the same fields differently ("headline",
// "body", "pubDate", "link", "publisher"): each field has a list of spellings, most specific first.
import type { DocumentFields } from '../types.ts';

// Keys are compared lower-cased with "_", "-" and "." removed: "published_at" = "publishedAt".
const SPELLINGS: [keyof DocumentFields, string[]][] = [
  ['id', ['id']],
  ['title', ['title', 'headline']],
  ['text', ['text', 'body', 'content', 'articlebody', 'bodytext', 'fulltext', 'maintext', 'description', 'summary']],
  ['html', ['html', 'bodyhtml', 'contenthtml', 'contentencoded']],
  ['url', ['url', 'link', 'permalink', 'canonicalurl', 'weburl', 'articleurl']],
  ['outlet', ['outlet', 'source', 'publisher', 'sitename', 'sourcename', 'outletname', 'publication']],
  ['published', ['published', 'date', 'pubdate', 'datepublished', 'publishedat', 'publisheddate', 'publicationdate', 'publishdate', 'publishedtime']],
  ['language', ['language', 'lang', 'inlanguage']],
  ['author', ['author', 'authors', 'byline', 'creator']],
];

// A text value that is really markup ("<p>...</p>") is read as HTML, so no tags reach the text.
const MARKUP = /<(p|br|div|span|a|em|strong|b|i|h[1-6]|ul|ol|li|figure|img|blockquote|table|section|article)\b[^>]*\/?>/i;

/** Spellings (as keyOf gives them) of the fields that hold an article's text, plain or HTML. */
export const TEXT_KEYS: ReadonlySet<string> = new Set(SPELLINGS.filter(([f]) => f === 'text' || f === 'html').flatMap(([, keys]) => keys));

export const keyOf = (k: string): string => k.toLowerCase().replace(/[_.-]/g, '');

function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  if (Array.isArray(v)) {
    // ["Ana Lee", "Bo Ek"] or [{"name": "Ana Lee"}]: names joined; other arrays are not a field value
    const parts = v.map((x) => (typeof x === 'string' || (x && typeof x === 'object' && !Array.isArray(x)) ? asString(x) : undefined));
    return parts.length && parts.every(Boolean) ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object') {
    // {"source": {"name": "..."}}; WordPress REST: {"title": {"rendered": "..."}}
    for (const k of ['name', 'rendered']) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'string' && x.trim()) return x;
    }
  }
  return undefined;
}

/** Known fields from a plain object (JSON item, front matter). The most specific spelling present wins. */
export function pickFields(obj: Record<string, unknown>): DocumentFields {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(obj)) {
    const k = keyOf(key);
    if (!byKey.has(k) || asString(byKey.get(k)) === undefined) byKey.set(k, value);
  }
  const out: DocumentFields = {};
  for (const [field, spellings] of SPELLINGS) {
    for (const s of spellings) {
      const raw = byKey.get(s);
      // {"body": ["First paragraph.", "Second paragraph."]}: paragraphs, not a list of names
      const v = (field === 'text' || field === 'html') && Array.isArray(raw) && raw.length && raw.every((x) => typeof x === 'string')
        ? asString(raw.filter((x: string) => x.trim()).join('\n\n'))
        : asString(raw);
      if (v === undefined) continue;
      out[field] = v;
      break;
    }
  }
  if (out.text && !out.html && MARKUP.test(out.text)) {
    out.html = out.text;
    delete out.text;
  }
  return out;
}

/** The same fields without the keys left undefined (readers fill them field by field). */
export function dropUndefined(f: DocumentFields): DocumentFields {
  for (const k of Object.keys(f) as (keyof DocumentFields)[]) if (f[k] === undefined) delete f[k];
  return f;
}
