// Lead figures: the distinctive numbers an article's lead states (a quake's magnitude, a death
// toll, ships seized, a version, the year). Two events of one kind in one place with the same
// cast (two jewel heists in one city, two quakes near one town) share most of their words but
// not these figures. Keys: "fig:<unit>|<value>" for a lead figure, "@fig:<unit>|<value>" for
// every figure the text states (to tell whether one side names the other's figure).
import type { ArticleWithAnalysis } from '../types.ts';
import { isStopword, stem } from './tokens.ts';

/** Sentences that make an article's lead (as for lead people). */
const LEAD = 3;
/** How much two events whose leads state different figures for the same thing lower their score. */
export const FIGURE_CONFLICT = 0.25;
/** Relative tolerance within which two figures are the same (rounding, "more than 90%"). */
const TOLERANCE = 0.05;

/** Currencies are one unit: outlets convert (€80 million is about $100 million). */
const CURRENCY = /^(USD|EUR|GBP|JPY|CNY|INR|RUB|CHF|AUD|CAD|[A-Z]{3})$|[$€£¥]/;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** What a quantity counts, as a short key: its unit, else the first content word it counts, else "dec" for a bare decimal. */
function unitKey(q: { value: number; unit: string | null; counts: string | null; text: string }): string | null {
  if (q.unit) return CURRENCY.test(q.unit) ? 'money' : q.unit.toLowerCase();
  // A bare decimal is a measure (a magnitude, a version): outlets word what it measures differently.
  if (!Number.isInteger(q.value) || /\d\.\d/.test(q.text)) return 'dec';
  const word = (q.counts ?? '').toLowerCase().match(/\p{L}+/u)?.[0];
  if (word && !isStopword(word) && !MONTH_WORDS.has(word)) return stem(word);
  return null;
}

function key(unit: string, value: number): string {
  return `fig:${unit}|${Math.round(value * 1000) / 1000}`;
}

/** Figure keys of an article: those of its lead, and '@' + every figure it states. */
export function leadFigures(item: ArticleWithAnalysis): { event: string[]; all: string[] } {
  const event = new Set<string>();
  const all = new Set<string>();
  for (const q of item.analysis?.quantities ?? []) {
    if (!Number.isFinite(q.value)) continue;
    const unit = unitKey(q);
    if (!unit) continue;
    // Small counts without a unit ("two ships", "3 people") and bare years are not distinctive.
    if (!q.unit && Number.isInteger(q.value) && (q.value < 10 || (q.value >= 1800 && q.value < 2100 && /^\d{4}$/.test(q.text.trim())))) continue;
    const k = key(unit, q.value);
    all.add('@' + k);
    if (q.sentence < LEAD) event.add(k);
  }
  // The year the lead states most often (first on a tie): the year its event happened.
  const text = item.article.text ?? '';
  const sents = item.analysis?.sentences ?? [];
  const counts = new Map<string, number>();
  for (const m of text.matchAll(YEAR)) {
    all.add('@' + key('year', +m[1]!));
    const s = sents.findIndex((x) => m.index! < x.end);
    if (s >= 0 && s < LEAD) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)!) best = y;
  if (best) event.add(key('year', +best));
  return { event: [...event], all: [...all] };
}

function parse(k: string): { unit: string; value: number } {
  const bar = k.lastIndexOf('|');
  return { unit: k.slice(k.indexOf(':') + 1, bar), value: +k.slice(bar + 1) };
}

function same(unit: string, x: number, y: number): boolean {
  // Reports of one event straddle a new year ("the 2008-09 season", a December event told in January).
  if (unit === 'year') return Math.abs(x - y) <= 1;
  return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}

/** Share of a side's articles whose lead must state a unit's dominant figure for it to count. */
const MIN_SHARE = 0.25;

/** Per unit, the value most of a side's leads state and how many articles state it. */
function dominant(m: Map<string, number>): Map<string, { value: number; count: number }> {
  const out = new Map<string, { value: number; count: number }>();
  for (const [k, c] of m) {
    if (!k.startsWith('fig:')) continue;
    const f = parse(k);
    const d = out.get(f.unit);
    if (!d || c > d.count) out.set(f.unit, { value: f.value, count: c });
  }
  return out;
}

function leads(unit: string, m: Map<string, number>): number[] {
  const out: number[] = [];
  for (const k of m.keys()) {
    if (!k.startsWith('fig:')) continue;
    const f = parse(k);
    if (f.unit === unit) out.push(f.value);
  }
  return out;
}

/** Articles of a side that state a figure of this unit close to value anywhere in their text. */
function stating(unit: string, value: number, m: Map<string, number>): number {
  let best = 0;
  for (const [k, c] of m) {
    if (!k.startsWith('@fig:')) continue;
    const g = parse(k.slice(1));
    if (g.unit === unit && same(unit, value, g.value)) best = Math.max(best, c);
  }
  return best;
}

/**
 * Figure factor over two sides' anchor counts (key -> articles, n articles each): 1, or
 * 1 - FIGURE_CONFLICT when, for some unit, both sides' leads mostly state a figure (the dominant
 * one stated by at least MIN_SHARE of their articles), the two differ, no lead figure of one side
 * matches one of the other's, and neither side states the other's figure as often (a report
 * recalling the earlier event names it) — and no unit's dominant figures agree.
 */
export function figureFactor(a: Map<string, number>, na: number, b: Map<string, number>, nb: number): number {
  if (na < 1 || nb < 1) return 1;
  const da = dominant(a);
  if (!da.size) return 1;
  const db = dominant(b);
  let conflict = false;
  for (const [unit, x] of da) {
    const y = db.get(unit);
    if (!y || x.count / na < MIN_SHARE || y.count / nb < MIN_SHARE) continue;
    if (same(unit, x.value, y.value)) return 1;
    // Any lead figure of one side matching one of the other's: the same figure, just not the dominant one.
    if (leads(unit, a).some((v) => leads(unit, b).some((w) => same(unit, v, w)))) continue;
    if (stating(unit, x.value, b) / nb >= MIN_SHARE || stating(unit, y.value, a) / na >= MIN_SHARE) continue;
    conflict = true;
  }
  return conflict ? 1 - FIGURE_CONFLICT : 1;
}
