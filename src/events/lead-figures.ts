// Lead figures: the distinctive numbers an article's lead states (a quake's magnitude, a death
// toll, ships seized, a version, the year). Two events of one kind in one place with the same
// cast (two jewel heists in one city, two quakes near one town) share most of their words but
// not these figures. Keys: "fig:<unit>|<value>" for a lead figure, "@fig:<unit>|<value>" for
// every figure the text states (to tell whether one side names the other's figure).
import type { ArticleWithAnalysis } from '../types.ts';
import { isStopword, stem } from './tokens.ts';
import type { AnchorSide } from './anchors.ts';

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
  // A year well before the article's own date is history the lead recalls ("the 2014 floods",
  // "since records began in 1891"), not the year of the event it reports.
  const pub = (item.analysis?.published ?? item.article.published)?.start;
  const oldest = pub ? +pub.slice(0, 4) - 1 : -Infinity;
  let best: string | null = null;
  for (const [y, c] of counts) if (+y >= oldest && (best === null || c > counts.get(best)!)) best = y;
  if (best) event.add(key('year', +best));
  return { event: [...event], all: [...all] };
}

function parse(k: string): { unit: string; value: number } {
  let f = parsed.get(k);
  if (!f) {
    const bar = k.lastIndexOf('|');
    f = { unit: k.slice(k.indexOf(':') + 1, bar), value: +k.slice(bar + 1) };
    if (parsed.size > 100_000) parsed.clear(); // bounded: keys repeat across a stream's events
    parsed.set(k, f);
  }
  return f;
}
/** Figure keys already parsed (the same keys are read again whenever an event grows). */
const parsed = new Map<string, { unit: string; value: number }>();

function same(unit: string, x: number, y: number): boolean {
  // Reports of one event straddle a new year ("the 2008-09 season", a December event told in January).
  if (unit === 'year') return Math.abs(x - y) <= 1;
  return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}

/** Share of a side's articles whose lead must state a unit's dominant figure for it to count. */
const MIN_SHARE = 0.25;

/** A side's figures, parsed once and grouped by unit: lead figures ("fig:") and all stated figures ("@fig:"), with counts. */
interface Figures {
  leads: Map<string, number[]>;
  stated: Map<string, Array<{ value: number; count: number }>>;
  /** Per unit, the value most of the side's leads state and how many articles state it. */
  dominant: Map<string, { value: number; count: number }>;
}

function push<T>(m: Map<string, T[]>, k: string, x: T): void {
  const list = m.get(k);
  if (list) list.push(x);
  else m.set(k, [x]);
}

function figuresOf(side: AnchorSide): Figures {
  const memo = side.figures();
  let f = memo.get('figures') as Figures | undefined;
  if (f) return f;
  f = { leads: new Map(), stated: new Map(), dominant: new Map() };
  for (const [k, c] of side.m) {
    if (k.startsWith('fig:')) {
      const x = parse(k);
      push(f.leads, x.unit, x.value);
      const d = f.dominant.get(x.unit);
      if (!d || c > d.count) f.dominant.set(x.unit, { value: x.value, count: c });
    } else if (k.startsWith('@fig:')) {
      const x = parse(k.slice(1));
      push(f.stated, x.unit, { value: x.value, count: c });
    }
  }
  memo.set('figures', f);
  return f;
}

/** Articles of a side that state a figure of this unit close to value anywhere in their text. */
function stating(unit: string, value: number, f: Figures): number {
  let best = 0;
  for (const g of f.stated.get(unit) ?? []) if (same(unit, value, g.value)) best = Math.max(best, g.count);
  return best;
}

/**
 * Days apart (exact) within which two sides' counts may be one figure revised: a death toll
 * rises from 19 to 23 to 31 as bodies are found, evacuees and crowds are estimated anew, all
 * within a day or two. A measure (a magnitude: an aftershock is another quake), a year or a
 * sum of money stays evidence.
 */
