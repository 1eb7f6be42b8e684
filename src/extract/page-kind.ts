// Pages saved by mistake: an error page ("Page not found") or a front/section page listing other
// stories. Neither is an article; ingesting one would put a non-event, or several unrelated
// stories in one, into the clustering. Only pages that declare no article metadata are judged.
import type { DocLike, El } from './dom-like.ts';

const ERROR_TITLE = /^\s*(?:error\s*)?(?:404|410|403|not found)\b|\b(page not found|error 404|404 error|404 not found|410 gone|403 forbidden|access denied|page (?:is )?(?:no longer )?(?:available|unavailable)|can(?:no|['’])t find (?:that|the|this) page|page you (?:were looking for|requested)|(?:this|the) page (?:does not|doesn['’]t) exist)\b/i;
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface PageKind {
  kind: 'error' | 'listing';
  reason: string;
}

/**
 * `hasArticleMeta`: the page declares itself an article (og:type article, JSON-LD article,
 * article:published_time); such a page is never judged an error or listing page.
 */
export function pageKind(doc: DocLike, text: string, hasArticleMeta: boolean): PageKind | null {
  if (hasArticleMeta) return null;
  const textWords = words(text);
  // an error page: its title or first heading says so, and there is next to no text
  const heads = [oneLine(doc.querySelector('title')?.textContent), oneLine(doc.querySelector('h1')?.textContent)];
  const err = heads.find((h) => h && h.length < 120 && ERROR_TITLE.test(h));
  if (err && textWords < 80) return { kind: 'error', reason: `looks like an error page ("${err}"), not an article` };
  // a listing: three or more headings that are links to other pages, whose link texts and teasers make up the text
  const linked: string[] = [];
  for (const node of doc.querySelectorAll('h2, h3, h4')) {
    const h = node as El;
    let chrome = false;
    for (let p = h.parentElement; p && !chrome; p = p.parentElement) chrome = CHROME.has(p.tagName.toUpperCase());
    if (chrome) continue;
    const a = h.querySelector('a[href]');
    const t = oneLine(h.textContent);
    if (a && t && oneLine(a.textContent).length >= 0.8 * t.length && words(t) >= 3) linked.push(t);
  }
  if (linked.length < 3) return null;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const inText = lines.filter((l) => linked.includes(l)).length;
  // the longest paragraph of a real story is long; a teaser is a sentence or two
  const longest = Math.max(0, ...lines.map(words));
  if (inText >= 3 && inText * 3 >= lines.length && longest < 60)
    return { kind: 'listing', reason: `looks like a front or section page listing ${linked.length} stories, not one article` };
  return null;
}
