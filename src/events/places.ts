// Where an article's event happens. Countries and regions are mostly context ("Syrian
// President", "the war in Syria"); the event's place is the most specific place the article
// puts things *in/at* (a city, a site), favouring the lead. Place granularity comes from the
// gazetteer (data/gazetteer.json); places it does not know are taken as specific.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleWithAnalysis } from '../types.ts';
import { namedWithPlaceNoun } from '../lexicon/place-nouns.ts';

let kinds: Map<string, string> | null = null;

function placeKinds(): Map<string, string> {
  if (kinds) return kinds;
  kinds = new Map();
  try {
    const path = fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url));
    const data = JSON.parse(readFileSync(path, 'utf8')) as { entities?: Array<{ id: string; kind?: string }> };
    for (const e of data.entities ?? []) if (e.kind) kinds.set(e.id, e.kind);
  } catch {
    // No gazetteer: every place counts as specific.
  }
  return kinds;
}

/** Kind of a place in the gazetteer ("city", "country", "region"), or null when unknown. */
export function placeKind(id: string): string | null {
  return placeKinds().get(id) ?? null;
}

/** True for places that are usually context rather than the site of an event. */
export function isCoarsePlace(id: string): boolean {
  const k = placeKinds().get(id);
  return k === 'country' || k === 'region' || k === 'continent';
}

const LOCATIVE = /\b(?:in|at|into|near|outside|inside|visit(?:ed|s|ing)?|(?:trip|journey|travell?(?:ed|ing)?|flew|fly|came|went|arrived|returned)\s+(?:back\s+)?to|(?:city|town|village|resort|capital|port|province|region|district|suburb)s? of)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;
const LEAD = 3;

/**
 * True when the text names the place through a demonym ("Ostavian", "Velorians"): a place
 * with a people is a country or region, context rather than a site, even when no gazetteer
 * knows it.
 */
function hasDemonym(e: { name: string; mentions: Array<{ text: string }> }): boolean {
  const name = e.name.toLowerCase();
  const stem = name.replace(/[aeiouy]$/, '');
  if (stem.length < 3) return false;
  return e.mentions.some((m) => {
    const t = m.text.toLowerCase();
    return t !== name && t.startsWith(stem) && /^(?:i?ans?|ese|ish|is?|ians?|eans?|ers?)$/.test(t.slice(stem.length));
  });
}

/** True when `before` (a sentence up to a mention) leaves a quotation open. */
function insideQuote(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * Specific places of an article, best first, with whether it is the article's event place;
 * `typed`: places the gazetteer does not know that the text names with a place noun.
 */
export function eventPlaces(item: ArticleWithAnalysis): { event: string[]; all: string[]; typed: string[] } {
  const { article, analysis } = item;
  const scored: Array<{ id: string; score: number; loc: number }> = [];
  const typed: string[] = [];
  for (const e of analysis?.entities ?? []) {
    if (e.type !== 'place' || isCoarsePlace(e.id) || hasDemonym(e)) continue;
    let loc = 0;
    let lead = false;
    if (placeKind(e.id) === null && e.mentions.some((m) => namedWithPlaceNoun(article.text, m.start, m.end))) typed.push(e.id);
    for (const m of e.mentions) {
      const sent = analysis.sentences[m.sentence];
      const from = Math.max(sent ? sent.start : 0, m.start - 60);
      // Where a speaker's words put something is not where the reporter puts the event; the
      // lead says where the event happened, so a locative there counts twice.
      if (LOCATIVE.test(article.text.slice(from, m.start)) && !insideQuote(article.text.slice(sent ? sent.start : from, m.start))) loc += m.sentence < LEAD ? 2 : 1;
      if (m.sentence < LEAD) lead = true;
    }
    scored.push({ id: e.id, loc, score: loc + (lead ? 0.5 : 0) + 0.25 * Math.min(4, e.mentions.length) });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const top = scored[0];
  // A place the gazetteer does not know must be put in/at twice before it counts as the site:
  // unknown capitalised names typed as places are often people or titles.
  const sure = (s: { id: string; loc: number }) => s.loc > 0 && (placeKind(s.id) !== null || s.loc >= 2);
  const event = top && sure(top) ? scored.filter((s) => sure(s) && s.score >= 0.75 * top.score).map((s) => s.id) : [];
  return { event, all: scored.map((s) => s.id), typed };
}