export const REVISION_DAYS = 2;

/** True when two values of a unit are counts of things, which later reports revise. */
function isRevisable(unit: string, x: number, y: number): boolean {
  return unit !== 'dec' && unit !== 'year' && unit !== 'money' && Number.isInteger(x) && Number.isInteger(y);
}

/**
 * Figure factor over two sides' anchor counts (key -> articles, n articles each): 1, or
 * 1 - FIGURE_CONFLICT when, for some unit, both sides' leads mostly state a figure (the dominant
 * one stated by at least MIN_SHARE of their articles), the two differ, no lead figure of one side
 * matches one of the other's, and neither side states the other's figure as often (a report
 * recalling the earlier event names it) — and no unit's dominant figures agree. `close`: the
 * sides' event days are at most REVISION_DAYS apart, so different counts are revisions.
 */
export function figureFactor(a: AnchorSide, b: AnchorSide, close = false): number {
  const na = a.n;
  const nb = b.n;
  if (na < 1 || nb < 1) return 1;
  const fa = figuresOf(a);
  if (!fa.dominant.size) return 1;
  const fb = figuresOf(b);
  let conflict = false;
  for (const [unit, x] of fa.dominant) {
    const y = fb.dominant.get(unit);
    if (!y || x.count / na < MIN_SHARE || y.count / nb < MIN_SHARE) continue;
    if (same(unit, x.value, y.value)) return 1;
    if (close && isRevisable(unit, x.value, y.value)) continue;
    // Any lead figure of one side matching one of the other's: the same figure, just not the dominant one.
    const lb = fb.leads.get(unit) ?? [];
    if ((fa.leads.get(unit) ?? []).some((v) => lb.some((w) => same(unit, v, w)))) continue;
    if (stating(unit, x.value, fb) / nb >= MIN_SHARE || stating(unit, y.value, fa) / na >= MIN_SHARE) continue;
    conflict = true;
  }
  return conflict ? 1 - FIGURE_CONFLICT : 1;
}

/** Share of a side's articles whose lead must state its dominant measure for measureApart. */
const MEASURE_SHARE = 0.5;
/** Steps of a measure's stated precision within which two readings are one (agencies differ: 6.1 and 6.3). */
const MEASURE_STEPS = 2;

/** The step of a value's last stated decimal place (6.1 -> 0.1, 6.25 -> 0.01). */
function step(x: number): number {
  const d = (String(x).split('.')[1] ?? '').length;
  return Math.pow(10, -d);
}

/**
 * A measure (a bare decimal: a quake's magnitude, a scale's reading) that most articles of each
 * side state in their lead, different on the two sides by more than MEASURE_STEPS steps of its
 * precision: `{ unit, a, b }` (the two values), else null. Meant for sides whose texts name
 * different days for their events: a quake of 5.8 two days after one of 6.1 is another quake (an
 * aftershock), however much its reports raise the first one's toll. (The same day, outlets'
 * readings of one quake differ more, and figureFactor's tolerance applies.)
 */
export function measureApart(a: AnchorSide, b: AnchorSide): { unit: string; a: number; b: number } | null {
  if (a.n < 1 || b.n < 1) return null;
  const fa = figuresOf(a);
  if (!fa.dominant.size) return null;
  const fb = figuresOf(b);
  for (const [unit, x] of fa.dominant) {
    if (unit !== 'dec') continue;
    const y = fb.dominant.get(unit);
    if (!y || x.count / a.n < MEASURE_SHARE || y.count / b.n < MEASURE_SHARE) continue;
    if (Number.isInteger(x.value) || Number.isInteger(y.value)) continue; // "1.5 million": a count, not a measure
    const tolerance = MEASURE_STEPS * Math.max(step(x.value), step(y.value)) + 1e-9;
    if (Math.abs(x.value - y.value) > tolerance) return { unit, a: x.value, b: y.value };
  }
  return null;
}
