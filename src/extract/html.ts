// HTML -> text with paragraphs kept, plus the metadata a page declares about itself:
// <title>, og:*, article:published_time and modified_time, JSON-LD (json-ld.ts), live-blog entries
// (live-blog.ts), <html lang>, canonical URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentFields } from '../types.ts';
import { CHROME_TAGS, type El } from './dom-like.ts';
import { restoreDroppedEntries, type EntryNode } from './html-entries.ts';
import { pageH1s, preferH1, titleSuffixSite } from './html-title.ts';
import { hostOf, hostSiteNames } from './registry.ts';
import { pageKind, type PageKind } from './page-kind.ts';
import { readJsonLd, type LdLiveBlog } from './json-ld.ts';
import { liveEntries, timeSpan, type LiveBlogSummary, type LiveEntries } from './live-blog.ts';

export interface HtmlExtract {
  text: string;
  meta: PageFields;
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
    if (SKIP.has(name) || (skipChrome && CHROME_TAGS.has(name))) return;
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

/** True when `el` sits inside one of `blocks` (live-blog entries, whose stamps date one update each). */
const insideAny = (el: El, blocks: Set<unknown>): boolean => {
  for (let p: El | null = el; p; p = p.parentElement) if (blocks.has(p)) return true;
  return false;
};

/**
 * Microdata: <meta itemprop="datePublished" content> or <time itemprop="datePublished" datetime>
 * (or "dateModified"), the page's own: not one of a live blog's updates.
 */
function itempropDate(doc: Doc, prop: 'datePublished' | 'dateModified', entries: Set<unknown>): string | undefined {
  for (const node of doc.querySelectorAll(`[itemprop~="${prop}"]`)) {
    const el = node as unknown as El;
    if (insideAny(el, entries)) continue;
    let update = false;
    for (let p = el.parentElement; p && !update; p = p.parentElement) update = /\bliveBlogUpdate\b/.test(p.getAttribute('itemprop') ?? '');
    const v = (el.getAttribute('content') ?? el.getAttribute('datetime'))?.trim();
    if (v && !update) return v;
  }
  return undefined;
}

// Containers whose <time> elements date something else: other stories, comments, the site footer.
const OTHER_TIME = /\b(comment|related|recommend|sidebar|widget|more-|popular|trending|footer|teaser|newsletter)/i;

// A stamp of the last change ("Updated <time>", class "date-modified"): never the publication.
const MODIFIED_MARK = /\b(updated|modified|last-?edit(ed)?|revised)\b/i;
const marksModified = (el: El): boolean =>
  /\bdateModified\b/.test(el.getAttribute('itemprop') ?? '') ||
  [el, el.parentElement].some((e) => {
    const c = e ? `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}` : '';
    // WordPress marks a never-edited post's one stamp "published updated": that one is the publication
    return MODIFIED_MARK.test(c) && !/publish/i.test(c);
  });

/**
 * The page's own <time datetime>: one marked as the publication time, else the first one outside
 * navigation, sidebars, footers, comments and related-story rails (many templates put the date
 * only there, without meta tags). Only calendar dates count, not durations ("PT5M"); the stamps of
 * live-blog entries (`entries`) do not count. `kind` 'modified' asks for the stamp marked as the
 * last update ("Updated <time>"), which is never the publication.
 */
function pageTimeElement(doc: Doc, entries: Set<unknown>, kind: 'published' | 'modified' = 'published'): string | undefined {
  const dated = (el: El | null | undefined): string | undefined => {
    if (!el || marksModified(el) !== (kind === 'modified') || insideAny(el, entries)) return undefined;
    const v = el.getAttribute('datetime')?.trim();
    return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v : undefined;
  };
  const first = (sel: string): string | undefined => {
    for (const t of doc.querySelectorAll(sel)) {
      const v = dated(t as unknown as El);
      if (v) return v;
    }
    return undefined;
  };
  const marked = kind === 'published' ? (first('time[pubdate]') ?? first('article time[datetime]') ?? first('time[class*="publish" i]')) : undefined;
  if (marked) return marked;
  for (const t of doc.querySelectorAll('time[datetime]')) {
    let outside = true;
    for (let p = (t as unknown as El).parentElement; p; p = p.parentElement) {
      if (CHROME_TAGS.has(p.tagName.toUpperCase()) || OTHER_TIME.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) {
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

/**
 * Page metadata beyond the DocumentFields contract. It travels in `meta` to publicationDate, which
 * turns it into evidence notes and warnings: where the publication date was declared, the date of
 * the last change, the live blog the page is, and metadata that could not be read.
 */
export interface PageFields extends DocumentFields {
  /** Which declaration gave `published` ("article:published_time", "JSON-LD WebPage datePublished"). */
  publishedFrom?: string;
  /** The page's date of last change, as written, and which declaration gave it. */
  modified?: string;
  modifiedFrom?: string;
  liveBlog?: LiveBlogSummary;
  /** Metadata blocks that could not be read (a broken JSON-LD script), one line each. */
  metaProblems?: string[];
  /** The site name the <title> carries after the headline (see titleSuffixSite): a weak outlet signal. */
  titleSite?: string;
}

/** The first declared value of a chain of [lookup, where it was declared]; later lookups (DOM scans) run only when needed. */
function firstDeclared(chain: [() => string | undefined, string | undefined][]): [string, string] | undefined {
  for (const [get, from] of chain) {
    const v = get();
    if (v) return [v, from ?? 'page metadata'];
  }
  return undefined;
}

function pageMeta(doc: Doc, live: LiveEntries | null): PageFields & { locale?: string; declaresArticle: boolean } {
  const scripts = [...doc.querySelectorAll('script[type*="ld+json" i]')].map((s) => s.textContent ?? '');
  const { page: ld, problems } = readJsonLd(scripts);
  const langs = [doc.documentElement?.getAttribute('lang')?.trim(), metaContent(doc, 'meta[http-equiv="content-language" i]'), ld?.language, metaContent(doc, 'meta[property="og:locale"]')];
  const lang = langs.find(Boolean);
  // the numeric date order needs the region: <html lang="en"> with og:locale "en_US" is en-US
  const base = (t: string) => t.replace(/_/g, '-').split('-')[0]!.toLowerCase();
  const locale = lang && (langs.find((t) => t && /[-_]/.test(t) && base(t) === base(lang)) ?? lang);
  const titleEl = doc.querySelector('title')?.textContent?.trim();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  // an article node's headline first; a WebPage node's name ("Headline - Site") only after og:title
  const declaredTitle = (ld?.isArticle ? ld.headline : undefined) ?? metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]') ?? ld?.headline ?? (titleEl || undefined);
  const ogUrl = metaContent(doc, 'meta[property="og:url"]');
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const pageUrl = ogUrl ?? canonical;
  const siteNames = [siteName, ld?.publisher, metaContent(doc, 'meta[name="application-name"]'), ...hostSiteNames(pageUrl ? hostOf(pageUrl) : null)];
  const entryBlocks = new Set<unknown>(live?.entries.map((e) => e.el) ?? []);
  const published = firstDeclared([
    // a live blog is published when coverage starts, whatever time the page was last re-stamped with
    [() => ld?.liveBlog?.start, ld?.liveBlog?.startFrom],
    [() => metaContent(doc, 'meta[property="article:published_time"]'), 'article:published_time'],
    [() => ld?.datePublished, ld?.datePublishedFrom],
    [() => metaContent(doc, 'meta[name="pubdate"]'), 'meta pubdate'],
    [() => metaContent(doc, 'meta[name="date"]'), 'meta date'],
    [() => metaContent(doc, 'meta[name="dc.date" i]'), 'meta dc.date'],
    [() => (ld?.liveBlog ? timeSpan(ld.liveBlog.times)?.first : undefined), `the earliest of ${ld?.liveBlog?.times.length} LiveBlogPosting updates`],
    [() => itempropDate(doc, 'datePublished', entryBlocks), 'microdata datePublished'],
    [() => pageTimeElement(doc, entryBlocks), 'a <time datetime> on the page'],
    [() => (live ? timeSpan(live.entries.map((e) => e.time))?.first : undefined), `the earliest of ${live?.entries.length} live-blog entries`],
  ]);
  const modified = firstDeclared([
    [() => metaContent(doc, 'meta[property="article:modified_time"]'), 'article:modified_time'],
    [() => ld?.dateModified, 'JSON-LD dateModified'],
    [() => metaContent(doc, 'meta[property="og:updated_time"]'), 'og:updated_time'],
    [() => itempropDate(doc, 'dateModified', entryBlocks), 'microdata dateModified'],
    [() => pageTimeElement(doc, entryBlocks, 'modified'), 'a <time datetime> marked as the last update'],
  ]);
  const h1s = pageH1s(doc);
  const titleSite = titleSuffixSite(titleEl, h1s) ?? undefined;
  const m: PageFields = {
    // a cut or generic declared title gives way to the article's <h1>
    title: declaredTitle && preferH1(declaredTitle, h1s, siteNames),
    ...(titleSite ? { titleSite } : {}),
    published: published?.[0],
    outlet: siteName ?? ld?.publisher,
    author: ld?.author ?? metaContent(doc, 'meta[name="author"]') ?? pageAuthor(doc),
    url: ogUrl ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined) ?? (ld?.url && /^https?:\/\//.test(ld.url) ? ld.url : undefined),
    language: lang ? lang.replace(/_/g, '-').split('-')[0]!.toLowerCase() : undefined,
    publishedFrom: published?.[1],
    modified: modified?.[0],
    modifiedFrom: modified?.[1],
    liveBlog: liveBlogSummary(ld?.liveBlog, live),
    metaProblems: problems.length ? problems : undefined,
  };
  for (const k of Object.keys(m) as (keyof PageFields)[]) if (m[k] === undefined) delete m[k];
  const declaresArticle = !!ld?.isArticle || !!m.published || /article/i.test(metaContent(doc, 'meta[property="og:type"]') ?? '');
  return { ...m, ...(locale ? { locale } : {}), declaresArticle };
}

/** Updates counted from the LiveBlogPosting metadata when it lists them, else from the page's entries. */
function liveBlogSummary(ld: LdLiveBlog | undefined, live: LiveEntries | null): LiveBlogSummary | undefined {
  if (!ld && !live) return undefined;
  const times = ld?.times.length ? ld.times : (live?.entries.map((e) => e.time) ?? []);
  const count = ld?.count || live?.entries.length || 0;
  return { count, ...(timeSpan(times) ?? {}), source: ld ? 'json-ld' : 'html' };
}

/** A whole page: metadata, then the main text by Readability (or the body minus chrome). */
export function extractHtmlPage(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  let text = '';
  let byline: string | undefined;
  let readTitle: string | undefined;
  let method: HtmlExtract['method'] = 'readability';
  try {
    // Readability mutates the DOM, so it gets its own copy
    const parsed = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (parsed?.content) {
      text = nodeText(parseHTML(`<html><body>${parsed.content}</body></html>`).document as unknown as DomNode);
      text = restoreDroppedEntries(document as unknown as EntryNode, text, (n) => nodeText(n));
    }
    readTitle = parsed?.title?.trim() || undefined;
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
  // live-blog entries are known once the text is: their stamps date updates, not the page
  const live = liveEntries(document, text, (n) => nodeText(n as unknown as DomNode));
  const { locale, declaresArticle, ...meta } = pageMeta(document, live);
  if (!meta.title && readTitle) meta.title = readTitle;
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
