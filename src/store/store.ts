// One storage interface for every backend. SQLite (better-sqlite3) is the default.
import type { Article, AnalyzedArticle, Assignment, Event, Storyline } from '../types.ts';

export interface EventSet {
  events: Event[];
  storylines: Storyline[];
  assignments: Assignment[];
}

export interface Store {
  /** Runs fn in one transaction: all of it is stored or none of it. */
  transaction<T>(fn: () => T): T;

  /** Id of a stored article with this content hash, if any (exact-duplicate check). */
  findByContentHash(hash: string): string | null;
  /** True when an article with this id is stored. */
  hasArticle(id: string): boolean;
  insertArticle(article: Article): void;
  updateArticle(article: Article): void;
  article(id: string): Article | null;
  /** All stored articles in insertion order. */
  articles(): Article[];
  /** `limit` stored articles from `offset`, in insertion order (listings page through a large store). */
  articlesPage(offset: number, limit: number): Article[];
  articleCount(): number;
  /** Ids of all stored articles in insertion order (no article is read). */
  articleIds(): string[];

  putAnalysis(analysis: AnalyzedArticle): void;
  analysis(articleId: string): AnalyzedArticle | null;
  /** The analyzer version of every stored analysis, by article id (no analysis is read). */
  analysisVersions(): Map<string, number>;

  /** Replaces the whole event set (clustering is recomputed deterministically). */
  replaceEvents(set: EventSet): void;
  events(): EventSet;

  close(): void;
}
