// RawDocument -> Article: main text, boilerplate removal, title, outlet, publication date,
// language, hashes for dedupe. Pure: the same document always gives the same article.
import type { Article, DatedValue, DocumentFields, Evidence, RawDocument, Rejection, Warning } from '../types.ts';
import { normalizeText, removeBoilerplate } from './boilerplate.ts';
import { contentHash, minhash, normalizeForHash } from './dedupe.ts';
import { extractHtmlPage, htmlFragmentText } from './html.ts';
import { clockTimestamp } from './clock.ts';
import { languageOf, languageWarning } from './language.ts';
import { detectOutlet } from './outlet.ts';
import { findDateline, parseDateString, parseTimestamp } from './published.ts';
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

function mainText(raw: RawDocument): { text: string; meta: DocumentFields; note?: Warning } {
  const isPage = (h: string) => /<(html|body|head)[\s>]/i.test(h.slice(0, 4096));
  if (raw.kind === 'html') {
    const r = extractHtmlPage(raw.body);
    return { text: r.text, meta: r.meta, note: r.method === 'body' ? { code: 'readability-fallback', message: 'no main article block found; used the page body without navigation, header and footer' } : undefined };
  }
  if (raw.fields.text?.trim()) return { text: raw.fields.text, meta: {} };
  if (raw.fields.html?.trim() || raw.kind === 'feed') {
    const html = raw.fields.html ?? raw.body;
    if (isPage(html)) {
      const r = extractHtmlPage(html);
      return { text: r.text, meta: r.meta };
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

/** Feed and export titles may carry markup or entities ("Mayor <em>resigns</em>", "Q&amp;A"): a title is plain text. */
function plainTitle(t: string): string {
  return /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(t) ? htmlFragmentText(t) : t;
}

export function extractArticle(raw: RawDocument, registry: OutletRegistry): { article: Article } | { rejection: Rejection } {
  const warnings: Warning[] = [...raw.warnings];
  const { text: rawText, meta, note } = mainText(raw);
  if (note) warnings.push(note);
  const clean = removeBoilerplate(normalizeText(rawText), registry);
  const text = clean.text;
  if (!hasLetters(text, MIN_LETTERS))
    return { rejection: { input: raw.input, reason: clean.removed.length ? 'no article text left after removing boilerplate' : 'no article text' } };
  for (const r of clean.removed)
    warnings.push({ code: 'boilerplate-removed', message: `removed (${r.rule}): ${r.text.length > 80 ? r.text.slice(0, 77) + '...' : r.text}`, line: r.line });

  const f = raw.fields;
  const firstLine = text.split('\n', 1)[0]!.trim();
  const url = f.url ?? meta.url ?? null;
  const siteNames = [f.outlet, meta.outlet, ...hostSiteNames(url ? hostOf(url) : null)];
  const title = stripSiteSuffix(plainTitle(f.title ?? meta.title ?? firstLine).replace(/\s+/g, ' ').trim(), registry, siteNames).slice(0, 500);

  const dateline = findDateline(text);
  const outlet = detectOutlet(
    { field: f.outlet ?? meta.outlet, fieldRule: f.outlet ? 'explicit-field' : 'page-metadata', url, clean, dateline, text, feedTitle: f.feed_title },
    registry,
  );

  let published: DatedValue | null = null;
  const declared = f.published ?? meta.published;
  if (declared) {
    const v = parseDateString(declared);
    if (v) {
      published = { ...v, evidence: [{ rule: f.published ? 'explicit-field' : 'page-metadata', text: declared, note: 'publication date declared by the input' }] };
      // "June 4, 2025 3:21 PM EDT" and other forms parseTimestamp does not know: the clock beside the date
      const ts = v.precision === 'day' ? parseTimestamp(declared) ?? (/^\d{4}-\d{2}-\d{2}/.test(declared.trim()) ? null : clockTimestamp(declared, v.start!)) : null;
      if (ts) published.timestamp = ts;
    }
    else warnings.push({ code: 'unparsed-date', message: `publication date "${declared}" not understood; ignored` });
  }
  const stamp = clean.stamps.find((x) => x.kind === 'published') ?? clean.stamps[0];
  const stampValue = stamp ? parseDateString(stamp.date) : null;
  if (!published && stamp && stampValue) {
    published = { ...stampValue, evidence: [{ rule: 'date-stamp', text: stamp.text, note: `date line (input line ${stamp.line}, removed from the text)` }] };
    // "Published: 2 May 2023, 16:40 GMT": the time of day on the line is kept beside the day
    const ts = stampValue.precision === 'day' && stampValue.start ? clockTimestamp(stamp.text, stampValue.start) : null;
    if (ts) published.timestamp = ts;
  }
  if (!published && dateline?.date) {
    const ev: Evidence = { rule: 'dateline', start: dateline.date.start, end: dateline.date.end, text: dateline.date.text, note: `dateline "${dateline.text}"` };
    published = { ...dateline.date.value, evidence: [ev] };
  }

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
    // an unsure guess of another language (a few words, mostly names) is no answer: the analysis
    // would skip its English rules on what may well be English
    language: language && (language.sure || language.code === 'en') ? language.code : null,
    author: f.author ?? meta.author ?? clean.byline ?? null,
    duplicate_of: null,
    content_hash,
    minhash: minhash(text, normalized),
    warnings,
  };
  return { article };
}
