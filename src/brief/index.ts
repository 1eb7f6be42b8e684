// The brief of one event: summary, aligned facts, conflicts, quotes, framing, coverage —
// every statement cited to source sentences.
import type { ArticleWithAnalysis, Event } from '../types.ts';
import { alignUnits, groupOf, type UnitGroup } from './align.ts';
import { describeCoverage } from './coverage.ts';
import { embeddingError } from './embed.ts';
import { compareDates } from './dates.ts';
import { compareFigures } from './figures.ts';
import { disagreement } from './disagreements.ts';
import { comparePlaces } from './places.ts';
import { describeFraming } from './framing.ts';
import { groupQuotes } from './quotes.ts';
import { sampleForBrief } from './sample.ts';
import { embeddedUnits, similarity } from './similarity.ts';
import { summarize } from './summary.ts';
import type { Brief, BriefOptions, Conflict, Fact, SourceRef, SummarySentence } from './types.ts';
import { buildUnits, type EventText } from './units.ts';
import { bodyCite } from './body-cite.ts';

export type * from './types.ts';

/** Items in the event's article order (items not in the event are ignored when the event lists ids). */
export function eventItems(event: Event, items: ArticleWithAnalysis[]): ArticleWithAnalysis[] {
  if (!event.article_ids?.length) return items;
  const by = new Map(items.map((it) => [it.article.id, it]));
  const ordered = event.article_ids.map((id) => by.get(id)).filter((x): x is ArticleWithAnalysis => !!x);
  return ordered.length ? ordered : items;
}

function sourcesOf(g: UnitGroup): SourceRef[] {
  const m = new Map<string, SourceRef>();
  for (const u of g.units) {
    const s = m.get(u.source.key) ?? { source: u.source.key, outlet: u.source.name, article_ids: [] };
    if (!s.article_ids.includes(u.article_id)) s.article_ids.push(u.article_id);
    m.set(u.source.key, s);
  }
  return [...m.values()];
}

/**
 * A group is contested when the sentence it stands for carries a disputed value, or when its own
 * sentences sit on incompatible sides of one conflict. A sentence that also carries some other
 * disputed figure ("200 were detained and 14 injured" in a group about the injured) does not
 * make the whole group contested.
 */
function isContested(g: UnitGroup, conflicts: Conflict[], disagree: (i: number, j: number) => boolean): boolean {
  const rep = g.units[0]!;
  if (conflicts.some((c) => c.sides.some((s) => s.citations.some((x) => x.article_id === rep.article_id && x.sentence === rep.sentence)))) return true;
  return g.units.some((u) => g.units.some((v) => disagree(u.i, v.i)));
}

function factsOf(ev: EventText, groups: UnitGroup[], conflicts: Conflict[], disagree: (i: number, j: number) => boolean): Fact[] {
  const facts: Fact[] = [];
  for (const g of groups) {
    const sources = sourcesOf(g);
    const rep = g.units[0]!;
    if (g.units.length === 1 && (rep.words < 4 || !/\p{Ll}/u.test(rep.text))) continue;
    const contested = sources.length > 1 && isContested(g, conflicts, disagree);
    const status = contested ? 'contested' : sources.length >= 2 ? 'corroborated' : 'single-source';
    const citations = g.units.map(bodyCite);
    const first = citations[0]!;
    facts.push({
      id: '',
      text: rep.text.slice(first.start - rep.start, first.end - rep.start),
      status,
      sources,
      citations,
      signals: g.signals,
      score: Math.round(g.score * 1000) / 1000,
      note:
        status === 'corroborated'
          ? `reported by ${sources.length} independent outlets: ${sources.map((s) => s.outlet).join(', ')}`
          : status === 'contested'
            ? `outlets disagree on a figure or attribution here: ${sources.map((s) => s.outlet).join(', ')}`
            : `only ${sources[0]!.outlet} reports this`,
    });
  }
  const rank = { contested: 0, corroborated: 1, 'single-source': 2 } as const;
  const pos = (f: Fact) => Math.min(...f.citations.map((c) => ev.units.find((u) => u.article_id === c.article_id && u.sentence === c.sentence)?.position ?? 0));
  facts.sort((a, b) => rank[a.status] - rank[b.status] || b.sources.length - a.sources.length || pos(a) - pos(b));
  facts.forEach((f, k) => (f.id = `f${k + 1}`));
  return facts;
}

export async function buildBrief(event: Event, items: ArticleWithAnalysis[], opts: BriefOptions = {}): Promise<Brief> {
  const its = eventItems(event, items);
  const useEmb = opts.embed !== false;
  const sample = sampleForBrief(its, opts.maxSentences);
  const ev = buildUnits(sample.items);
  const sim = await similarity(ev, useEmb);
  const warnings: string[] = sample.note ? [sample.note] : [];
  if (useEmb && !sim.embedded && ev.units.length > 1) warnings.push(`sentence embeddings unavailable (${embeddingError() ?? 'unknown error'}); facts aligned by wording only`);
  const groups = alignUnits(ev, sim);
  const gi = groupOf(groups);
  const { figures, conflicts: figureConflicts } = compareFigures(ev, sim, gi, event.date);
  const { quotes, conflicts: quoteConflicts } = await groupQuotes(ev, groups, gi, useEmb && sim.embedded);
  const conflicts = [...figureConflicts, ...compareDates(ev, groups, gi), ...comparePlaces(ev, groups, gi), ...quoteConflicts];
  conflicts.forEach((c, k) => (c.id = `c${k + 1}`));
  // sentence pairs on clashing sides of a conflict: not echoes of each other in the summary, and
  // a fact holding such a pair is contested
  const disagree = disagreement(ev, conflicts);
  return {
    event_id: event.id,
    summary: summarize(ev, sim, opts.words ?? 80, { disagree, fill: !opts.wholeSentences }),
    facts: factsOf(ev, groups, conflicts, disagree),
    conflicts,
    quotes,
    framing: describeFraming(ev, groups),
    coverage: describeCoverage(its),
    figures,
    warnings,
  };
}

/** The sentence texts buildBrief embeds for an event, so a caller can embed many events ahead (embed-pool.ts). */
export function briefEmbeddingTexts(event: Event, items: ArticleWithAnalysis[], opts: BriefOptions = {}): string[] {
  const ev = buildUnits(sampleForBrief(eventItems(event, items), opts.maxSentences).items);
  return ev.units.length > 1 ? embeddedUnits(ev.units).map((u) => u.text) : [];
}

/** The summary of items taken as one event (for `parallax summarize`). */
export async function summarizeItems(items: ArticleWithAnalysis[], words = 80, opts: { embed?: boolean; wholeSentences?: boolean } = {}): Promise<SummarySentence[]> {
  const ev = buildUnits(sampleForBrief(items).items);
  const sim = await similarity(ev, opts.embed !== false);
  return summarize(ev, sim, words, { fill: !opts.wholeSentences });
}
