// Glue for `parallax ingest`: read inputs, extract articles, drop exact duplicates, mark near
// duplicates with their earliest copy, and store everything in batched transactions.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Article, Rejection } from '../types.ts';
import type { Store } from '../store/store.ts';
import { readInputs } from '../ingest/index.ts';
import type { Validators } from '../ingest/url.ts';
import { articleIdFor, extractArticle } from '../extract/index.ts';
import { outletKey, outletName } from '../brief/sources.ts';
import { loadRegistry } from '../extract/registry.ts';
import { declaredDay, NearDuplicateIndex, rerunDays } from '../extract/dedupe.ts';
import { followable, followLink } from './follow-links.ts';

export interface IngestOptions {
  allowPrivate?: boolean;
  registryFiles?: string[];
  onProgress?: (done: number) => void;
  /** Per-file size cap in bytes (default 20 MB). */
  maxBytes?: number;
  stdin?: Readable;
  /** Articles per transaction. */
  batchSize?: number;
  /** Feed items that carry only a teaser are read from the page they link to (follow-links.ts). */
  followLinks?: boolean;
  /** ETag/Last-Modified per URL from earlier rounds: unchanged URLs are not read again. */
  validators?: Validators;
}

export interface IngestResult {
  ingested: number; // articles stored by this run (near and syndicated copies included, marked duplicate_of)
  duplicates: number; // exact copies of stored content, not stored again
  nearDuplicates: number; // stored, but marked as a copy of an earlier article
  rejected: Rejection[];
  articleIds: string[];
  /** Stored articles in another language than English, by language code (analysis is English-only). */
  otherLanguages: Record<string, number>;
}

/** What "earliest" is judged by: the publication instant, else the day; storage order breaks ties. */
interface When {
  day: string | null;
  instant: string | null; // UTC ISO timestamp, only when the input gave a zone
}
const whenOf = (a: Pick<Article, 'published'>): When => {
  const day = declaredDay(a);
  return { day, instant: day && a.published?.timestamp?.endsWith('Z') ? a.published.timestamp : null };
};
/** True when `a` was published strictly before `b`; unknown or equal keeps the stored order. */
export function publishedBefore(a: When, b: When): boolean {
  if (a.instant && b.instant) return Date.parse(a.instant) < Date.parse(b.instant);
  return !!(a.day && b.day && a.day < b.day);
}

/** Both outlets known and different: the same text is a syndicated copy, not a re-run. */
function carriedByAnother(stored: Article, a: Article): boolean {
  const x = outletKey(stored);
  const y = outletKey(a);
  return !!x && !!y && x !== y;
}

/** A syndicated copy's id: the text's id made distinct by the outlet carrying it (stable across runs). */
function copyId(a: Article): string {
  return articleIdFor(createHash('sha1').update(`${a.content_hash}|${outletKey(a)}`).digest('hex'));
}

/**
 * The one-line tally both `ingest` and `analyze` print: near copies and exact copies carried by
 * another outlet are stored (with duplicate_of); the same text from the same outlet is not.
 */
export function tally(r: IngestResult): string {
  const n = r.nearDuplicates;
  const near = n ? ` (${n} near or syndicated ${n === 1 ? 'copy' : 'copies'} of earlier articles, marked duplicate_of)` : '';
  const langs = Object.entries(r.otherLanguages).sort((a, b) => b[1] - a[1]);
  const other = langs.reduce((sum, [, k]) => sum + k, 0);
  const foreign = other ? `; ${other} not in English (${langs.map(([l, k]) => `${l} ${k}`).join(', ')}): their analysis reads only known names, numbers and numeric dates` : '';
  return `ingested ${r.ingested}${near}, duplicates ${r.duplicates}, rejected ${r.rejected.length}${foreign}`;
}

