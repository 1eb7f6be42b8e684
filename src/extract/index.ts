// RawDocument -> Article: main text, boilerplate removal, title, outlet, publication date,
// language, hashes for dedupe. Pure: the same document always gives the same article.
import type { Article, DocumentFields, RawDocument, Rejection, Warning } from '../types.ts';
import { normalizeText, removeBoilerplate } from './boilerplate.ts';
import { contentHash, minhash, normalizeForHash } from './dedupe.ts';
import { extractHtmlPage, htmlFragmentText, type PageFields } from './html.ts';
import { languageOf, languageWarning } from './language.ts';
import { detectOutlet } from './outlet.ts';
import { findDateline, type Dateline } from './published.ts';
import { modifiedDate, publicationDate } from './publication-date.ts';
import { urlDate } from './url-date.ts';
import { hostOf, hostSiteNames, nameKey, type OutletRegistry } from './registry.ts';

export type { OutletRegistry } from './registry.ts';
export { loadRegistry } from './registry.ts';

const MIN_LETTERS = 20;

function hasLetters(text: string, min: number): boolean {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) if ((n += m[0].length) >= min) return true;
  return false;
}

/** Deterministic id from content: the same text gets the same id on every run. */
export const articleIdFor = (hash: string): string => `a-${hash.slice(0, 12)}`;

interface MainText {
  text: string;
  meta: PageFields;
  note?: Warning;
  locale?: string;
  byline?: string;
  notArticle?: string;
}

function mainText(raw: RawDocument): MainText {
  const isPage = (h: string) => /<(html|body|head)[\s>]/i.test(h.slice(0, 4096));
  if (raw.kind === 'html') {
    const r = extractHtmlPage(raw.body);
    const note: Warning | undefined = r.method === 'body' ? { code: 'readability-fallback', message: 'no main article block found; used the page body without navigation, header and footer' } : undefined;
    return { text: r.text, meta: r.meta, note, locale: r.locale, byline: r.byline, notArticle: r.notArticle?.reason };
  }
  if (raw.fields.text?.trim()) return { text: raw.fields.text, meta: {} };
  if (raw.fields.html?.trim() || raw.kind === 'feed') {
    const html = raw.fields.html ?? raw.body;
    if (isPage(html)) {
      const r = extractHtmlPage(html);
      return { text: r.text, meta: r.meta, locale: r.locale, byline: r.byline, notArticle: r.notArticle?.reason };
    }
    return { text: htmlFragmentText(html), meta: {} };
  }
  return { text: raw.body, meta: {} };
}

/**
 * "Headline - VPA News" / "Headline | Site": a page title's suffix naming a registry outlet, or the
 * site the input itself names (og:site_name, publisher, source field, URL host), is the site, not the headline.
 */
function stripSiteSuffix(title: string, registry: OutletRegistry, siteNames: (string | null | undefined)[]): string {
  const m = /^(.{12,}?)\s+[-–—|·•]\s+([^-–—|·•]{2,60})$/.exec(title);
  if (!m) return title;
  const k = nameKey(m[2]!);
  const named = k.length >= 3 && siteNames.some((n) => n && nameKey(n) === k);
  return named || registry.byLine(m[2]!) ? m[1]!.trim() : title;
}

/** The names in a byline Readability lifted out: "Talia Brenn, Business Correspondent" -> "Talia Brenn"; a date line is none. */
function bylineName(byline: string | undefined): string | null {
  const names = byline?.replace(/^by\s+/i, '').split(/\s*[,|·•]\s*|\s+[-–—]\s+/)[0]?.trim();
  return names && /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al|bin)){1,6}$/u.test(names) ? names : null;
}

/** Feed and export titles may carry markup or entities ("Mayor <em>resigns</em>", "Q&amp;A"): a title is plain text. */
function plainTitle(t: string): string {
  return /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(t) ? htmlFragmentText(t) : t;
}

/** Longest first line kept whole as a stand-in title; a longer one (a lead paragraph) gives its first sentence. */
const LEAD_TITLE_MAX = 160;

