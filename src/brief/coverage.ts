// Who covers the event: outlets with country and ownership from the registry, and a flag
// when every outlet is of one ownership type or from one country (or there is one source).
import type { ArticleWithAnalysis, Ownership } from '../types.ts';
import { outletName, sourceMap } from './sources.ts';
import type { Coverage, CoverageFlag, CoverageOutlet } from './types.ts';

export function describeCoverage(items: ArticleWithAnalysis[]): Coverage {
  const sources = sourceMap(items);
  const byOutlet = new Map<string, CoverageOutlet>();
  for (const { article } of items) {
    const key = article.outlet?.id ?? outletName(article).toLowerCase();
    let o = byOutlet.get(key);
    if (!o) {
      o = {
        outlet: outletName(article),
        id: article.outlet?.id ?? null,
        country: article.outlet?.country ?? null,
        ownership: article.outlet?.ownership ?? 'unknown',
        article_ids: [],
      };
      byOutlet.set(key, o);
    }
    o.article_ids.push(article.id);
  }
  const outlets = [...byOutlet.values()];
  const countries = [...new Set(outlets.map((o) => o.country).filter((c): c is string => !!c))].sort();
  const ownership = [...new Set(outlets.map((o) => o.ownership))].sort() as Ownership[];
  const independent = new Set([...sources.values()].map((s) => s.key)).size;
  const flags: CoverageFlag[] = [];
  if (independent === 1) flags.push({ code: 'single-source', message: 'only one independent source covers this event' });
  const knownOwn = outlets.every((o) => o.ownership !== 'unknown');
  if (outlets.length > 0 && knownOwn && ownership.length === 1)
    flags.push({ code: 'single-ownership', message: `every outlet covering this event is ${ownership[0]}-owned` });
  const knownCountry = outlets.every((o) => o.country);
  if (outlets.length > 0 && knownCountry && countries.length === 1)
    flags.push({ code: 'single-country', message: `every outlet covering this event is from ${countries[0]}` });
  return { outlets, countries, ownership, independent_sources: independent, flags };
}
