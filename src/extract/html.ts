// HTML -> text with paragraphs kept, plus the metadata a page declares about itself:
// <title>, og:*, article:published_time, JSON-LD NewsArticle, <html lang>, canonical URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentFields } from '../types.ts';
import { restoreDroppedEntries, type EntryNode } from './html-entries.ts';
import { pageH1s, preferH1 } from './html-title.ts';
import { hostOf, hostSiteNames } from './registry.ts';
import { pageKind, type PageKind } from './page-kind.ts';

export interface HtmlExtract {
  text: string;
  meta: DocumentFields;
  /** Where the text came from: readability, or the whole body when readability found nothing. */
  method: 'readability' | 'body' | 'fragment';
  /** The page's language tag with its region as declared ("en-US", "nl-BE"): the numeric date order. */
  locale?: string;
  /** The byline Readability lifted out of the text ("By Ana Lee", "Published: 12/03/2024"). */
  byline?: string;
  /** Set when the page is not an article at all (an error page, a list of stories). */
  notArticle?: PageKind;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'DL', 'DT', 'DD', 'FORM', 'HR', 'ADDRESS', 'CENTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA']);
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree, one line per block element. */
export function nodeText(root: DomNode, skipChrome = false): string {
  const out: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      out.push((n.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || (skipChrome && CHROME.has(name))) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

type Doc = ReturnType<typeof parseHTML>['document'];

const metaContent = (doc: Doc, sel: string): string | undefined => {
  const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
  return v || undefined;
};

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

type LdNode = Record<string, unknown>;

/** A name from a string, a {name} object, an array of them, or an {"@id"} reference to a node elsewhere on the page. */
const nameOf = (v: unknown, ids: Map<string, LdNode> = new Map(), depth = 0): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map((x) => nameOf(x, ids, depth)).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    const own = nameOf(o.name, ids, depth);
    if (own) return own;
    const ref = typeof o['@id'] === 'string' ? ids.get(o['@id']) : undefined;
    return ref && ref !== o && depth < 3 ? nameOf(ref, ids, depth + 1) : undefined;
  }
  return undefined;
};

/** The first JSON-LD object whose @type is a kind of article. */
function jsonLdArticle(doc: Doc): LdArticle | null {
  const blocks: unknown[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      blocks.push(JSON.parse(s.textContent ?? ''));
    } catch {
      continue;
    }
  }
  // nodes by "@id", so {"publisher": {"@id": "#org"}} (Yoast-style @graph) finds the organisation's name
  const ids = new Map<string, LdNode>();
  const index = (o: unknown, depth = 0): void => {
    if (depth > 6) return;
    if (Array.isArray(o)) for (const x of o) index(x, depth + 1);
    else if (o && typeof o === 'object') {
      const r = o as LdNode;
      if (typeof r['@id'] === 'string' && Object.keys(r).length > 1 && !ids.has(r['@id'])) ids.set(r['@id'], r);
      for (const v of Object.values(r)) if (v && typeof v === 'object') index(v, depth + 1);
    }
  };
  index(blocks);
  for (const data of blocks) {
    const queue: unknown[] = [data];
    while (queue.length) {
      const o = queue.shift();
      if (Array.isArray(o)) queue.push(...o);
      else if (o && typeof o === 'object') {
        const r = o as Record<string, unknown>;
        if (Array.isArray(r['@graph'])) queue.push(...(r['@graph'] as unknown[]));
        const types = ([] as unknown[]).concat(r['@type'] ?? []).map(String);
        if (types.some((t) => /(News|Reportage|Analysis|Opinion)?Article$|BlogPosting$/.test(t))) {
          return {
            headline: nameOf(r.headline) ?? nameOf(r.name),
            datePublished: nameOf(r.datePublished) ?? nameOf(r.dateCreated),
            author: nameOf(r.author, ids),
            publisher: nameOf(r.publisher, ids),
            url: nameOf(r.url) ?? nameOf(r.mainEntityOfPage && (r.mainEntityOfPage as Record<string, unknown>)['@id']),
            language: nameOf(r.inLanguage),
          };
        }
      }
    }
  }
  return null;
}

/** Microdata: <meta itemprop="datePublished" content> or <time itemprop="datePublished" datetime>. */
function itempropDate(doc: Doc): string | undefined {
  const el = doc.querySelector('[itemprop="datePublished"]');
  const v = (el?.getAttribute('content') ?? el?.getAttribute('datetime'))?.trim();
  return v || undefined;
}

// Containers whose <time> elements date something else: other stories, comments, the site footer.
const OTHER_TIME = /\b(comment|related|recommend|sidebar|widget|more-|popular|trending|footer|teaser|newsletter)/i;

interface El {
  tagName: string;
  parentElement: El | null;
  getAttribute(name: string): string | null;
}

/**
 * The page's own <time datetime>: one marked as the publication time, else the first one outside
 * navigation, sidebars, footers, comments and related-story rails (many templates put the date
 * only there, without meta tags). Only calendar dates count, not durations ("PT5M").
 */