export async function ingest(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const registry = loadRegistry(opts.registryFiles ?? []);
  const index = new NearDuplicateIndex();
  const when = new Map<string, When>();
  const members = new Map<string, Set<string>>(); // original -> its stored copies
  const addMember = (root: string, id: string) => {
    let s = members.get(root);
    if (!s) members.set(root, (s = new Set()));
    s.add(id);
  };
  for (const a of store.articles()) {
    if (a.minhash) index.add(a.id, a.minhash, a.duplicate_of);
    when.set(a.id, whenOf(a));
    if (a.duplicate_of) addMember(a.duplicate_of, a.id);
  }

  const result: IngestResult = { ingested: 0, duplicates: 0, nearDuplicates: 0, rejected: [], articleIds: [], otherLanguages: {} };
  let batch: Article[] = [];
  let done = 0;

  /** Makes `a` a stored copy of `original`: the earlier published of the two is the root. */
  const markCopy = (a: Article, original: string, note: { code: string; message: string }): void => {
    const root = index.root(original);
    const rootWhen = when.get(root) ?? { day: null, instant: null };
    a.warnings.push(note);
    if (publishedBefore(whenOf(a), rootWhen)) {
      // this copy was published earlier than the stored original: it becomes the original
      for (const id of [root, ...(members.get(root) ?? [])]) {
        const old = store.article(id);
        if (!old) continue;
        old.duplicate_of = a.id;
        store.updateArticle(old);
        index.setRoot(id, a.id);
        addMember(a.id, id);
      }
      members.delete(root);
    } else {
      a.duplicate_of = root;
      addMember(root, a.id);
    }
    result.nearDuplicates++;
  };

  const storeOne = (a: Article): void => {
    // the same text again: a re-run (not stored twice), unless another outlet carries it — a
    // syndicated copy is stored, marked duplicate_of, so coverage names every outlet that ran it
    const sameText = store.hasArticle(a.id) ? a.id : store.findByContentHash(a.content_hash);
    if (sameText) {
      const stored = store.article(sameText);
      if (stored && stored.content_hash !== a.content_hash) {
        result.rejected.push({ input: a.input, reason: `id "${a.id}" is already stored with different content` });
        return;
      }
      if (!stored || !carriedByAnother(stored, a)) {
        result.duplicates++;
        return;
      }
      if (a.id === stored.id) {
        // the id came from the text: the copy gets its own (a re-run of the copy finds it stored)
        const copy = copyId(a);
        if (store.hasArticle(copy)) {
          result.duplicates++;
          return;
        }
        a.id = copy;
      }
      markCopy(a, stored.id, { code: 'syndicated-copy', message: `exact copy of ${stored.id} (${outletName(stored)}), carried by ${outletName(a)}` });
    } else {
      const near = a.minhash ? index.query(a.minhash) : null;
      // a near copy declared days apart is a reused template (next month's rate decision), not a re-run
      if (near && rerunDays(declaredDay(a), when.get(near.id)?.day ?? null)) markCopy(a, near.id, { code: 'near-duplicate', message: `near copy (estimated ${Math.round(near.similarity * 100)}% shingle overlap) of ${near.id}` });
    }
    store.insertArticle(a);
    if (a.minhash) index.add(a.id, a.minhash, a.duplicate_of);
    when.set(a.id, whenOf(a));
    result.ingested++;
    result.articleIds.push(a.id);
    if (a.language && a.language !== 'en') result.otherLanguages[a.language] = (result.otherLanguages[a.language] ?? 0) + 1;
  };

  const flush = (): void => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    store.transaction(() => {
      for (const a of items) storeOne(a);
    });
  };

  const size = opts.batchSize ?? 500;
  for await (const r of readInputs(inputs, { allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes, stdin: opts.stdin, validators: opts.validators })) {
    done++;
    if ('rejection' in r) result.rejected.push(r.rejection);
    else {
      let x: ReturnType<typeof extractArticle>;
      try {
        x = opts.followLinks && followable(r.doc) ? await followLink(r.doc, registry, { allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes }) : extractArticle(r.doc, registry);
      } catch (e) {
        x = { rejection: { input: r.doc.input, reason: `extraction failed: ${(e as Error).message}` } };
      }
      if ('rejection' in x) result.rejected.push(x.rejection);
      else batch.push(x.article);
      if (batch.length >= size) flush();
    }
    opts.onProgress?.(done);
  }
  flush();
  return result;
}
