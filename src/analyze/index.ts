// Analysis stage: Article -> AnalyzedArticle. Pure; every finding carries offsets into Article.text.
import type { Article, AnalyzedArticle, Warning } from '../types.ts';
import { splitSentences } from './text/sentences.ts';
import { findEntities } from './entities/find.ts';
import { loadGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { findTimes } from './times/find.ts';
import { resolveTimes } from './times/resolve.ts';
import { findQuantities } from './quantities/find.ts';
import { findQuotes } from './quotes/find.ts';
import { inferArticleDate } from './dating/infer.ts';
import { textWarnings } from './text/warnings.ts';

/** Bump when analysis output changes, so stored analyses are recomputed. */
export const ANALYZER_VERSION = 14; // 14: a score or vote tally ("won 2-0", "voted 52-48") is one quantity, unit score/tally, both sides in `score`, no bare second number; 13: one list of place nouns shared with event clustering (adds parish, township, commune, borough; "the town of the X"); 12: a capitalised word before a lower-case role noun ("the Kelby coach") is the club/place of the article with that name or head word, else a place/organisation by the role; generic plurals or words written in lower case elsewhere opening a sentence ("Workers walked out") are not names; "a population of 1.2 million lives there" counts the population; a present-tense month-day up to four months after the new year is ahead in the next year; 11: offsets with no reference word ("a year earlier", "two days later", "the previous day", "the following week") count from the date named just before in the same or the previous sentence; a month-day in a present-tense sentence with no past marker, later in the year than the article date, is ahead ("Voters go to the polls on 4 June"); 10: articles not in English keep only gazetteer names and no quotes (warning analysis-english-only); 9: role nouns refer back to the one person the article gave that role before, after or in apposition to the name ("the spokesman", "Teller's spokesman"), a sentence-opening surname before "said" is a person, a verb after a bare count is not what is counted ("a crowd of 62,000" counts the crowd), cents/pence are money, "$2 a share" counts per share, "the Rovers" is the one organisation ending in that word, more company-sector words; 8: names after "the ministry in"/"officials at" are places, "World"/"Central"/"Northern" kept in organisation names, sports clubs ("X Rovers", "the X Falcons" in sports reports) are organisations, scheduled present tense ("meets on October 2") looks ahead; 4: unknown places typed by a lower-case place noun ("Tessaly province", "the town of Orvan"); 5: "$1.2bn"/"€300m" amounts, ‘single’ quotation marks, "X was quoted as saying" after a quote; 6: bare years 1600-2199 only, not clock times ("1300 GMT") or compounds ("1000-member"); 7: acronyms defined in parentheses, names with initials/particles, pronoun speakers by subject and agreement, appositive/transcript speakers, "late last year"/"over the weekend", "would" dates ahead, fractions, "1.2m", temperatures, scores not counts, "the chief executive" after an appositive role

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
  const entities = findEntities(text, sentences, gaz);
  const found = findTimes(text, sentences, warnings);
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
  const quantities = findQuantities(text, sentences, found, warnings);
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
