// Outlet profiles: each outlet across all the events it covers — which events (and which only it
// reports), how often other outlets confirm what it says, which side of each conflict it takes,
// which loaded words it uses in its own voice and which it only quotes, its hedges, and whom it
// quotes. Built from the events' briefs alone, so every count points back to cited sentences
// (examples carry citations) and to the events where the briefs show them in full.
import type { Brief, Citation, FactStatus } from '../brief/types.ts';
import type { Ownership } from '../types.ts';
import { count } from '../util/count.ts';
import { lexicon } from '../lexicon/framing.ts';
import { unnamedSource } from '../brief/sources.ts';

/** How many citations an aggregate keeps as examples (the event briefs hold them all). */
const EXAMPLES = 3;

export interface TermTally {
  term: string;
  /** The plain alternative of its group ("government", "killed"). */
  neutral: boolean;
  count: number;
  events: string[];
  examples: Citation[];
}

export interface OutletFramingProfile {
  group: string;
  label: string;
  /** Words the outlet uses in its own voice, most used first. */
  own: TermTally[];
  /** Words it only carries inside quotes or attributes to others. */
  attributed: TermTally[];
}

export interface OutletConflictSide {
  event_id: string;
  conflict_id: string;
  kind: string;
  measure: string;
  /** The value this outlet reports. */
  value: string;
  /** What the other side(s) report. */
  against: string[];
  citations: Citation[];
}

export interface OutletProfile {
  outlet: string;
  id: string | null;
  country: string | null;
  ownership: Ownership;
  articles: number;
  events: { event_id: string; title: string; date: string; sole_source: boolean }[];
  /** False when no outlet name was found for its article (it is named "article <id>"). */
  identified: boolean;
  /**
   * Its statements in events that other outlets cover too, by what the others do with them (in
   * an event only it covers, every statement is single-source by definition, so those are left out).
   */
  facts: Record<FactStatus, number>;
  /** Share of those statements another outlet corroborates (null when it has none). */
  corroborated_share: number | null;
  conflicts: OutletConflictSide[];
  framing: OutletFramingProfile[];
  hedges: { count: number; words: Record<string, number>; examples: Citation[] };
  scare_quotes: { count: number; examples: Citation[] };
  /** Sentences only this outlet gives (no other source aligns with them). */
  unique_context: number;
  /** Quotes it carries, by speaker (most quoted first). */
  quotes: { speaker: string; count: number }[];
}

export interface ProfiledEvent {
  id: string;
  title: string;
  date: { label: string } | null;
  brief?: Brief;
}

interface Draft {
  p: OutletProfile;
  articleIds: Set<string>;
  terms: Map<string, { label: string; own: Map<string, TermTally>; attributed: Map<string, TermTally> }>;
  speakers: Map<string, number>;
}

const sameSentence = (a: Citation, b: Citation) => a.article_id === b.article_id && a.sentence === b.sentence;

/** Keeps up to EXAMPLES citations, one per sentence. */
function example(into: Citation[], c: Citation): void {
  if (into.length < EXAMPLES && !into.some((x) => sameSentence(x, c))) into.push(c);
}

function tally(into: Map<string, TermTally>, term: string, neutral: boolean, eventId: string, c: Citation): void {
  let t = into.get(term);
  if (!t) into.set(term, (t = { term, neutral, count: 0, events: [], examples: [] }));
  t.count++;
  if (!t.events.includes(eventId)) t.events.push(eventId);
  example(t.examples, c);
}

/** The examples of several tallies, one per sentence. */
export function examplesOf(ts: TermTally[]): Citation[] {
  const out: Citation[] = [];
  for (const t of ts) for (const c of t.examples) example(out, c);
  return out;
}

/** A group worth showing in a profile: the outlet uses (or quotes) one of its loaded words. */
export function isLoaded(f: OutletFramingProfile): boolean {
  return [...f.own, ...f.attributed].some((t) => !t.neutral);
}

const byCount = (a: { count: number; term?: string }, b: { count: number; term?: string }) => b.count - a.count || (a.term ?? '').localeCompare(b.term ?? '');

