// Figures reported by several outlets: the same measured thing (same unit, same thing
// counted, in sentences about the same fact) compared as intervals. Incompatible values
// are a conflict — unless one side is a running total or dated differently, which is context.
import type { Quantity } from '../types.ts';
import { shareGroup } from './align.ts';
import { compatible, normUnit } from './figures-norm.ts';
import type { Similarity } from './similarity.ts';
import { contentStems } from './tokens.ts';
import type { Conflict, ConflictSide, FigureGroup } from './types.ts';
import { cite, isProse, type EventText, type Unit } from './units.ts';

interface Fig {
  k: number;
  q: Quantity;
  unit: Unit;
  norm: string;
  measure: string[];
  display: string;
  cumulative: boolean;
  setting: { places: Set<string>; times: Set<string> };
}

// Words that make a figure a running total or a changing toll rather than a single report.
const CUMULATIVE =
  /\b(since|so far|to date|in total|overall|cumulative|altogether|as of|has risen|have risen|had risen|rose to|risen to|climbed to|increased to|has climbed|death toll has|have (?:since )?been killed|has (?:since )?been killed|have died|have (?:since )?been displaced)\b/i;

// Named settings: "near Brask", "in the Zarin Valley". Two figures tied to different named
// places (or different stated dates) count different incidents, not one disputed number.
const SETTING = /\b(?:in|near|at|around|outside|on|across|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function settingOf(ev: EventText, u: Unit): { places: Set<string>; times: Set<string> } {
  const places = new Set<string>();
  for (const m of u.text.matchAll(SETTING)) if (!CALENDAR.test(m[1]!)) places.add(m[1]!.toLowerCase());
  const times = new Set<string>();
  for (const t of ev.items[u.item]!.analysis.times) {
    if (t.start < u.start || t.end > u.end || t.symbolic?.relative) continue;
    const y = t.symbolic?.year ?? '';
    const mo = t.resolved?.month ?? t.symbolic?.month ?? '';
    const d = t.resolved?.day ?? t.symbolic?.day ?? '';
    if (y || mo) times.add(`${y}-${mo}-${d}`);
  }
  return { places, times };
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

const GENERIC = new Set(['people', 'person', 'peopl', 'total', 'number', 'some', 'least', 'than']);

function measureOf(q: Quantity, text: string, unitStart: number): string[] {
  const src = q.counts ?? text.slice(q.end - unitStart, q.end - unitStart + 40).split(/[,.;:()]/)[0] ?? '';
  return contentStems(src)
    .filter((w) => !GENERIC.has(w) && !/^\d/.test(w) && w !== '%')
    .slice(0, 3);
}

function yearLike(q: Quantity): boolean {
  return !q.unit && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 && !q.counts;
}

function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const B = new Set(b);
  const inter = a.filter((w) => B.has(w)).length;
  return inter / Math.min(a.length, b.length);
}

function sideKey(f: Fig): string {
  return `${f.q.qualifier ?? ''}|${f.q.value}|${f.norm}`;
}

function sidesOf(figs: Fig[]): ConflictSide[] {
  const by = new Map<string, ConflictSide>();
  for (const f of figs) {
    const key = sideKey(f);
    let s = by.get(key);
    if (!s) {
      s = { text: f.display, value: f.q.value, qualifier: f.q.qualifier, unit: f.q.unit, sources: [], citations: [] };
      by.set(key, s);
    }
    if (!s.sources.includes(f.unit.source.name)) s.sources.push(f.unit.source.name);
    if (!s.citations.some((c) => c.article_id === f.unit.article_id && c.sentence === f.unit.sentence)) s.citations.push(cite(f.unit));
  }
  return [...by.values()];
}

export function compareFigures(
  ev: EventText,
  sim: Similarity,
  groupIndex: Map<number, number[]>,
): { figures: FigureGroup[]; conflicts: Conflict[] } {
  const figs: Fig[] = [];
  for (const u of ev.units) {
    if (!isProse(u)) continue; // datelines and timestamps are not reports of a figure
    const text = ev.items[u.item]!.article.text;
    for (const q of u.quantities) {
      if (yearLike(q) || !Number.isFinite(q.value) || /^[ap]\.?m\.?$/i.test(q.unit ?? '')) continue;
      figs.push({
        k: figs.length,
        q,
        unit: u,
        norm: normUnit(q.unit),
        measure: measureOf(q, text.slice(u.start, u.end), u.start),
        display: text.slice(q.start, q.end),
        cumulative: CUMULATIVE.test(u.text),
        setting: settingOf(ev, u),
      });
    }
  }
  // union-find over comparable pairs from different sources
  const parent = figs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const a of figs)
    for (const b of figs) {
      if (b.k <= a.k || a.unit.source.key === b.unit.source.key || a.norm !== b.norm) continue;
      const sameFact = shareGroup(groupIndex, a.unit.i, b.unit.i);
      const ov = overlap(a.measure, b.measure);
      const onlyOne = (u: Unit, f: Fig) => u.quantities.filter((q) => normUnit(q.unit) === f.norm && !yearLike(q)).length === 1;
      const comparable =
        (sameFact && (ov > 0 || (onlyOne(a.unit, a) && onlyOne(b.unit, b) && a.norm !== ''))) ||
        (ov >= 0.5 && sim.plain[a.unit.i * sim.n + b.unit.i]! >= 0.3);
      if (comparable) parent[find(a.k)] = find(b.k);
    }
  const clusters = new Map<number, Fig[]>();
  for (const f of figs) {
    const r = find(f.k);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(f);
  }
  const figures: FigureGroup[] = [];
  const conflicts: Conflict[] = [];
  for (const list of clusters.values()) {
    const sources = new Set(list.map((f) => f.unit.source.key));
    if (sources.size < 2) continue;
    const measure = list.find((f) => f.q.counts)?.q.counts ?? list[0]!.measure.join(' ') ?? '';
    let clash = false;
    let contextOnly = true;
    for (const a of list)
      for (const b of list) {
        if (b.k <= a.k || a.unit.source.key === b.unit.source.key) continue;
        if (!compatible(a.q, b.q)) {
          clash = true;
          const elsewhere = disjoint(a.setting.places, b.setting.places) || disjoint(a.setting.times, b.setting.times);
          if (!(a.cumulative || b.cumulative || elsewhere)) contextOnly = false;
        }
      }
    const sides = sidesOf(list);
    if (!clash) {
      figures.push({ measure, verdict: 'agree', sides, note: 'the reported values are compatible (qualifiers and rounding allow all of them)' });
    } else if (contextOnly) {
      figures.push({
        measure,
        verdict: 'context',
        sides,
        note: 'values differ, but they are running totals or tied to different places or dates: context, not a conflict',
      });
    } else {
      figures.push({ measure, verdict: 'conflict', sides, note: 'incompatible values for the same measured thing' });
      conflicts.push({
        id: '',
        kind: 'quantity',
        measure,
        sides,
        note: `outlets report incompatible values for ${measure || 'the same figure'}`,
      });
    }
  }
  return { figures, conflicts };
}
