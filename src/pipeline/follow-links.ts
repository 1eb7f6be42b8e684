// `--follow-links`: a feed item that carries only a teaser (the reader's `summary-only` warning)
// is replaced by the story its link points to, when that page gives a clearly longer text. The
// feed's own fields (title, date, outlet, author) stay: they are what the publisher declared for
// the item. Whatever goes wrong with the page, the item is kept as it was, with a warning that says
// why (nothing the feed gave is lost).
import type { Article, RawDocument, Rejection, Warning } from '../types.ts';
import { readInputs } from '../ingest/index.ts';
import { extractArticle } from '../extract/index.ts';
import type { OutletRegistry } from '../extract/registry.ts';
import { wordCount } from '../brief/tokens.ts';

export interface FollowOptions {
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

type Extracted = { article: Article } | { rejection: Rejection };

/** The page is the story only when it says clearly more than the teaser. */
const LONGER_BY = 1.5;

/** True for a reader's document worth following: a teaser with a link. */
export function followable(doc: RawDocument): boolean {
  return doc.kind === 'feed' && !!doc.fields.url && doc.warnings.some((w) => w.code === 'summary-only');
}

/** The feed item as the story its link points to, or as it was with a warning saying why not. */
export async function followLink(doc: RawDocument, registry: OutletRegistry, opts: FollowOptions = {}): Promise<Extracted> {
  const url = doc.fields.url!;
  const teaser = extractArticle(doc, registry);
  const asIs = (w: Warning): Extracted => {
    if ('article' in teaser) teaser.article.warnings.push(w);
    return teaser;
  };
  let page: RawDocument | null = null;
  let failure = '';
  for await (const r of readInputs([url], { allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs })) {
    if ('rejection' in r) failure ||= r.rejection.reason;
    else if (!page && (r.doc.kind === 'html' || r.doc.kind === 'text')) page = r.doc;
  }
  if (!page) return asIs({ code: 'follow-failed', message: `could not read the linked story ${url}: ${failure || 'not an HTML page'}` });
  const { text: _t, html: _h, ...feedFields } = doc.fields;
  const merged: RawDocument = {
    input: doc.input,
    kind: page.kind,
    body: page.body,
    fields: { ...feedFields, url: page.fields.url ?? url },
    warnings: [...doc.warnings.filter((w) => w.code !== 'summary-only'), ...page.warnings],
  };
  let full: Extracted;
  try {
    full = extractArticle(merged, registry);
  } catch (e) {
    full = { rejection: { input: doc.input, reason: (e as Error).message } };
  }
  if ('rejection' in full) return asIs({ code: 'follow-failed', message: `the linked story ${url} has no article text: ${full.rejection.reason}` });
  const teaserWords = 'article' in teaser ? wordCount(teaser.article.text) : 0;
  const fullWords = wordCount(full.article.text);
  if (fullWords < teaserWords * LONGER_BY)
    return asIs({ code: 'follow-not-longer', message: `the linked story ${url} gives ${fullWords} words against the feed's ${teaserWords}: kept the feed's text` });
  full.article.warnings.push({ code: 'followed-link', message: `full text read from ${full.article.url ?? url} (the feed item had only a summary of ${teaserWords} words)` });
  return full;
}