/** One profile per outlet named in the briefs' coverage, most events first. */
export function outletProfiles(events: ProfiledEvent[]): OutletProfile[] {
  const labels = new Map(lexicon().lex.groups.map((g) => [g.id, g.label]));
  const drafts = new Map<string, Draft>();
  const draft = (outlet: string): Draft => {
    let d = drafts.get(outlet);
    if (!d) {
      const p: OutletProfile = {
        outlet, id: null, country: null, ownership: 'unknown', articles: 0, events: [], identified: true,
        facts: { corroborated: 0, 'single-source': 0, contested: 0 }, corroborated_share: null, conflicts: [], framing: [],
        hedges: { count: 0, words: {}, examples: [] }, scare_quotes: { count: 0, examples: [] }, unique_context: 0, quotes: [],
      };
      drafts.set(outlet, (d = { p, articleIds: new Set(), terms: new Map(), speakers: new Map() }));
    }
    return d;
  };
  for (const e of events) {
    const b = e.brief;
    if (!b) continue;
    for (const o of b.coverage.outlets) {
      const d = draft(o.outlet);
      d.p.id ??= o.id;
      d.p.country ??= o.country;
      if (d.p.ownership === 'unknown') d.p.ownership = o.ownership;
      for (const id of o.article_ids) d.articleIds.add(id);
      d.p.events.push({ event_id: e.id, title: e.title, date: e.date?.label ?? 'date unknown', sole_source: b.coverage.independent_sources === 1 });
    }
    if (b.coverage.independent_sources > 1)
      for (const f of b.facts) for (const s of new Set(f.sources.map((x) => x.outlet))) draft(s).p.facts[f.status]++;
    for (const c of b.conflicts)
      for (const side of c.sides)
        for (const outlet of new Set(side.sources))
          draft(outlet).p.conflicts.push({
            event_id: e.id, conflict_id: c.id, kind: c.kind, measure: c.measure, value: side.text,
            against: c.sides.filter((x) => x !== side).map((x) => x.text), citations: side.citations,
          });
    for (const f of b.framing.outlets) {
      const d = draft(f.outlet);
      for (const t of f.terms) {
        let g = d.terms.get(t.group);
        if (!g) d.terms.set(t.group, (g = { label: labels.get(t.group) ?? t.group, own: new Map(), attributed: new Map() }));
        tally(t.voice === 'own' ? g.own : g.attributed, t.term, t.neutral, e.id, t.citation);
      }
      for (const h of f.hedges) {
        d.p.hedges.count++;
        d.p.hedges.words[h.word] = (d.p.hedges.words[h.word] ?? 0) + 1;
        example(d.p.hedges.examples, h.citation);
      }
      for (const s of f.scare_quotes) {
        d.p.scare_quotes.count++;
        example(d.p.scare_quotes.examples, s.citation);
      }
      d.p.unique_context += f.unique_context.length;
    }
    for (const sp of b.quotes)
      for (const g of sp.groups)
        for (const v of g.variants) {
          const d = draft(v.outlet);
          const who = sp.speaker_name ?? 'speaker not identified';
          d.speakers.set(who, (d.speakers.get(who) ?? 0) + 1);
        }
  }
  const out: OutletProfile[] = [];
  for (const d of drafts.values()) {
    const p = d.p;
    p.articles = d.articleIds.size;
    p.identified = ![...d.articleIds].some((id) => p.outlet === unnamedSource(id));
    const stated = p.facts.corroborated + p.facts['single-source'] + p.facts.contested;
    p.corroborated_share = stated ? +(p.facts.corroborated / stated).toFixed(3) : null;
    p.framing = [...d.terms.entries()]
      .map(([group, g]) => ({ group, label: g.label, own: [...g.own.values()].sort(byCount), attributed: [...g.attributed.values()].sort(byCount) }))
      .sort((a, b) => a.label.localeCompare(b.label));
    p.quotes = [...d.speakers].map(([speaker, count]) => ({ speaker, count })).sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
    out.push(p);
  }
  return out.sort((a, b) => Number(b.identified) - Number(a.identified) || b.events.length - a.events.length || b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

// ---------------------------------------------------------------- wording shared by md and html

/** "RU, state · 2 articles · 2 events (1 only here)". */
export function outletHeadline(p: OutletProfile): string {
  const only = p.events.filter((e) => e.sole_source).length;
  const where = `${p.country ?? 'country unknown'}, ${p.ownership}`;
  return `${where} · ${count(p.articles, 'article')} · ${count(p.events.length, 'event')}${only ? ` (${only} only here)` : ''}`;
}

/** "in events others cover too: 12 statements, 5 corroborated (42%), 7 single-source, 0 contested"; null when there are none. */
export function outletFactsLine(p: OutletProfile): string | null {
  const n = p.facts.corroborated + p.facts['single-source'] + p.facts.contested;
  if (!n) return null;
  const share = p.corroborated_share === null ? '' : ` (${Math.round(p.corroborated_share * 100)}% confirmed by another outlet)`;
  return `in events others cover too, ${count(n, 'statement')}: ${p.facts.corroborated} corroborated, ${p.facts['single-source']} single-source, ${p.facts.contested} contested${share}`;
}

/** "terrorists ×3, militants" (neutral alternatives marked). */
export function termList(ts: TermTally[]): string {
  return ts.map((t) => `${t.term}${t.neutral ? ' (neutral)' : ''}${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ') || '—';
}

/** "reportedly ×2, allegedly". */
export function hedgeList(p: OutletProfile): string {
  return Object.entries(p.hedges.words).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w, k]) => `${w}${k > 1 ? ` ×${k}` : ''}`).join(', ');
}

/** "Vladimir Putin 4, Bashar al-Assad 3". */
export function speakerList(p: OutletProfile, max = 5): string {
  return p.quotes.slice(0, max).map((q) => `${q.speaker} ${q.count}`).join(', ');
}

/** How many unnamed articles the line lists by id (the JSON holds them all). */
const UNNAMED_LISTED = 30;

/** One line for the articles no outlet name was found for (each its own source; listed, not profiled). */
export function unnamedLine(ps: OutletProfile[]): string {
  const ids = ps.flatMap((p) => p.events.map((e) => `${p.outlet.slice(unnamedSource('').length)} (${e.event_id})`));
  const shown = ids.slice(0, UNNAMED_LISTED).join(', ') + (ids.length > UNNAMED_LISTED ? `, and ${ids.length - UNNAMED_LISTED} more` : '');
  return `${count(ps.length, 'article')} with no outlet name, each counted as its own source: ${shown}`;
}
