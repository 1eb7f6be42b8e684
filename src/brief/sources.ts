// Independent sources: an outlet counts once however many of its articles (or copies of
// them syndicated elsewhere — Article.duplicate_of) are in the event.
import type { Article, ArticleWithAnalysis, Ownership } from '../types.ts';

export interface SourceInfo {
  key: string; // registry id, else lowercased outlet name, else the article id
  name: string;
  id: string | null;
  country: string | null;
  ownership: Ownership;
}

/** How an article with no outlet name is named as a source ("article a-1c1e…"). */
export const unnamedSource = (articleId: string): string => `article ${articleId}`;

export function outletName(a: Article): string {
  return a.outlet?.name?.trim() || a.outlet?.id || unnamedSource(a.id);
}

/** The outlet carrying an article, as a key: registry id, else lowercased name; null when unknown. */
export function outletKey(a: Article): string | null {
  if (a.outlet?.id) return `id:${a.outlet.id}`;
  if (a.outlet?.name?.trim()) return `name:${a.outlet.name.trim().toLowerCase()}`;
  return null;
}

function ownKey(a: Article): string {
  return outletKey(a) ?? `article:${a.id}`;
}

/** Source of every article id; copies take the source of the article they copy. */
export function sourceMap(items: ArticleWithAnalysis[]): Map<string, SourceInfo> {
  const byId = new Map(items.map((it) => [it.article.id, it.article]));
  const out = new Map<string, SourceInfo>();
  for (const { article } of items) {
    let root = article;
    const seen = new Set<string>([root.id]);
    while (root.duplicate_of && byId.has(root.duplicate_of) && !seen.has(root.duplicate_of)) {
      root = byId.get(root.duplicate_of)!;
      seen.add(root.id);
    }
    // A copy whose original is not in this event still counts once with the original's id.
    const key = root === article && article.duplicate_of ? `article:${article.duplicate_of}` : ownKey(root);
    out.set(article.id, {
      key,
      name: outletName(root),
      id: root.outlet?.id ?? null,
      country: root.outlet?.country ?? null,
      ownership: root.outlet?.ownership ?? 'unknown',
    });
  }
  return out;
}
