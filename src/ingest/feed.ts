// RSS 2.0 / RSS 1.0 (RDF) / Atom: one document per item. The DOCTYPE is removed before parsing
// and entity processing is off, so neither entity bombs nor external entities are expanded;
// only the five XML entities and numeric references are decoded afterwards, by hand.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { DocumentFields, RawDocument, Warning } from '../types.ts';
import type { ReadResult } from './index.ts';
import { dropUndefined } from './fields.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

// Atom type="xhtml" content (and feeds that put raw XHTML in a description) arrive as child
// elements, not text: they are written back to markup so the extractor reads them as HTML.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: false, suppressEmptyNode: true });

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e]!;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** Removes <!DOCTYPE ...> including an internal subset [ ... ]. */
export function stripDoctype(xml: string): { xml: string; stripped: boolean } {
  const i = xml.search(/<!DOCTYPE/i);
  if (i < 0) return { xml, stripped: false };
  let j = i + 9;
  let depth = 0;
  for (; j < xml.length; j++) {
    const c = xml[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) break;
  }
  return { xml: xml.slice(0, i) + xml.slice(j + 1), stripped: true };
}

type Node = unknown;
function textOf(n: Node): string {
  if (n == null) return '';
  if (typeof n === 'string' || typeof n === 'number') return decodeXmlEntities(String(n)).trim();
  if (Array.isArray(n)) return textOf(n[0]);
  if (typeof n === 'object') return textOf((n as Record<string, Node>)['#text']);
  return '';
}
/** Text of a content element; when it holds child elements instead of text, their markup. */
function contentOf(n: Node): string {
  const t = textOf(n);
  if (t || !n || typeof n !== 'object') return t;
  const first = Array.isArray(n) ? n[0] : n;
  if (!first || typeof first !== 'object') return '';
  const children = Object.fromEntries(Object.entries(first as Record<string, Node>).filter(([k]) => !k.startsWith('@_')));
  if (Object.keys(children).length === 0) return '';
  return decodeXmlEntities(String(builder.build(children))).trim();
}
function attr(n: Node, name: string): string {
  return n && typeof n === 'object' && !Array.isArray(n) ? textOf((n as Record<string, Node>)[`@_${name}`]) : '';
}
const get = (o: Node, k: string): Node => (o && typeof o === 'object' ? (o as Record<string, Node>)[k] : undefined);

function permalink(guid: Node): string | undefined {
  const g = textOf(guid);
  return attr(guid, 'isPermaLink') !== 'false' && /^https?:\/\//.test(g) ? g : undefined;
}

/**
 * A feed item whose only text is a summary (RSS description, Atom summary) may tease the story
 * rather than carry it: flagged when it is cut off ("...", "[…]", a "Read more" link) or is one
 * short paragraph. Short stories of several paragraphs in a description are full texts.
 */
export function summaryWarning(summary: string): Warning | null {
  const paragraphs = summary.split(/<\/p>|<br\s*\/?>\s*<br\s*\/?>|\n\s*\n/i).filter((p) => p.replace(/<[^>]*>/g, '').trim()).length;
  const plain = summary.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = /(…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading|full story)\W*$/i.test(plain);
  if (!cut && !(paragraphs <= 1 && plain.length < 300)) return null;
  return { code: 'summary-only', message: 'the feed item has only a summary, not the full story; the article text is probably incomplete' };
}

type FeedItem = DocumentFields & { summaryOnly?: boolean };

function rssItem(item: Node): FeedItem {
  const links = (get(item, 'link') as Node[] | undefined) ?? [];
  const full = contentOf(get(item, 'content:encoded'));
  const content = full || contentOf(get(item, 'description'));
  const f: FeedItem = {
    title: textOf(get(item, 'title')) || undefined,
    url: textOf(links[0]) || permalink(get(item, 'guid')),
    published: textOf(get(item, 'pubDate')) || textOf(get(item, 'dc:date')) || undefined,
    author: textOf(get(item, 'dc:creator')) || textOf(get(item, 'author')) || undefined,
    html: content || undefined,
    summaryOnly: !full && !!content,
  };
  return f;
}

