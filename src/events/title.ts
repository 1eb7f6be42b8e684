// A readable event title: the most central article's title, else its first sentence.
import type { ArticleWithAnalysis } from '../types.ts';
import type { CoreEntities } from './core-entities.ts';

const MAX = 140;

export function eventTitle(central: ArticleWithAnalysis, core: CoreEntities): string {
  const t = (central.article.title ?? '').replace(/\s+/g, ' ').trim();
  if (t.length >= 12) return t.length > MAX ? t.slice(0, MAX - 1) + '…' : t;
  const s = central.analysis.sentences[0];
  const first = s ? central.article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
  if (first) return first.length > MAX ? first.slice(0, MAX - 1) + '…' : first;
  const names = [...core.persons, ...core.places].slice(0, 3).map((id) => core.names.get(id) ?? id);
  return names.length ? names.join(', ') : central.article.id;
}
