// HTML -> text with paragraphs kept, plus the metadata a page declares about itself:
// <title>, og:*, article:published_time, JSON-LD NewsArticle, <html lang>, canonical URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentFields } from '../types.ts';

export interface HtmlExtract {
  text: string;
  meta: DocumentFields;
  /** Where the text came from: readability, or the whole body when readability found nothing. */
  method: 'readability' | 'body' | 'fragment';
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

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return undefined;
};

/** The first JSON-LD object whose @type is a kind of article. */
function jsonLdArticle(doc: Doc): LdArticle | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
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
            author: nameOf(r.author),
            publisher: nameOf(r.publisher),
            url: nameOf(r.url) ?? nameOf(r.mainEntityOfPage && (r.mainEntityOfPage as Record<string, unknown>)['@id']),
            language: nameOf(r.inLanguage),
          };
        }
      }
    }
  }
  return null;
}

function pageMeta(doc: Doc): DocumentFields {
  const ld = jsonLdArticle(doc);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metaContent(doc, 'meta[http-equiv="content-language" i]') || ld?.language || metaContent(doc, 'meta[property="og:locale"]');
  const titleEl = doc.querySelector('title')?.textContent?.trim();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const m: DocumentFields = {
    title: ld?.headline ?? metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]') ?? (titleEl || undefined),
    published:
      metaContent(doc, 'meta[property="article:published_time"]') ??
      ld?.datePublished ??
      metaContent(doc, 'meta[name="pubdate"]') ??
      metaContent(doc, 'meta[name="date"]') ??
      metaContent(doc, 'meta[name="dc.date" i]') ??
      (doc.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime')?.trim() || undefined),
    outlet: metaContent(doc, 'meta[property="og:site_name"]') ?? ld?.publisher,
    author: ld?.author ?? metaContent(doc, 'meta[name="author"]'),
    url: metaContent(doc, 'meta[property="og:url"]') ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined) ?? (ld?.url && /^https?:\/\//.test(ld.url) ? ld.url : undefined),
    language: lang ? lang.replace(/_/g, '-').split('-')[0]!.toLowerCase() : undefined,
  };
  for (const k of Object.keys(m) as (keyof DocumentFields)[]) if (m[k] === undefined) delete m[k];
  return m;
}

/** A whole page: metadata, then the main text by Readability (or the body minus chrome). */
export function extractHtmlPage(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  let text = '';
  let method: HtmlExtract['method'] = 'readability';
  try {
    // Readability mutates the DOM, so it gets its own copy
    const parsed = new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (parsed?.content) text = nodeText(parseHTML(`<html><body>${parsed.content}</body></html>`).document as unknown as DomNode);
    if (!meta.title && parsed?.title) meta.title = parsed.title.trim();
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
  return { text, meta, method };
}

/** An HTML fragment (feed item content, a JSON `html` field): just its text. */
export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return nodeText(document as unknown as DomNode);
}
