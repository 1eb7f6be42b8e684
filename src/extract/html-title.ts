// Headline choice between the page's declared title (JSON-LD, og:, twitter:, <title>) and its <h1>.
// Declared titles are often cut ("Flood waters rise in ... - Site") or generic ("Home", the site name);
// the article's <h1> then holds the full headline. A section-name or logo <h1> must never win.
import type { DocLike, El } from './dom-like.ts';
import { nameKey } from './registry.ts';

export interface PageH1s {
  /** The first <h1> of the article or main content (else the first one outside site chrome). */
  headline?: string;
  /** Texts of <h1>s that belong to the site chrome (logo, masthead): they name the site. */
  chrome: string[];
}

const LOGO = /\b(logo|brand|masthead|site-?(title|name|header|logo)|navbar)\b/i;
const CONTENT = new Set(['ARTICLE', 'MAIN']);
const OUTSIDE = new Set(['NAV', 'FOOTER', 'ASIDE']);
const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page's <h1>s, split into the content headline and the site-chrome ones. */
export function pageH1s(doc: DocLike): PageH1s {
  const out: PageH1s = { chrome: [] };
  let fallback: string | undefined;
  for (const node of doc.querySelectorAll('h1')) {
    const h = node as El;
    const text = oneLine(h.textContent);
    if (!text) continue;
    let chrome = false;
    let inContent = false;
    let inHeader = false;
    for (let p: El | null = h; p; p = p.parentElement) {
      const tag = p.tagName.toUpperCase();
      if (OUTSIDE.has(tag)) chrome = true;
      if (tag === 'HEADER') inHeader = true;
      if (CONTENT.has(tag) || p.getAttribute('role') === 'main' || p.getAttribute('itemprop') === 'articleBody') inContent = true;
      if (LOGO.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) chrome = true;
    }
    // a page header outside the article is the masthead; <article><header><h1> is the story's own header
    if (inHeader && !inContent) chrome = true;
    // an h1 that is just a link home is the logo
    const link = h.children.length === 1 ? h.children[0]! : null;
    if (link && link.tagName.toUpperCase() === 'A' && oneLine(link.textContent) === text && /^(\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? '')) chrome = true;
    if (chrome) {
      out.chrome.push(text);
      continue;
    }
    if (text.length > 300) continue;
    if (inContent && !out.headline) out.headline = text;
    fallback ??= text;
  }
  out.headline ??= fallback;
  return out;
}

/** Comparable form: case, width, quotes, dashes and spacing do not matter; "…" is "...". */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const GENERIC = new Set(['home', 'homepage', 'home page', 'front page', 'news', 'latest news', 'article', 'story', 'untitled', 'index', 'page']);
// " - Site", " | Site": the separators sites put between headline and name
const SEP = /\s+[-–—|·•]\s+/;
const ELLIPSIS = /\s*(\.{3}|…)$/;

/**
 * The headline to keep: `h1` when the declared `title` (less a site-name segment) is a prefix or
 * a truncation of it, or is generic (a site name alone, "Home", "News"); else `title`.
 */
export function preferH1(title: string | undefined, h1: PageH1s, siteNames: (string | null | undefined)[]): string | undefined {
  const head = h1.headline;
  if (!title || !head) return title;
  const sites = new Set([...siteNames, ...h1.chrome].filter((s): s is string => !!s).map(nameKey).filter((s) => s.length >= 3));
  const isSite = (s: string) => sites.has(nameKey(s));
  if (isSite(head)) return title;

  const parts = title.split(SEP);
  const candidates = [title];
  if (parts.length > 1) {
    candidates.push(parts.slice(0, -1).join(' - ')); // trailing segment: the site suffix, named or not
    if (isSite(parts[0]!)) candidates.push(parts.slice(1).join(' - '));
  }
  const h = norm(head);
  for (const c of candidates) {
    const cut = ELLIPSIS.test(c);
    const n = norm(c.replace(ELLIPSIS, ''));
    if (!n) continue;
    if (GENERIC.has(n.replace(/[^\p{L} ]/gu, '').trim()) || isSite(n)) {
      // a generic title: only a headline-sized h1 replaces it, not a one-word section name
      if (words(head) >= 4) return head;
      continue;
    }
    if (!h.startsWith(n)) continue;
    if (cut && n.length >= 10 && h.length > n.length) return head;
    // a plain prefix must end on a word boundary and be more than a word or two
    if (!cut && words(n) >= 3 && (h.length === n.length || !/[\p{L}\p{N}]/u.test(h[n.length]!))) return head;
  }
  return title;
}

/**
 * The site name a page's <title> carries after its headline ("Headline | Site", "Headline – Site"):
 * the trailing segment, when what precedes it is the article's <h1> and the segment is name-sized
 * and not a section word ("News", "Latest"). Null otherwise: a title whose rest is not the
 * headline may be "Headline - subtitle".
 */
export function titleSuffixSite(title: string | undefined, h1: PageH1s): string | null {
  const head = h1.headline;
  if (!title || !head) return null;
  const parts = title.split(SEP);
  if (parts.length < 2) return null;
  const site = parts[parts.length - 1]!.trim();
  const rest = norm(parts.slice(0, -1).join(' - ').replace(ELLIPSIS, ''));
  if (site.length < 3 || site.length > 60 || words(site) > 6 || GENERIC.has(norm(site)) || /^(?:latest|live|updates?|breaking)$/i.test(site)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(site) || /[.!?]$/.test(site)) return null;
  return rest.length >= 10 && norm(head).startsWith(rest) ? site : null;
}
