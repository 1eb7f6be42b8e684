// JSON Feed (https://jsonfeed.org, versions 1 and 1.1): {version, title, items: [...]}, one
// document per item. The feed title travels as `feed_title` (weak outlet evidence).
import type { DocumentFields, RawDocument } from '../types.ts';
import type { ReadResult } from './index.ts';
import { dropUndefined } from './fields.ts';
import { summaryWarning } from './feed.ts';

/** True for an object that declares itself a JSON Feed. */
export function isJsonFeed(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//i.test(o.version) && Array.isArray(o.items);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** "authors": [{name}] (1.1) or "author": {name} (1.0). */
function authorOf(item: Record<string, unknown>): string | undefined {
  const list = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : [];
  const names = list.map((a) => (a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : str(a))).filter((n): n is string => !!n);
  return names.length ? names.join(', ') : undefined;
}

export function* readJsonFeed(input: string, feed: Record<string, unknown>): Generator<ReadResult> {
  const items = feed.items as unknown[];
  if (items.length === 0) yield { rejection: { input, reason: 'JSON Feed has no items' } };
  const feedTitle = str(feed.title);
  const feedLang = str(feed.language);
  for (let i = 0; i < items.length; i++) {
    const itemInput = `${input}#item-${i + 1}`;
    const it = items[i];
    if (!it || typeof it !== 'object' || Array.isArray(it)) {
      yield { rejection: { input: itemInput, reason: 'JSON Feed item is not an object' } };
      continue;
    }
    const o = it as Record<string, unknown>;
    const url = str(o.url) ?? str(o.external_url) ?? (str(o.id) && /^https?:\/\//.test(String(o.id)) ? str(o.id) : undefined);
    const lang = str(o.language) ?? feedLang;
    const f: DocumentFields = {
      id: o.id != null && (typeof o.id === 'string' || typeof o.id === 'number') ? String(o.id).trim() || undefined : undefined,
      title: str(o.title),
      // content_text is the plain form; content_html only when there is no text; summary last
      text: str(o.content_text) ?? (str(o.content_html) ? undefined : str(o.summary)),
      html: str(o.content_html),
      url,
      published: str(o.date_published) ?? str(o.date_modified),
      // the region stays ("en-US"): it tells the day/month order of numeric dates
      language: lang ? lang.replace(/_/g, '-') : undefined,
      author: authorOf(o) ?? authorOf(feed),
      feed_title: feedTitle,
    };
    // an id that is a URL is a URL, not a stable article id of the kind we keep
    if (f.id && f.id === url) delete f.id;
    dropUndefined(f);
    const body = f.text ?? f.html;
    if (!body) {
      yield { rejection: { input: itemInput, reason: 'JSON Feed item has no content_text, content_html or summary' } };
      continue;
    }
    const summaryOnly = !str(o.content_text) && !str(o.content_html);
    const note = summaryOnly ? summaryWarning(body) : null;
    const doc: RawDocument = { input: itemInput, kind: 'feed', body, fields: f, warnings: note ? [note] : [] };
    yield { doc };
  }
}
