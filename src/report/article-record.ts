// One stored article as `parallax articles --json` and the HTTP API give it: every field a
// reader needs to check a citation (the text the offsets point into), outlet with its evidence.
import type { Article } from '../types.ts';

export function articleRecord(a: Article) {
  return {
    id: a.id,
    input: a.input,
    title: a.title,
    url: a.url,
    outlet: a.outlet ? { name: a.outlet.name, id: a.outlet.id, country: a.outlet.country ?? null, ownership: a.outlet.ownership ?? 'unknown', evidence: a.outlet.evidence } : null,
    published: a.published,
    modified: a.modified ?? null,
    language: a.language,
    author: a.author ?? null,
    duplicate_of: a.duplicate_of,
    content_hash: a.content_hash,
    text: a.text,
    warnings: a.warnings,
  };
}

/** An article's metadata for listings: everything but its text and its near-duplicate signature. */
export function articleMeta(a: Article): Omit<Article, 'text' | 'minhash'> {
  const { text: _text, minhash: _minhash, ...meta } = a;
  return meta;
}
