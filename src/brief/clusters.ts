// `summarize --clusters`: one cluster per JSON line, {cluster_id, articles:[{id?, title, text,
// outlet?}]}. Articles are taken as given (offsets point into the `text` supplied), analysed,
// and summarised as one event.
import { createHash } from 'node:crypto';
import type { AnalyzedArticle, Article, ArticleWithAnalysis } from '../types.ts';

export interface ClusterInput {
  cluster_id: string;
  items: ArticleWithAnalysis[];
}

export class ClusterLineError extends Error {}

function str(x: unknown): string | null {
  return typeof x === 'string' ? x : null;
}

/** Parses one line; throws ClusterLineError with a reason a person can act on. */
export function parseCluster(line: string, lineNo: number, analyze: (a: Article) => AnalyzedArticle): ClusterInput {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    throw new ClusterLineError(`line ${lineNo}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new ClusterLineError(`line ${lineNo}: expected a JSON object`);
  const o = obj as Record<string, unknown>;
  const id = o.cluster_id ?? o.id;
  const cluster_id = typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${lineNo}`;
  if (!Array.isArray(o.articles) || o.articles.length === 0) throw new ClusterLineError(`line ${lineNo}: "articles" must be a non-empty array`);
  const items: ArticleWithAnalysis[] = [];
  o.articles.forEach((raw: unknown, k: number) => {
    if (!raw || typeof raw !== 'object') throw new ClusterLineError(`line ${lineNo}: articles[${k}] is not an object`);
    const a = raw as Record<string, unknown>;
    const text = str(a.text) ?? '';
    const title = str(a.title) ?? '';
    if (!text.trim()) return; // nothing to cite; the others still make a summary
    const outlet = str(a.outlet);
    const article: Article = {
      id: str(a.id) ?? (typeof a.id === 'number' ? String(a.id) : `${cluster_id}-${k + 1}`),
      input: `cluster ${cluster_id} article ${k + 1}`,
      title,
      text,
      url: str(a.url),
      outlet: outlet ? { name: outlet, id: null, evidence: [] } : { name: `source ${k + 1}`, id: null, evidence: [] },
      published: null,
      language: str(a.language),
      duplicate_of: null,
      content_hash: createHash('sha1').update(text).digest('hex'),
      warnings: [],
    };
    items.push({ article, analysis: analyze(article) });
  });
  if (!items.length) throw new ClusterLineError(`line ${lineNo}: no article has a non-empty "text"`);
  return { cluster_id, items };
}
