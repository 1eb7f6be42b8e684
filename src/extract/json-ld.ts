// What a page's JSON-LD says about the page. Pages carry several <script type="application/ld+json">
// blocks, often one Yoast-style "@graph" of nodes tied together by "@id" references (WebSite,
// WebPage, Article, Person, ImageObject, BreadcrumbList...). The story's dates may sit on the
// Article node, or only on the WebPage node it is part of; the Article node is preferred, the
// WebPage node fills what it lacks. A broken block is repaired when the damage is the usual kind
// (raw line breaks in strings, trailing commas, comment wrappers), else skipped with a note.

export type LdNode = Record<string, unknown>;

export interface LdLiveBlog {
  /** When coverage started: the earliest of coverageStartTime and datePublished, as written. */
  start?: string;
  startFrom?: string;
  /** Number of liveBlogUpdate entries and the publication date string of each that has one. */
  count: number;
  times: string[];
}

export interface LdPage {
  headline?: string;
  datePublished?: string;
  /** Which node and property the date came from, for the evidence note. */
  datePublishedFrom?: string;
  dateModified?: string;
  author?: string;
  publisher?: string;
  url?: string;
  language?: string;
  /** True when an article node (NewsArticle, BlogPosting, ...) was found, not only a WebPage. */
  isArticle: boolean;
  liveBlog?: LdLiveBlog;
}

export interface LdRead {
  page: LdPage | null;
  /** One line per block that could not be read. */
  problems: string[];
}

const ARTICLE = /(Article|BlogPosting|ReportageNews)$/;
const LIVE = /^LiveBlogPosting$/;
// pages about one thing; a CollectionPage or SearchResultsPage dates a list, not a story
const WEBPAGE = /^(\w*WebPage|ItemPage|AboutPage|QAPage|FAQPage)$/;
const WEBSITE = /^WebSite$/;
// properties under which article-typed nodes are other stories or parts, not the page's story
const NOT_THE_STORY = new Set(['liveBlogUpdate', 'itemListElement', 'hasPart', 'relatedLink', 'citation', 'isBasedOn', 'about', 'mentions', 'review', 'comment', 'subjectOf', 'workExample', 'significantLink']);

// the next non-space character after a comma, found in place (no copy of the rest of the text per comma)
const NON_SPACE = /\S/g;

/**
 * Fixes the usual damage CMS templates do to JSON: control characters (raw line breaks, tabs) inside
 * strings, trailing commas, HTML comment or CDATA wrappers, a trailing semicolon, several objects
 * written one after another without an enclosing array, HTML-escaped quotes.
 */
export function repairJson(src: string): string {
  let s = src.trim()
    .replace(/^(?:\/\/\s*)?<!(?:--|\[CDATA\[)/, '')
    .replace(/(?:\/\/\s*)?(?:-->|\]\]>)$/, '')
    .trim()
    .replace(/;+$/, '');
  if (/^[{[]\s*&quot;/.test(s)) s = s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  let out = '';
  let inString = false;
  let depth = 0;
  let values = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c < ' ') out += c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      else out += c;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === ',') {
      // a comma before a closing bracket is dropped
      NON_SPACE.lastIndex = i + 1;
      const next = NON_SPACE.exec(s);
      if (next && (next[0] === '}' || next[0] === ']')) continue;
    } else if (c === '{' || c === '[') {
      if (depth === 0 && values++ > 0) out += ',';
      depth++;
    } else if (c === '}' || c === ']') depth--;
    out += c;
  }
  return values > 1 ? `[${out}]` : out;
}

/** A parsed block, repaired if it has to be; throws when it cannot be read either way. */
function parseBlock(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch (e) {
    try {
      return JSON.parse(repairJson(src));
    } catch {
      throw e;
    }
  }
}

const typesOf = (o: LdNode): string[] =>
  ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
const isType = (o: LdNode | undefined, re: RegExp): boolean => !!o && typesOf(o).some((t) => re.test(t));