function atomEntry(entry: Node): FeedItem {
  const links = (get(entry, 'link') as Node[] | undefined) ?? [];
  const alt = links.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate') ?? links[0];
  const full = contentOf(get(entry, 'content'));
  const content = full || contentOf(get(entry, 'summary'));
  return {
    title: textOf(get(entry, 'title')) || undefined,
    url: (alt !== undefined && attr(alt, 'href')) || undefined,
    published: textOf(get(entry, 'published')) || textOf(get(entry, 'updated')) || undefined,
    author: textOf(get(get(entry, 'author'), 'name')) || undefined,
    html: content || undefined,
    summaryOnly: !full && !!content,
  };
}

/**
 * The XML parser's message, readable: "Invalid '["rss","channel","item"]' found.:1:1" is elements
 * left open at the end of the file (its position 1:1 means nothing); "msg:5:7" is "msg (line 5, column 7)".
 */
export function xmlProblem(message: string): string {
  const open = /^Invalid '\[([\s\S]*)\]' found\.(?::\d+:\d+)?$/.exec(message);
  if (open) {
    const tags = [...open[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    if (tags.length) {
      const last = tags[tags.length - 1]!;
      const inside = tags.slice(0, -1).join(' > ');
      return `the file ends before <${last}>${inside ? ` (inside ${inside})` : ''} is closed: truncated or not well-formed`;
    }
  }
  const at = /^([\s\S]*?):(\d+):(\d+)$/.exec(message);
  return at ? `${at[1]} (line ${at[2]}, column ${at[3]})` : message;
}

export function* readFeed(input: string, text: string): Generator<ReadResult> {
  const { xml, stripped } = stripDoctype(text);
  const warnings: Warning[] = stripped ? [{ code: 'doctype-removed', message: 'DOCTYPE removed before parsing; entities were not expanded' }] : [];
  let tree: Node;
  try {
    tree = parser.parse(xml, true);
  } catch (e) {
    yield { rejection: { input, reason: `invalid XML feed: ${xmlProblem((e as Error).message.split('\n')[0]!)}` } };
    return;
  }
  const rss = get(tree, 'rss');
  const rdf = get(tree, 'rdf:RDF');
  const atom = get(tree, 'feed');
  let items: FeedItem[];
  let language = '';
  let feedTitle = '';
  if (rss) {
    const ch = get(rss, 'channel');
    language = textOf(get(ch, 'language'));
    feedTitle = textOf(get(ch, 'title'));
    items = ((get(ch, 'item') as Node[] | undefined) ?? []).map(rssItem);
  } else if (rdf) {
    feedTitle = textOf(get(get(rdf, 'channel'), 'title'));
    items = ((get(rdf, 'item') as Node[] | undefined) ?? []).map(rssItem);
  } else if (atom) {
    language = attr(atom, 'xml:lang');
    feedTitle = textOf(get(atom, 'title'));
    items = ((get(atom, 'entry') as Node[] | undefined) ?? []).map(atomEntry);
  } else {
    yield { rejection: { input, reason: 'XML is not an RSS or Atom feed' } };
    return;
  }
  if (items.length === 0) yield { rejection: { input, reason: 'feed has no items' } };
  for (let i = 0; i < items.length; i++) {
    const { summaryOnly, ...f } = items[i]!;
    const itemInput = `${input}#item-${i + 1}`;
    dropUndefined(f);
    if (language) f.language = language;
    if (feedTitle) f.feed_title = feedTitle;
    if (!f.html) {
      yield { rejection: { input: itemInput, reason: 'feed item has no content or description' } };
      continue;
    }
    const note = summaryOnly ? summaryWarning(f.html) : null;
    const doc: RawDocument = { input: itemInput, kind: 'feed', body: f.html, fields: f, warnings: note ? [...warnings, note] : [...warnings] };
    yield { doc };
  }
}
