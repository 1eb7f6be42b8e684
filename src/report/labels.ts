// Short human labels for citations: "RFE/RL s9" (outlet, sentence number from 1).
import type { Citation } from '../brief/types.ts';
import type { Article } from '../types.ts';
import { unnamedSource } from '../brief/sources.ts';

export type ArticleLookup = Map<string, Pick<Article, 'id' | 'title' | 'outlet'> & Partial<Article>>;

export function outletOf(texts: ArticleLookup, id: string): string {
  const a = texts.get(id);
  return a?.outlet?.name || a?.outlet?.id || unnamedSource(id);
}

export function citeLabel(texts: ArticleLookup, c: Citation): string {
  return `${outletOf(texts, c.article_id)} s${c.sentence + 1}`;
}