/** The first string of a value: "x", ["x", ...], {"@value": "x"}. */
function firstString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = firstString(x);
      if (s) return s;
    }
    return undefined;
  }
  if (v && typeof v === 'object' && '@value' in v) return firstString((v as LdNode)['@value']);
  return undefined;
}

/** A name from a string, a {name} object, an array of them, or an {"@id"} reference to a node elsewhere on the page. */
export function nameOf(v: unknown, ids: Map<string, LdNode> = new Map(), depth = 0): string | undefined {
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
}

interface Seen {
  node: LdNode;
  depth: number;
  via: string;
}

/** Every node of every block in document order, with how deep it sits and under which property. */
function collect(blocks: unknown[]): { nodes: Seen[]; ids: Map<string, LdNode>; parts: Set<string> } {
  const nodes: Seen[] = [];
  const ids = new Map<string, LdNode>();
  // ids referred to as entries or parts ({"liveBlogUpdate": [{"@id": ...}]}): graph members that are not the story
  const parts = new Set<string>();
  const walk = (v: unknown, depth: number, via: string): void => {
    if (depth > 8) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth, via);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as LdNode;
    const id = typeof o['@id'] === 'string' ? o['@id'] : undefined;
    if (id && NOT_THE_STORY.has(via)) parts.add(id);
    if (Object.keys(o).length > 1) {
      nodes.push({ node: o, depth, via });
      // the same node described twice (two blocks, or a graph node and an inline copy): the first description of each property wins
      if (id) ids.set(id, { ...o, ...(ids.get(id) ?? {}) });
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === '@graph') walk(x, depth, via);
      else if (x && typeof x === 'object' && k !== '@context') walk(x, depth + 1, k);
    }
  };
  for (const b of blocks) walk(b, 0, '');
  return { nodes, ids, parts };
}