function pageTimeElement(doc: Doc): string | undefined {
  const dated = (el: El | null | undefined): string | undefined => {
    const v = el?.getAttribute('datetime')?.trim();
    return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v : undefined;
  };
  const q = (sel: string) => doc.querySelector(sel) as unknown as El | null;
  const marked = dated(q('time[pubdate]')) ?? dated(q('article time[datetime]')) ?? dated(q('time[class*="publish" i]'));
  if (marked) return marked;
  for (const t of doc.querySelectorAll('time[datetime]')) {
    let outside = true;
    for (let p = (t as unknown as El).parentElement; p; p = p.parentElement) {
      if (CHROME.has(p.tagName.toUpperCase()) || OTHER_TIME.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) {
        outside = false;
        break;
      }
    }
    const v = outside ? dated(t as unknown as El) : undefined;
    if (v) return v;
  }
  return undefined;
}

/** Author marked up in the page (microdata, rel="author", article:author when it is a name, not a URL). */
function pageAuthor(doc: Doc): string | undefined {
  const meta = metaContent(doc, 'meta[property="article:author"]');
  if (meta && !/^https?:\/\//.test(meta)) return meta;
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"]') ?? doc.querySelector('[itemprop="author"]') ?? doc.querySelector('a[rel="author"]');
  const v = (el?.getAttribute('content') ?? el?.textContent)?.replace(/\s+/g, ' ').trim();
  return v && v.length <= 80 ? v : undefined;
}

function pageMeta(doc: Doc): DocumentFields & { locale?: string; declaresArticle: boolean } {
  const ld = jsonLdArticle(doc);
  const langs = [doc.documentElement?.getAttribute('lang')?.trim(), metaContent(doc, 'meta[http-equiv="content-language" i]'), ld?.language, metaContent(doc, 'meta[property="og:locale"]')];
  const lang = langs.find(Boolean);
  // the numeric date order needs the region: <html lang="en"> with og:locale "en_US" is en-US
  const base = (t: string) => t.replace(/_/g, '-').split('-')[0]!.toLowerCase();
  const locale = lang && (langs.find((t) => t && /[-_]/.test(t) && base(t) === base(lang)) ?? lang);
  const titleEl = doc.querySelector('title')?.textContent?.trim();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const declaredTitle = ld?.headline ?? metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]') ?? (titleEl || undefined);
  const ogUrl = metaContent(doc, 'meta[property="og:url"]');
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const pageUrl = ogUrl ?? canonical;
  const siteNames = [siteName, ld?.publisher, metaContent(doc, 'meta[name="application-name"]'), ...hostSiteNames(pageUrl ? hostOf(pageUrl) : null)];
  const m: DocumentFields = {
    // a cut or generic declared title gives way to the article's <h1>
    title: declaredTitle && preferH1(declaredTitle, pageH1s(doc), siteNames),
    published:
      metaContent(doc, 'meta[property="article:published_time"]') ??
      ld?.datePublished ??
      metaContent(doc, 'meta[name="pubdate"]') ??
      metaContent(doc, 'meta[name="date"]') ??
      metaContent(doc, 'meta[name="dc.date" i]') ??
      itempropDate(doc) ??
      pageTimeElement(doc),
    outlet: siteName ?? ld?.publisher,
    author: ld?.author ?? metaContent(doc, 'meta[name="author"]') ?? pageAuthor(doc),
    url: ogUrl ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined) ?? (ld?.url && /^https?:\/\//.test(ld.url) ? ld.url : undefined),
    language: lang ? lang.replace(/_/g, '-').split('-')[0]!.toLowerCase() : undefined,
  };
  for (const k of Object.keys(m) as (keyof DocumentFields)[]) if (m[k] === undefined) delete m[k];
  const declaresArticle = !!ld || !!m.published || /article/i.test(metaContent(doc, 'meta[property="og:type"]') ?? '');
  return { ...m, ...(locale ? { locale } : {}), declaresArticle };
}

/** A whole page: metadata, then the main text by Readability (or the body minus chrome). */
export function extractHtmlPage(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const { locale, declaresArticle, ...meta } = pageMeta(document);
  let text = '';
  let byline: string | undefined;
  let method: HtmlExtract['method'] = 'readability';
  try {
    // Readability mutates the DOM, so it gets its own copy
    const parsed = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (parsed?.content) {
      text = nodeText(parseHTML(`<html><body>${parsed.content}</body></html>`).document as unknown as DomNode);
      text = restoreDroppedEntries(document as unknown as EntryNode, text, (n) => nodeText(n));
    }
    if (!meta.title && parsed?.title) meta.title = parsed.title.trim();
    byline = parsed?.byline?.replace(/\s+/g, ' ').trim() || undefined;
  } catch {
    text = '';
  }
  if (text.length < 200) {
    const body = document.body ?? document.documentElement;
    const whole = body ? nodeText(body as unknown as DomNode, true) : '';
    if (whole.length > text.length) {
      text = whole;
      method = 'body';
    }
  }
  // Readability takes the byline element out of the text (a date line with class "dateline" too):
  // it goes back on top, where the line rules read it as a byline or date stamp and report it
  // (only when the page shows it: Readability also fills it from author metadata)
  if (byline && method === 'readability' && byline.split(' ').length <= 10 && !text.includes(byline) && (document.body?.textContent ?? '').replace(/\s+/g, ' ').includes(byline))
    text = `${byline}\n\n${text}`;
  const notArticle = pageKind(document, text, declaresArticle);
  return { text, meta, method, ...(locale ? { locale } : {}), ...(byline ? { byline } : {}), ...(notArticle ? { notArticle } : {}) };
}

/** An HTML fragment (feed item content, a JSON `html` field): just its text. */
export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return nodeText(document as unknown as DomNode);
}
