// Analysis stage: Article -> AnalyzedArticle. Pure; every finding carries offsets into Article.text.
import type { Article, AnalyzedArticle, Warning } from '../types.ts';
import { splitSentences } from './text/sentences.ts';
import { findEntities } from './entities/find.ts';
import { loadGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { findTimes } from './times/find.ts';
import { dayFirstOfCountry } from './times/numeric.ts';
import { resolveTimes } from './times/resolve.ts';
import { findQuantities } from './quantities/find.ts';
import { findQuotes } from './quotes/find.ts';
import { inferArticleDate } from './dating/infer.ts';
import { textWarnings } from './text/warnings.ts';

// Bump when analysis output changes, so stored analyses are recomputed (history: git log of this line).
export const ANALYZER_VERSION = 27; // 27: parliament speakers are titles ("House Speaker X"); 26: institution heads ("the Federal Reserve"), "X and Y <org>" names, occupation words before names are roles, ranges (`range`), durations (units years/months/weeks/days/hours/minutes); 25: event kinds beyond the seeds (sector-word companies, outlet names, products, counted number-word openers, pence, glued units, basis points, magnitudes, changed nouns, straight single quotes, month-day datelines without an assumed start); 24: role appositives before a speech verb, "the head of X" bodies; 23: compound word numbers ("thirty-two"), "X of Y" affiliations; 22: "the airline X" is an organisation, "one year since" an offset; 21: "the two men who were arrested" counts; 20: "Mayor X of Y City" is a person and a place; 19: one-word organisations the language model knows, roles without a name are not people; 18: definite and partitive counts, outlet-country dollars, role-owner organisations, plural place names; 17: open-ended dates ("through 2015", "the 2014 Oscars") are not past references

export interface AnalyzeOptions {
  /** Gazetteer to use (default: data/gazetteer.json plus user aliases). */
  gazetteer?: Gazetteer;
  /** Path of a user aliases JSON file (default: env PARALLAX_ALIASES). */
  aliasesPath?: string;
  /** "Today" as YYYY-MM-DD: articles cannot be later (default: the clock). */
  today?: string;
}

export function analyzeArticle(article: Article, opts: AnalyzeOptions = {}): AnalyzedArticle {
  const text = typeof article.text === 'string' ? article.text : '';
  const warnings: Warning[] = textWarnings(text);
  const gaz = opts.gazetteer ?? loadGazetteer({ aliasesPath: opts.aliasesPath, warnings });
  const sentences = splitSentences(text, warnings);
  const entities = findEntities(text, sentences, gaz, { outlet: article.outlet?.name });
  const found = findTimes(text, sentences, warnings, { dayFirst: dayFirstOfCountry(article.outlet?.country) });
  const published = inferArticleDate({
    text,
    sentences,
    times: found,
    metadata: article.published ?? null,
    entities,
    gazetteer: gaz,
    today: opts.today,
    warnings,
  });
  const times = resolveTimes(found, published, text, sentences);
  const quantities = findQuantities(text, sentences, found, warnings, { country: article.outlet?.country });
  // The entity and speaker rules read English (capitalised openers, "said", titles): on another
  // language they invent people ("Die Reparatur"). Only names the gazetteer knows are kept there
  // (a name reads the same in any language); quotes need English speaker rules, so none.
  const english = !article.language || article.language === 'en';
  if (!english)
    warnings.push({
      code: 'analysis-english-only',
      message: `the text is in "${article.language}": only gazetteer names, numbers and numeric dates are read; people, organisations and quotes need English text`,
    });
  const quotes = english ? findQuotes(text, sentences, entities, warnings) : [];
  return {
    article_id: article.id,
    version: ANALYZER_VERSION,
    sentences,
    entities: english ? entities.list : entities.list.filter((e) => gaz.byId.has(e.id)),
    times,
    quantities,
    quotes,
    published,
    warnings,
  };
}

export type { Gazetteer } from './entities/gazetteer.ts';
export { loadGazetteer } from './entities/gazetteer.ts';