export function readJsonLd(sources: string[]): LdRead {
  const blocks: unknown[] = [];
  const problems: string[] = [];
  sources.forEach((src, i) => {
    if (!src.trim()) return;
    try {
      blocks.push(parseBlock(src));
    } catch (e) {
      problems.push(`JSON-LD block ${i + 1} of ${sources.length} is not valid JSON (${(e as Error).message.slice(0, 80)}); skipped, the other blocks were read`);
    }
  });
  const { nodes, ids, parts } = collect(blocks);
  const resolve = (v: unknown): LdNode | undefined => {
    const o = Array.isArray(v) ? v.find((x) => x && typeof x === 'object') : v;
    if (typeof o === 'string') return ids.get(o);
    if (!o || typeof o !== 'object') return undefined;
    const id = (o as LdNode)['@id'];
    return typeof id === 'string' && ids.has(id) ? { ...ids.get(id), ...(o as LdNode) } : (o as LdNode);
  };
  const idOf = (v: unknown): string | undefined => {
    const o = Array.isArray(v) ? v[0] : v;
    return typeof o === 'string' ? o : o && typeof o === 'object' && typeof (o as LdNode)['@id'] === 'string' ? ((o as LdNode)['@id'] as string) : undefined;
  };

  // the story: an article node that is not an entry, a part or a list item of something else;
  // a WebPage naming it as mainEntity settles a choice between several
  const articles = nodes.filter((s) => isType(s.node, ARTICLE) && !NOT_THE_STORY.has(s.via) && !parts.has(idOf(s.node) ?? ''));
  const webpages = nodes.filter((s) => isType(s.node, WEBPAGE));
  const mainIds = new Set(webpages.map((s) => idOf(s.node.mainEntity)).filter(Boolean));
  const ranked = [...articles].sort(
    (a, b) => +!mainIds.has(idOf(a.node)) - +!mainIds.has(idOf(b.node)) || a.depth - b.depth,
  );
  const article = ranked[0] ? resolve(ranked[0].node) : undefined;

  // the page: what the article says it is part of or the main entity of, else a WebPage naming it, else the only WebPage
  let webpage: LdNode | undefined;
  for (const ref of [article?.isPartOf, article?.mainEntityOfPage]) {
    const n = ref !== undefined ? resolve(ref) : undefined;
    if (isType(n, WEBPAGE)) {
      webpage = n;
      break;
    }
  }
  const aid = article && idOf(article);
  webpage ??= webpages.find((s) => aid && idOf(s.node.mainEntity) === aid)?.node;
  const pages = webpages.filter((s) => !NOT_THE_STORY.has(s.via));
  if (!webpage && pages.length === 1) webpage = resolve(pages[0]!.node);
  const website = [webpage?.isPartOf, article?.isPartOf].map((r) => (r !== undefined ? resolve(r) : undefined)).find((n) => isType(n, WEBSITE)) ?? nodes.find((s) => isType(s.node, WEBSITE))?.node;

  if (!article && !webpage) return { page: null, problems };
  const own = [article, webpage].filter((n): n is LdNode => !!n);
  const pick = (f: (n: LdNode) => string | undefined): string | undefined => {
    for (const n of own) {
      const v = f(n);
      if (v) return v;
    }
    return undefined;
  };
  const label = (n: LdNode): string => typesOf(n)[0] ?? 'node';

  const page: LdPage = { isArticle: !!article };
  page.headline = pick((n) => nameOf(n.headline) ?? nameOf(n.name));
  for (const n of own) {
    const prop = firstString(n.datePublished) ? 'datePublished' : firstString(n.dateCreated) ? 'dateCreated' : null;
    if (prop) {
      page.datePublished = firstString(n[prop]);
      page.datePublishedFrom = `JSON-LD ${label(n)} ${prop}`;
      break;
    }
  }
  page.dateModified = pick((n) => firstString(n.dateModified));
  page.author = pick((n) => nameOf(n.author, ids));
  page.publisher = pick((n) => nameOf(n.publisher, ids)) ?? (website && nameOf(website.publisher, ids));
  page.url = pick((n) => firstString(n.url) ?? idOf(n.mainEntityOfPage) ?? firstString((resolve(n.mainEntityOfPage) ?? {}).url));
  if (!page.url && webpage) {
    const id = idOf(webpage);
    if (id && /^https?:\/\//.test(id)) page.url = id.replace(/#.*$/, '');
  }
  page.language = pick((n) => firstString(n.inLanguage)) ?? (website && firstString(website.inLanguage));

  if (article && isType(article, LIVE)) {
    const updates = ([] as unknown[]).concat(article.liveBlogUpdate ?? []).map(resolve).filter((n): n is LdNode => !!n);
    const times = updates.map((u) => firstString(u.datePublished) ?? firstString(u.dateCreated)).filter((t): t is string => !!t);
    const starts = (['coverageStartTime', 'datePublished'] as const).map((p) => ({ p, v: firstString(article[p]) })).filter((x): x is { p: 'coverageStartTime' | 'datePublished'; v: string } => !!x.v);
    // a live blog is published when coverage starts; a later datePublished is the page re-stamped on an update
    const first = starts.reduce<(typeof starts)[number] | undefined>((best, x) => (!best || instantKey(x.v) < instantKey(best.v) ? x : best), undefined);
    page.liveBlog = { count: updates.length, times, ...(first ? { start: first.v, startFrom: `JSON-LD LiveBlogPosting ${first.p}` } : {}) };
  }
  for (const k of Object.keys(page) as (keyof LdPage)[]) if (page[k] === undefined) delete page[k];
  return { page, problems };
}

/**
 * A sortable number for a date string (ms since 1970, UTC when the string gives a zone, the wall
 * clock read as UTC when it does not); NaN when it is not an ISO-like date.
 */
export function instantKey(s: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(s.trim());
  if (!m) return NaN;
  const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2').replace(/^([+-]\d{2})$/, '$1:00')) : 'Z';
  return Date.parse(`${m[1]}T${(m[2] ?? '00:00').replace(',', '.')}${zone}`);
}