/**
 * The title of a text that declares none: its first line, without the dateline it opens with
 * ("Kessingen, 12.03.2024 — ") and, when that line is a whole lead paragraph, only its first sentence.
 */
function leadTitle(text: string, dateline: Dateline | null): string {
  let line = text.split('\n', 1)[0]!;
  if (dateline && dateline.start === 0 && dateline.end < line.length) line = line.slice(dateline.end).replace(/^[\s\-–—:.]+/, '');
  line = line.trim();
  if (line.length <= LEAD_TITLE_MAX) return line;
  // a sentence end, not an abbreviation ("Gen.", "U.S.")
  const first = /^(.{30,}?(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|Jr|Sr|Inc|Co|Corp))(?<![\s.]\p{Lu})[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(line);
  return first ? first[1]! : line;
}

export function extractArticle(raw: RawDocument, registry: OutletRegistry): { article: Article } | { rejection: Rejection } {
  const warnings: Warning[] = [...raw.warnings];
  const { text: rawText, meta, note, locale, byline, notArticle } = mainText(raw);
  if (notArticle) return { rejection: { input: raw.input, reason: notArticle } };
  if (note) warnings.push(note);
  const f = raw.fields;
  const url = f.url ?? meta.url ?? null;
  const siteNames = [f.outlet, meta.outlet, meta.titleSite, ...hostSiteNames(url ? hostOf(url) : null)];
  const headline = (t: string) => stripSiteSuffix(plainTitle(t).replace(/\s+/g, ' ').trim(), registry, siteNames).slice(0, 500);
  const declaredTitle = f.title ?? meta.title;
  // a page's headline is its <title>/<h1>, not part of the story: repeated above the text it goes
  const pageTitle = declaredTitle && (raw.kind === 'html' || f.html) ? headline(declaredTitle) : undefined;
  const clean = removeBoilerplate(normalizeText(rawText), registry, { bylines: [f.author, meta.author, byline], title: pageTitle });
  const text = clean.text;
  if (!hasLetters(text, MIN_LETTERS))
    return { rejection: { input: raw.input, reason: clean.removed.length ? 'no article text left after removing boilerplate' : 'no article text' } };
  for (const r of clean.removed)
    warnings.push({ code: 'boilerplate-removed', message: `removed (${r.rule}): ${r.text.length > 80 ? r.text.slice(0, 77) + '...' : r.text}`, line: r.line });
  const paywall = clean.removed.find((r) => r.rule === 'paywall');
  if (paywall) warnings.push({ code: 'paywall-truncated', message: 'the input shows a subscriber-only notice where the story continues; the article text is probably incomplete', line: paywall.line });

  const dateline = findDateline(text);
  const title = pageTitle ?? headline(declaredTitle ?? leadTitle(text, dateline));
  const outlet = detectOutlet(
    { field: f.outlet ?? meta.outlet, fieldRule: f.outlet ? 'explicit-field' : 'page-metadata', url, clean, dateline, text, feedTitle: f.feed_title, titleSite: meta.titleSite },
    registry,
  );

  const urlDay = urlDate(url);
  const published = publicationDate({ fields: f, meta, locale, clean, dateline, urlDay }, warnings);
  // the last change a page declares: kept beside the publication date, never instead of it
  const modified = modifiedDate({ fields: f, meta, locale });

  const language = languageOf(text, f.language ?? meta.language);
  const langNote = languageWarning(language);
  if (langNote) warnings.push(langNote);

  const normalized = normalizeForHash(text);
  const content_hash = contentHash(text, normalized);
  const article: Article = {
    id: f.id?.trim() || articleIdFor(content_hash),
    input: raw.input,
    title,
    text,
    url,
    outlet,
    published,
    ...(modified ? { modified } : {}),
    // an unsure guess of another language (a few words, mostly names) is no answer: the analysis
    // would skip its English rules on what may well be English
    language: language && (language.sure || language.code === 'en') ? language.code : null,
    author: f.author ?? meta.author ?? clean.byline ?? bylineName(byline) ?? null,
    duplicate_of: null,
    content_hash,
    minhash: minhash(text, normalized),
    warnings,
  };
  return { article };
}
