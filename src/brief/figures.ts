// Figures reported by several outlets: the same measured thing (same unit, same thing
// counted, in sentences about the same fact) compared as intervals. Incompatible values
// are a conflict — unless one side is a running total or dated differently, which is context.
import type { Quantity, TimeValue } from '../types.ts';
import { isLoadedWord } from '../lexicon/framing.ts';
import { shareGroup } from './align.ts';
import { CALENDAR_STEM, GENERIC, isToll, joinedCount, measureKey, otherTolls, rangeOf, sameToll, tollLabel, valueOfNoun, verbBefore } from './figure-measure.ts';
import { estimateOf } from './figure-estimate.ts';
import { claimantOf, holderName, holderOf } from './figure-source.ts';
import { datedElsewhere, dayRange, isPriorValue } from './figure-time.ts';
import { isRevision, LOWERED, publishedAt, publishedOrder, REVISED, revisionNote } from './figure-revision.ts';
import { interval, meet, normUnit } from './figures-norm.ts';
import { aroundStems, POINTS, withPoints } from './figure-points.ts';
import { convertFigure, formatBase, restates } from './figure-units.ts';
import type { Similarity } from './similarity.ts';
import { contentStems, stem } from './tokens.ts';
import type { Conflict, ConflictSide, FigureGroup } from './types.ts';
import { cite, isStatement, type EventText, type Unit } from './units.ts';
import { otherPredicates, predicateClass } from '../lexicon/predicates.ts';
import { otherIncident, sameScope, scopeOf, type FigureScope } from './figure-scope.ts';
import { scaleOf } from './figure-scale.ts';
import { dimensionOf, otherDimension } from './figure-dimension.ts';
import { countStage, figureStage, isCountProgress, otherStage, stageLabel } from './figure-count-progress.ts';

interface Fig {
  k: number;
  q: Quantity;
  unit: Unit;
  norm: string;
  measure: string[];
  valueOf: string[]; // the noun the figure is the value of ("turnout was 58.7%"), when nothing after it says what it counts
  around: string[]; // for a move in points: the words around it ("interest rate by 25 basis points")
  display: string;
  span: [number, number]; // the values the report allows (qualifier, rounding, stated range)
  qualifier: string | null;
  cumulative: boolean;
  total: boolean; // worded as a total over a period ("since the war began", "so far"), not only as a rising count
  claimant: string | null; // who the outlet credits with the value, null when it states it itself
  holder: string | null; // entity the value belongs to ("Rand won 52%"), null when none is named
  background: boolean; // dated outside the event or an earlier value: never compared with the event's own
  setting: { places: Set<string>; times: Set<string> };
  at: string | null; // when its article was published (instant or day)
  revised: boolean; // its sentence says the count grew ("rose to", "climbed to", "up from")
  lowered: boolean; // its sentence says the count was corrected downward ("revised … down to 54")
  antecedent: number | null; // "put the number at 120": the figure before it that it gives another value of
  estimated: string[]; // "estimated the crowd at 5,000": the thing named as estimated
  head: string[]; // "a crowd of 12,000", "turnout was 58.7%": the noun the figure is the value of
  nouns: string[]; // what it counts without the verb before it ("released 14 hostages" → hostages); a toll verb stays
  quantity: string | null; // a physical quantity ("area"), its values compared in the base unit `norm`
  inBase: number | null; // a value given in another unit, converted to `norm`
  predicate: string | null; // the class of what happened to what it counts ("affected", "striking"), src/lexicon/predicates.ts
  scope: FigureScope; // a part of a larger count ("in Europe alone"), the places its clause names
  scale: string | null; // a reading on a named scale ("magnitude"), src/brief/figure-scale.ts
  stage: string | null; // the stage of a count it reports ("partial:62", "final"), from its sentence or article
  dimension: string | null; // a length's dimension ("depth", "distance from brel"), src/brief/figure-dimension.ts
}

// The predicate class (src/lexicon/predicates.ts) that is a toll's own verb.
const TOLL_CLASS: Record<string, string> = { kill: 'killed', injur: 'injured', detain: 'detained' };
// "three of the prisoners freed": a part of the group, not its count
const PARTITIVE = /^\s*of\s+(?:the|those|these|them|its|their|his|her|our)\b/i;
const partitive = (f: Fig) => PARTITIVE.test(f.unit.text.slice(f.q.end - f.unit.start, f.q.end - f.unit.start + 20));

const isTollFig = (f: Fig) => f.measure.some(isToll);
/** A toll said with its own verb ("arrested 45", "killed 12"), not through another ("lowered the toll to 54"). */
const ownToll = (f: Fig) => isTollFig(f) && f.measure.some((m) => TOLL_CLASS[measureKey(m)] === f.predicate);
/** The predicate class that tells what happened to what a figure counts (a toll's only when it is its own verb). */
const classOf = (f: Fig) => (isTollFig(f) && !ownToll(f) ? null : f.predicate);

/**
 * Article `item` itself gives a value of `a` and a value of `b` (in the same unit, whatever it
 * says they count), credited to the same claimant or both its own.
 */
function givesBoth(figs: Fig[], item: number, a: Fig, b: Fig): boolean {
  const own = figs.filter((f) => f.unit.item === item && f.norm === a.norm);
  return own.some((x) => meet(x.span, a.span) && own.some((y) => y !== x && meet(y.span, b.span) && y.claimant === x.claimant));
}

/** Two values from different stages of one count ("with 62% counted" / "final results"): a revision. */
function countRevision(a: Fig, b: Fig): boolean {
  return !tollCount(a) && !tollCount(b) && otherStage(a.stage, b.stage);
}

/**
 * "stole the data of 4.2 million customers" / "a cyberattack exposed records of 4.5 million
 * customers": one counted noun under one predicate class, over the same scope, is one measured
 * thing of the event even in sentences worded too differently to align as one fact.
 */
function samePredicate(a: Fig, b: Fig): boolean {
  // tolls have their own rules (sameToll, revisions): "an air strike killed 40" is no strike count;
  // only a toll's own class ("arrested 45 protesters" / "detained 60 protesters") compares here
  if ((isTollFig(a) || isTollFig(b)) && (!ownToll(a) || !ownToll(b) || a.total || b.total)) return false;
  if (partitive(a) || partitive(b)) return false;
  return a.predicate !== null && a.predicate === b.predicate && a.nouns.length > 0 && b.nouns.length > 0 && overlap(a.nouns, b.nouns) >= 0.5 && sameScope(a.scope, b.scope) && sameSet(a.setting.times, b.setting.times) && !otherIncident(a.unit.text) && !otherIncident(b.unit.text);
}

/** Both sentences name the same dates, or neither names one ("in 2019" beside an undated report is another breach). */
function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** "estimated the crowd at 5,000" / "a crowd of 12,000 marched": the estimate names what the other counts. */
function estimateMatches(a: Fig, b: Fig): boolean {
  const hit = (x: Fig, y: Fig) => x.estimated.length > 0 && overlap(x.estimated, [...y.measure, ...y.head]) > 0;
  return hit(a, b) || hit(b, a);
}

// The magnitudes quakes are reported at: outside it a "magnitude" number is a misread ("6. 1").
const MIN_MAGNITUDE = 1.5;
const MAX_MAGNITUDE = 10;

// Currency codes as normUnit gives them (figures-norm.ts).
const CURRENCY = /^[A-Z]{3}$/;

// Predicate classes of the two sides of a negotiation.
const ASKED = new Set(['demanded', 'offered']);

/**
 * Two figures of one sentence that count different things: both name what they count and the
 * names share nothing ("14 hostages" / "40 prisoners"). A figure naming nothing may be another
 * value of the other ("62 were killed, the opposition said 120").
 */
function countsOtherThing(f: Fig, g: Fig): boolean {
  if (f.k === g.k || f.norm !== g.norm || f.antecedent === g.k || g.antecedent === f.k) return false;
  // "demanding a 9% pay rise; the port authority said it had offered 4%": what is asked and what is offered
  if (ASKED.has(f.predicate ?? '') && ASKED.has(g.predicate ?? '') && f.predicate !== g.predicate) return true;
  // "since 7.6 and 7.5 magnitude quakes": two readings in one sentence are two shocks
  if (f.scale && f.scale === g.scale && !meet(f.span, g.span)) return true;
  const a = f.nouns;
  const b = g.nouns;
  return a.length > 0 && b.length > 0 && overlap(a, b) === 0;
}

/**
 * The overlap of two measures for figures in sentences that are only alike: the counted nouns
 * when both name one; a bare verb ("released 14 people") does not meet a named count
 * ("released 43 prisoners") unless the two sentences report one fact.
 */
function similarOv(a: Fig, b: Fig, ov: number): number {
  const na = a.nouns;
  const nb = b.nouns;
  if (na.length && nb.length) return overlap(na, nb);
  return na.length || nb.length ? 0 : ov;
}

/**
 * Whether two figures of sentences reporting one fact measure one thing by their words: the
 * counted nouns meet; or only the verb is shared ("released 14 hostages" / "released 14
 * captives") and each sentence gives that one figure; or one figure names only a verb
 * ("released 14 people") and fits the other's value — beside a sentence giving several figures
 * it is ambiguous which one it is, so it never makes a conflict.
 */
function factOverlap(a: Fig, b: Fig, ov: number, single: boolean): boolean {
  if (ov === 0) return false;
  const na = a.nouns;
  const nb = b.nouns;
  if (na.length && nb.length && overlap(na, nb) > 0) return true;
  if (!na.length && !nb.length) return true;
  if (single) return true;
  return (!na.length || !nb.length) && meet(a.span, b.span);
}

/** How strongly two comparable figures read as one measured thing: one fact, the same counted noun, the same value. */
function pairStrength(a: Fig, b: Fig, sameFact: boolean): number {
  return (sameFact ? 2 : 0) + overlap(a.nouns, b.nouns) + (a.q.value === b.q.value ? 0.5 : 0);
}

/** "the civil protection agency" / "civil protection officials": one source, by the words naming it. */
function sameClaimant(a: string, b: string): boolean {
  const words = (s: string) => contentStems(s).filter((w) => !/^(?:offici|said|spokesm|spokeswoman|spokesperson|author)/.test(w));
  const wa = words(a);
  const wb = new Set(words(b));
  // "officials said" in both reports: no named source tells them apart
  if (a.toLowerCase() === b.toLowerCase() || (!wa.length && !wb.size)) return true;
  return wa.some((w) => wb.has(w));
}

/** A count of a toll (killed, injured, detained): the kind of figure revised as reports come in. */
function tollCount(f: Fig): boolean {
  return f.norm === '' && f.measure.some(isToll);
}

/** Two counts of one toll that read as the same running total revised over time. */
function tollRevision(a: Fig, b: Fig): boolean {
  // "the government said 62; the coalition put it at 120": two sources' figures disagree
  if (a.claimant && b.claimant && !sameClaimant(a.claimant, b.claimant)) return false;
  return tollCount(a) && tollCount(b) && isRevision({ value: a.q.value, at: a.at, revised: a.revised, lowered: a.lowered }, { value: b.q.value, at: b.at, revised: b.revised, lowered: b.lowered });
}

// Words that make a figure a running total or a changing toll rather than a single report.
const CUMULATIVE =
  /\b(since|so far|to date|in total|overall|cumulative|altogether|as of|death toll has|have (?:since )?been killed|has (?:since )?been killed|have died|have (?:since )?been displaced)\b/i;
// A count that "rose to" N is a growing toll; a rate that "rose to" N% is a level, and two
// outlets giving different levels for it disagree.
const GROWING = /\b(has risen|have risen|had risen|rose to|risen to|climbed to|increased to|has climbed)\b/i;

// Named settings: "near Brask", "in the Zarin Valley". Two figures tied to different named
// places (or different stated dates) count different incidents, not one disputed number.
const SETTING = /\b(?:in|near|at|around|outside|on|across|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function settingOf(ev: EventText, u: Unit): { places: Set<string>; times: Set<string> } {
  const places = new Set<string>();
  // "in Tessaly's election" names the same place as "in Tessaly"
  for (const m of u.text.matchAll(SETTING)) if (!CALENDAR.test(m[1]!)) places.add(m[1]!.toLowerCase().replace(/['’]s?$/, ''));
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

function measureOf(q: Quantity, text: string, unitStart: number): string[] {
  const src = q.counts ?? text.slice(q.end - unitStart, q.end - unitStart + 40).split(/[,.;:()]/)[0] ?? '';
  let out = contentStems(src)
    .filter((w) => !GENERIC.has(w) && !/^\d/.test(w) && w !== '%')
    .slice(0, 3);
  // "the death toll … rose to 31 on Monday", "the number of people killed … stood at 23": the
  // toll named as the subject is what a bare number counts
  if (!q.counts && out.every((w) => CALENDAR_STEM.test(w))) {
    const toll = subjectToll(text.slice(0, q.start - unitStart));
    if (toll) return [toll];
  }
  // only a date after the number ("rose to 31 on Monday"): the noun before it says more
  if (out.every((w) => CALENDAR_STEM.test(w)) && !q.counts) out = [...valueOfNoun(text, q.start - unitStart), ...out];
  // "114 passengers and crew": one count of both groups, not of the passengers alone
  const joined = joinedCount(text.slice(q.end - unitStart));
  if (joined) {
    const [first, second] = joined.map((w) => measureKey(stem(w.toLowerCase())));
    out = out.map((w) => (w === first ? `${first}+${second}` : w));
  }
  // "killed 12 people": the verb before the number says what is counted when the noun does not
  const verb = verbBefore(text, q.start - unitStart);
  if (verb) out.push(verb);
  // "the floods claimed 19 lives", "cost 12 lives": deaths ("saved 19 lives" are not)
  if (out[0] === 'live' && verb && LIVES_TAKEN.has(verb)) return ['kill'];
  return [...new Set(out.map(measureKey))];
}
const LIVES_TAKEN = new Set(['claim', 'cost']);

function verbKey(text: string, at: number): string | null {
  const v = verbBefore(text, at);
  return v ? measureKey(v) : null;
}

// The verb that links a subject to the number right after it ("rose to", "stood at", "was").
const LINKED = /\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|stood at|stands at|now stands at|was|is|hit|down)\s+(?:to\s+|at\s+)?(?:(?:about|around|nearly|almost|at least|more than|over|some)\s+)?$/i;

/** The toll a clause's subject names ("The death toll from the floods rose to"), else null. */
function subjectToll(before: string): string | null {
  const clause = before.split(/[,;:]/).pop() ?? '';
  if (!LINKED.test(clause)) return null;
  const tolls = contentStems(clause).map(measureKey).filter(isToll);
  return tolls.length && tolls.every((t) => t === tolls[0]) ? tolls[0]! : null;
}

/** The span [s, e) of the sentence lies inside a mention of `name` (only names holding a digit). */
function inName(sentence: string, s: number, e: number, name: string): boolean {
  if (!/\d/.test(name)) return false;
  for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) if (i <= s && e <= i + name.length) return true;
  return false;
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

/**
 * Two bare numbers, the only ones of two sentences about one fact ("a crowd of 62,000 watched" /
 * "attendance was 48,500"): one count when neither is small and at most one says what it counts
 * (two different counted things, "62,000 fans" / "300 police officers", stay apart).
 */
function bareCount(a: Fig, b: Fig): boolean {
  return a.norm === '' && b.norm === '' && Math.abs(a.q.value) >= 10 && Math.abs(b.q.value) >= 10 && (!a.measure.length || !b.measure.length);
}

/**
 * One named holder's value in one unit ("Mara Velt secured 52 percent" / "Velt won 49 percent of
 * the vote"), even in sentences not aligned as one fact: one measured thing, unless the two say
 * what they count and it differs ("of the vote" / "approval rating … among workers"). Values tied
 * to other places or dates still end as context, not as a conflict.
 */
function sameHolder(a: Fig, b: Fig, ov: number): boolean {
  if (!a.holder || a.holder !== b.holder || a.norm === '') return false;
  if (ov > 0) return true;
  const ma = a.measure.length ? a.measure : ofNoun(a);
  const mb = b.measure.length ? b.measure : ofNoun(b);
  return !ma.length || !mb.length || overlap(ma, mb) > 0;
}

/** "an approval rating of 31 percent": the noun before "of" says what a figure counts when nothing after it does. */
function ofNoun(f: Fig): string[] {
  const before = f.unit.text.slice(Math.max(0, f.q.start - f.unit.start - 40), f.q.start - f.unit.start);
  const m = /(\p{L}[\p{L}'’-]*)\s+of\s+(?:(?:about|around|nearly|almost|just|over|under|some|roughly)\s+)?$/iu.exec(before);
  return m ? contentStems(m[1]!).map(measureKey) : [];
}

// What the analysis may leave as the counted thing without naming one ("30% above the limit").
const NOT_A_LABEL = /^\s*(?:above|below|over|under|beyond|per|up|down|higher|lower|more|less)\s*$/i;

/** "of the vote and" → "of the vote": a label does not end on a joining word. */
function tidyLabel(s: string): string {
  return s.replace(/(?:\s+(?:and|or|but|to|of|in|on|at|with|for|from|by|the|a|an))+$/i, '').trim();
}

function sideKey(f: Fig): string {
  return `${f.qualifier ?? ''}|${f.span.join('-')}|${f.norm}`;
}

/** The counted noun as written ("militants" in "30 militants"), unless it is generic or the toll itself. */
function countedNoun(f: Fig): string | null {
  // "10 kilometres" / "10 km": a unit, not a counted noun
  if (f.quantity) return null;
  for (const w of (f.q.counts ?? '').split(/\s+/)) {
    const st = contentStems(w)[0];
    // "claimed 19 lives" counts the dead, not a noun of its own
    if (st === 'live' && f.measure.includes('kill')) continue;
    if (st && /^\p{L}/u.test(st) && !GENERIC.has(st) && !isToll(st) && !NOT_A_LABEL.test(w)) return w.toLowerCase();
  }
  return null;
}

/**
 * "30 militants" in one outlet and "30 civilians" in another: one value, counted as different
 * people. Said in the note, since the number alone hides it.
 */
function countedAs(figs: Fig[]): string {
  const by = new Map<string, Map<string, Set<string>>>(); // value key -> noun -> outlets
  for (const f of figs) {
    const noun = countedNoun(f);
    if (!noun) continue;
    const key = f.display.trim();
    const m = by.get(key) ?? new Map<string, Set<string>>();
    m.set(noun, (m.get(noun) ?? new Set()).add(f.unit.source.name));
    by.set(key, m);
  }
  const parts: string[] = [];
  for (const [value, m] of by)
    if (m.size > 1) parts.push(`${value} is counted as ${[...m].map(([noun, outlets]) => `${noun} (${[...outlets].join(', ')})`).join(' vs ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** "; converted: about 24,700 acres ≈ 9,996 hectares": how a value in another unit was compared. */
function conversions(figs: Fig[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of figs) {
    if (f.inBase === null || seen.has(f.display)) continue;
    seen.add(f.display);
    parts.push(`${f.display.trim()} ≈ ${formatBase(f.inBase)} ${f.norm}`);
  }
  return parts.length ? `; converted: ${parts.join(', ')}` : '';
}

/** A noun every figure names as what it measures, as written in the text ("depth"), or null. */
function commonWord(list: Fig[]): string | null {
  const first = list[0]!.nouns.filter((w) => !CALENDAR_STEM.test(w));
  const w = first.find((x) => list.every((f) => f.nouns.includes(x)));
  return w && /^\p{Ll}+$/u.test(w) && new RegExp(`\\b${w}\\b`, 'i').test(list[0]!.unit.text) ? w : null;
}

/** "values from a count in progress — partial, 62% counted: 48.2% (Post) → final: 51.3% (Wire)". */
function stagesNote(list: Fig[]): string {
  const rank = (s: string) => (s === 'final' ? 101 : s === 'partial' ? 0 : Number(s.slice(8)));
  const by = new Map<string, Fig[]>();
  for (const f of list) if (!f.background) by.set(f.stage!, [...(by.get(f.stage!) ?? []), f]);
  const parts = [...by.entries()]
    .sort((x, y) => rank(x[0]) - rank(y[0]))
    .map(([st, fs]) => `${stageLabel(st)}: ${[...new Set(fs.map((f) => `${f.display.trim()} (${f.unit.source.name})`))].join(', ')}`);
  return `values from a count in progress — ${parts.join(' → ')}`;
}

/** The event's own reports of a toll, for the earlier-to-later note. */
function reportsOf(list: Fig[]) {
  return list.filter((f) => !f.background).map((f) => ({ value: f.q.value, at: f.at, revised: f.revised, lowered: f.lowered, display: f.display, outlet: f.unit.source.name }));
}

/** Two outlets' values of one toll, the later one revised from the earlier (compatible or not). */
function steps(list: Fig[]): boolean {
  return list.some((a) => list.some((b) => b.k > a.k && a.unit.source.key !== b.unit.source.key && !a.background && !b.background && tollRevision(a, b)));
}

function sidesOf(figs: Fig[]): ConflictSide[] {
  const by = new Map<string, ConflictSide>();
  for (const f of figs) {
    const key = sideKey(f);
    let s = by.get(key);
    if (!s) {
      s = { text: f.display, value: f.q.value, qualifier: f.qualifier, unit: f.q.unit, sources: [], citations: [] };
      by.set(key, s);
    }
    if (!s.sources.includes(f.unit.source.name)) s.sources.push(f.unit.source.name);
    if (f.claimant) {
      const claims = (s.claimed_by ??= []);
      const k = claims.findIndex((c) => c.startsWith(`${f.claimant} (`));
      if (k < 0) claims.push(`${f.claimant} (${f.unit.source.name})`);
      else if (!claims[k]!.includes(f.unit.source.name)) claims[k] = `${claims[k]!.slice(0, -1)}, ${f.unit.source.name})`;
    }
    if (!s.citations.some((c) => c.article_id === f.unit.article_id && c.sentence === f.unit.sentence)) s.citations.push(cite(f.unit));
  }
  return [...by.values()];
}

export function compareFigures(
  ev: EventText,
  sim: Similarity,
  groupIndex: Map<number, number[]>,
  eventDate?: Pick<TimeValue, 'start' | 'end'> | null,
): { figures: FigureGroup[]; conflicts: Conflict[] } {
  const days = dayRange(eventDate);
  const figs: Fig[] = [];
  const stages = new Map<number, string | null>();
  const articleStage = (item: number) => {
    if (!stages.has(item)) {
      const a = ev.items[item]!.article;
      stages.set(item, countStage(`${a.title ?? ''}\n${a.text}`));
    }
    return stages.get(item)!;
  };
  for (const u of ev.units) {
    if (!isStatement(u)) continue; // datelines and timestamps are not reports of a figure; short statements are
    const text = ev.items[u.item]!.article.text;
    const analysis = ev.items[u.item]!.analysis;
    const sentence = u.text; // the unit's text is its sentence's span of the article
    // what holds for the whole sentence is read once, not per figure
    const elsewhere = datedElsewhere(analysis, u.start, u.end, days);
    const setting = settingOf(ev, u);
    const cumulative = CUMULATIVE.test(u.text);
    const growing = GROWING.test(u.text);
    const revised = REVISED.test(u.text);
    const lowered = LOWERED.test(u.text);
    const at = publishedAt(ev.items[u.item]!);
    const outlet = ev.items[u.item]!.article.outlet?.name ?? '';
    const stage = figureStage(countStage(sentence), articleStage(u.item));
    for (const q of withPoints(u, sentence)) {
      if (yearLike(q) || !Number.isFinite(q.value) || /^[ap]\.?m\.?$/i.test(q.unit ?? '')) continue;
      // "told Tarvos 24": a number in the outlet's own name is no figure
      if (inName(sentence, q.start - u.start, q.end - u.start, outlet)) continue;
      // "with 62% of ballots counted": how far the count was, not a result
      if (isCountProgress(sentence, q.start - u.start)) continue;
      // "between 10 and 15", "12 or more": the report allows a span, read once from its first number
      const range = q.qualifier ? null : rangeOf(sentence, q.start - u.start, q.end - u.start, q.value);
      if (range === 'upper') continue;
      const lead = sentence.slice(0, q.start - u.start);
      const from = range && /\bbetween\s+$/i.test(lead) ? lead.search(/between\s+$/i) + u.start : q.start;
      const written: [number, number] = range ? [range.lo, range.hi] : interval(q.value, q.qualifier);
      // hectares and acres, °C and °F: one base unit per physical quantity
      const after = sentence.slice(q.end - u.start);
      const phys = convertFigure(q, after, written);
      const norm = phys ? phys.base : normUnit(q.unit);
      // "24,700 acres (10,000 hectares)": the same figure restated in another unit
      const last = figs[figs.length - 1];
      if (phys && last && last.unit === u && last.norm === norm && restates(sentence.slice(last.q.end - u.start, q.start - u.start)) && meet(last.span, [phys.lo, phys.hi])) continue;
      let measure = measureOf(q, sentence, u.start);
      if (phys) {
        // the unit word is how it is measured, not what: "burned 10,000 hectares" measures the burning
        const unitStems = new Set(phys.word ? contentStems(phys.word) : []);
        measure = phys.word ? measure.filter((w) => !unitStems.has(w)) : [];
        // "1.3 terabytes of data", "10,000 hectares of forest": the noun after "of" is what is measured
        const of = phys.word ? /^\s*of\s+(\p{L}[\p{L}-]*)/u.exec(after.slice(after.indexOf(phys.word) + phys.word.length))?.[1] : undefined;
        if (of) measure = [...new Set([...contentStems(of).filter((w) => !GENERIC.has(w)), ...measure])];
        if (!measure.length) measure = valueOfNoun(sentence, q.start - u.start).map(measureKey);
      }
      // "put the number at about 120", "estimated the crowd at 5,000", "gave him 48%": the thing
      // estimated, or what the article's figure before it measures
      // (a physical figure's counted word is only its unit: "put the depth at 6 miles" is an estimate too)
      const est = q.counts && !phys ? null : estimateOf(sentence.slice(Math.max(0, q.start - u.start - 80), q.start - u.start));
      let antecedent: number | null = null;
      const estimated = est && est !== 'anaphoric' ? est.measure : [];
      if (est === 'anaphoric') {
        const prev = [...figs].reverse().find((f) => f.unit.item === u.item && f.norm === norm && f.measure.length > 0 && !f.background && f.unit.position >= u.position - 1);
        if (prev) {
          measure = [...prev.measure];
          antecedent = prev.k;
        }
      } else if (est) measure = est.measure;
      // "a magnitude 6.1 earthquake": a reading on a named scale measures the scale, not "struck"
      const read = phys ? null : scaleOf(sentence, q.start - u.start, q.end - u.start);
      const scale = read && q.value >= MIN_MAGNITUDE && q.value <= MAX_MAGNITUDE ? read : null;
      if (scale) measure = [scale];
      const head = q.counts && !phys ? [] : valueOfNoun(sentence, q.start - u.start).map(measureKey);
      const end = range ? u.start + range.end : q.end;
      const verb = verbKey(sentence, q.start - u.start);
      figs.push({
        k: figs.length,
        q,
        unit: u,
        norm,
        measure,
        valueOf: head.filter((w) => measure.includes(w)),
        around: norm === POINTS ? aroundStems(sentence, q.start - u.start, q.end - u.start) : [],
        // a converted figure shows its unit: "about 24,700 acres"
        display: text.slice(from, phys?.word ? end + text.slice(end).indexOf(phys.word) + phys.word.length : end),
        span: phys ? [phys.lo, phys.hi] : written,
        quantity: phys ? phys.quantity : null,
        inBase: phys?.converted ? phys.value : null,
        qualifier: range ? (range.hi === Infinity ? 'at least' : range.qualifier) : q.qualifier,
        claimant: claimantOf(sentence, q.start - u.start),
        holder: holderOf(analysis, text, u.start, sentence, q.start - u.start),
        cumulative: cumulative || (norm !== '%' && growing),
        total: cumulative,
        // "from 10 to 15" is a range, not an earlier value
        background: (!range && isPriorValue(sentence, q.start - u.start, q.end - u.start)) || elsewhere,
        setting,
        at,
        revised,
        lowered,
        antecedent,
        estimated,
        head,
        nouns: measure.filter((w) => w !== verb || isToll(w)),
        predicate: predicateClass(sentence, q.start - u.start, q.end - u.start),
        scale,
        stage,
        scope: scopeOf(sentence, q.start - u.start, q.end - u.start),
        dimension: phys?.quantity === 'distance' ? dimensionOf(sentence, q.start - u.start, q.end - u.start) : null,
      });
    }
  }
  // another outlet's version of a background sentence is background too ("in March" in one,
  // "six months ago" in the other)
  // — but a toll an earlier report gives as its own count, which a later one calls the earlier
  // value ("up from 32"), is a step of the running total, not background
  const earlierStep = (a: Fig, b: Fig) => a.measure.some(isToll) && publishedOrder(a.at, b.at) === -1;
  for (const a of figs)
    if (!a.background && figs.some((b) => b.background && b.norm === a.norm && b.q.value === a.q.value && !earlierStep(a, b) && shareGroup(groupIndex, a.unit.i, b.unit.i)))
      a.background = true;
  // readings on a scale from articles that give only one (a report naming the main shock and an
  // aftershock, or an earlier quake, leaves which reading is which to its sentences)
  const oneReading = new Set<number>();
  for (const f of figs) {
    if (!f.scale || f.background) continue;
    const mine = figs.filter((g) => g.unit.item === f.unit.item && g.scale === f.scale && !g.background);
    if (mine.every((g) => meet(g.span, f.span))) oneReading.add(f.k);
  }
  // union-find over comparable pairs from different sources
  const parent = figs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // the named holders in each cluster: two clusters about different holders ("Rand won 52%",
  // "Brim took 45%") never merge, not even through a figure that names nobody
  const holders = figs.map((f) => new Set(f.holder ? [f.holder] : []));
  const holdersClash = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((h) => y.has(h));
  // the dimensions of lengths in each cluster: a depth and a distance from a town never merge,
  // not even through a length that says neither
  const dims = figs.map((f) => new Set(f.dimension ? [f.dimension] : []));
  const dimsClash = (x: Set<string>, y: Set<string>) => [...x].some((d) => [...y].some((e) => otherDimension(d, e)));
  // the figures of each cluster: two clusters holding two figures of one sentence that count
  // different things ("released 14 hostages in exchange for 40 prisoners", "12 batches, around
  // 840,000 packs") never merge — a sentence giving both says they are not one measured thing
  const members = figs.map((f) => [f]);
  const sentenceClash = (x: Fig[], y: Fig[]) => x.some((f) => y.some((g) => f.unit.i === g.unit.i && countsOtherThing(f, g)));
  /** Merge the clusters of figures i and j unless they name different holders or clash in a sentence (`force`: one figure restating another). */
  const join = (i: number, j: number, force = false) => {
    const ra = find(i);
    const rb = find(j);
    if (ra === rb || holdersClash(holders[ra]!, holders[rb]!) || dimsClash(dims[ra]!, dims[rb]!)) return;
    if (!force && sentenceClash(members[ra]!, members[rb]!)) return;
    parent[ra] = rb;
    for (const h of holders[ra]!) holders[rb]!.add(h);
    for (const d of dims[ra]!) dims[rb]!.add(d);
    members[rb]!.push(...members[ra]!);
    members[ra] = [];
  };
  // figures of the event's own time per sentence and unit: background figures (an earlier
  // forecast, last year's value) do not make a sentence ambiguous
  const ownCount = new Map<string, number>();
  const ownKey = (f: Fig) => `${f.unit.i}|${f.norm}`;
  for (const f of figs) if (!f.background) ownCount.set(ownKey(f), (ownCount.get(ownKey(f)) ?? 0) + 1);
  const onlyOne = (f: Fig) => ownCount.get(ownKey(f)) === 1;
  const pairs: { a: number; b: number; strength: number }[] = [];
  const currencyPairs: [Fig, Fig][] = [];
  for (const a of figs)
    for (const b of figs) {
      // "£4.2bn" / "$5.3bn" for one profit: no rate to compare them by, shown as such below
      const otherCurrency = a.norm !== b.norm && CURRENCY.test(a.norm) && CURRENCY.test(b.norm);
      if (b.k <= a.k || a.unit.source.key === b.unit.source.key || (a.norm !== b.norm && !otherCurrency) || a.background !== b.background) continue;
      if (otherTolls(a.measure, b.measure)) continue; // the killed and the detained are never one count
      if (otherDimension(a.dimension, b.dimension)) continue; // a quake's depth and its distance from a town
      if (otherPredicates(classOf(a), classOf(b))) continue; // "evacuated 300" and "300 missing" count different people
      const sameFact = shareGroup(groupIndex, a.unit.i, b.unit.i);
      const ov = overlap(a.measure, b.measure);
      const comparable =
        (sameFact && (factOverlap(a, b, ov, onlyOne(a) && onlyOne(b)) || (onlyOne(a) && onlyOne(b) && (a.norm !== '' || bareCount(a, b))))) ||
        (similarOv(a, b, ov) >= 0.5 && sim.plain[a.unit.i * sim.n + b.unit.i]! >= 0.3) ||
        // "1.3 terabytes of data were copied" / "copied 1,300 gigabytes of data": one physical
        // quantity of one named thing inside one event, however differently the sentences run
        (a.quantity !== null && a.nouns.length > 0 && b.nouns.length > 0 && overlap(a.nouns, b.nouns) >= 0.5) ||
        // a running total is another measure, unless it is this toll's own count revised over time
        (sameToll(a.measure, b.measure) && ((!a.total && !b.total) || tollRevision(a, b))) ||
        // "turnout was 58.7%" / "real turnout was closer to 45%": the value of one named thing
        (a.valueOf.length > 0 && a.valueOf.join() === b.valueOf.join() && !a.cumulative && !b.cumulative) ||
        // "raised its interest rate by 25 basis points" / "a half-point rate hike": one move of one rate
        (a.norm === POINTS && overlap(a.around, b.around) > 0) ||
        sameHolder(a, b, ov) ||
        estimateMatches(a, b) ||
        samePredicate(a, b) ||
        // two agencies' magnitudes of one quake, in reports that each give one
        (a.scale !== null && a.scale === b.scale && oneReading.has(a.k) && oneReading.has(b.k) && sameSet(a.setting.times, b.setting.times) && !otherIncident(a.unit.text) && !otherIncident(b.unit.text));
      if (otherCurrency) {
        const sameNoun = a.nouns.length > 0 && b.nouns.length > 0 && overlap(a.nouns, b.nouns) >= 0.5 && sameScope(a.scope, b.scope) && sameSet(a.setting.times, b.setting.times);
        if ((comparable && sameFact) || (sameNoun && !otherIncident(a.unit.text) && !otherIncident(b.unit.text))) currencyPairs.push([a, b]);
        continue;
      }
      if (comparable) pairs.push({ a: a.k, b: b.k, strength: pairStrength(a, b, sameFact) });
    }
  // strongest evidence first, so that a figure that could pair with either of two figures of one
  // sentence pairs with the one counting its own thing
  pairs.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  for (const p of pairs) join(p.a, p.b);
  // another value of the figure before it ("62 were detained; the coalition put the number at
  // about 120"): one measured thing, whoever else reports it
  for (const f of figs) {
    if (f.antecedent !== null) join(f.k, f.antecedent, true);
  }
  const clusters = new Map<number, Fig[]>();
  for (const f of figs) {
    const r = find(f.k);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(f);
  }
  const figures: FigureGroup[] = [];
  const conflicts: Conflict[] = [];
  const holderOfGroup = new Map<number, string>(); // figure group index -> the one holder all its figures name
  for (const list of clusters.values()) {
    const sources = new Set(list.map((f) => f.unit.source.key));
    if (sources.size < 2) continue;
    const norm = list[0]!.norm;
    // one counted noun everywhere ("civilians killed") names the measure; mixed nouns ("30
    // militants" / "12 people") get the plain toll ("people killed")
    // an outlet's loaded noun ("rioters detained") never names the measure for all of them
    const nouns = new Set(list.map(countedNoun).filter((x) => x));
    const countedLabel =
      (nouns.size === 1 && !isLoadedWord([...nouns][0]!) ? list.find((f) => f.q.counts && countedNoun(f))?.q.counts : null) ??
      tollLabel(list.map((f) => f.measure)) ??
      list.find((f) => f.q.counts && !NOT_A_LABEL.test(f.q.counts))?.q.counts;
    const plain = countedLabel ? tidyLabel(countedLabel) : list[0]!.measure.filter((w) => !CALENDAR_STEM.test(w)).join(' ');
    // a share everyone gives for one named holder says whose it is ("Vera Dunic: percentage")
    const held = list.find((f) => f.holder);
    const whose = held && list.every((f) => !f.holder || f.holder === held.holder) ? holderName(ev.items[held.unit.item]!.analysis, held.holder!) : null;
    const generic = norm === '%' ? 'percentage' : norm === POINTS ? 'change in percentage points' : norm ? `amount in ${norm}` : 'number';
    const physical = list[0]!.quantity;
    // hectares and acres: what is measured, in the unit the values were compared in
    // "magnitude" for every agency's reading of one quake, whatever the verb after it
    const scale = list.every((f) => f.scale && f.scale === list[0]!.scale) ? list[0]!.scale : null;
    // "depth in km" when every figure names what it measures and it is one word of the text
    const named = physical ? commonWord(list) : null;
    const measure = scale ?? (physical ? `${named ?? physical} in ${norm}` : whose && !countedLabel ? `${whose}: ${generic}` : plain || generic);
    // (shares only: a named holder of a count — "NFL: yards" — is too often only a name nearby)
    if (whose && countedLabel && norm === '%') holderOfGroup.set(figures.length, whose);
    let clash = false;
    let contextOnly = true;
    let revisedOnly = true; // every clash is one toll reported earlier and later
    let sideBySide = false; // some clash is two values one article gives itself
    for (const a of list)
      for (const b of list) {
        // one outlet giving two values of it side by side reports a dispute, not a count revised over time
        if (b.k > a.k && a.unit.item === b.unit.item && !meet(a.span, b.span) && !a.background && !b.background) revisedOnly = false;
        if (b.k <= a.k || a.unit.source.key === b.unit.source.key) continue;
        if (!meet(a.span, b.span)) {
          clash = true;
          // An article that gives both values on its own authority tells two things apart (a
          // revision "by 88,000 to 938,000", "Mexico 2.5 million, Canada 1.5 million", a forecast
          // beside the result): another outlet giving one of them does not contradict it.
          if (givesBoth(figs, a.unit.item, a, b) || givesBoth(figs, b.unit.item, a, b)) {
            sideBySide = true;
            revisedOnly = false;
            continue;
          }
          const elsewhere = disjoint(a.setting.places, b.setting.places) || disjoint(a.setting.times, b.setting.times);
          const revision = tollRevision(a, b) || countRevision(a, b);
          if (!revision) revisedOnly = false;
          if (!(a.cumulative || b.cumulative || elsewhere || revision)) contextOnly = false;
          // different values of one toll published at the same time: a true disagreement
          if (!elsewhere && tollCount(a) && tollCount(b) && publishedOrder(a.at, b.at) === 0) contextOnly = false;
        }
      }
    const sides = sidesOf(list);
    const counted = countedAs(list) + conversions(list);
    // background figures are compared only with each other: two outlets giving the same earlier
    // figure is context; giving different values for the same earlier period is still a conflict
    if (!clash && list.every((f) => f.background)) {
      figures.push({ measure, verdict: 'context', sides, note: `a figure from before the event or an earlier value, given as background; the outlets agree on it${counted}` });
    } else if (!clash && steps(list)) {
      // "at least 32 killed" in the morning, "57 killed" by the evening: the values fit, but the
      // later one is the toll revised, which a reader must see as a step, not as agreement
      figures.push({ measure, verdict: 'context', sides, note: `${revisionNote(reportsOf(list))}: context, not a conflict${counted}` });
    } else if (!clash) {
      figures.push({ measure, verdict: 'agree', sides, note: `the reported values are compatible (qualifiers and rounding allow all of them)${counted}` });
    } else if (contextOnly && revisedOnly && list.every((f) => !tollCount(f) && f.stage)) {
      figures.push({ measure, verdict: 'context', sides, note: `${stagesNote(list)}: context, not a conflict${counted}` });
    } else if (contextOnly && revisedOnly) {
      figures.push({ measure, verdict: 'context', sides, note: `${revisionNote(reportsOf(list))}: context, not a conflict${counted}` });
    } else if (contextOnly) {
      figures.push({
        measure,
        verdict: 'context',
        sides,
        note: `values differ, but they are running totals, earlier figures or tied to different places or dates${sideBySide ? ', or one article gives both values side by side (different things)' : ''}: context, not a conflict${counted}`,
      });
    } else {
      const who = sides.filter((x) => x.claimed_by?.length).map((x) => `${x.text}: ${x.claimed_by!.join(', ')}`);
      const claims = who.length ? `; who gives which value — ${who.join('; ')}` : '';
      figures.push({ measure, verdict: 'conflict', sides, note: `incompatible values for the same measured thing${counted}${claims}` });
      conflicts.push({
        id: '',
        kind: 'quantity',
        measure,
        sides,
        note: `outlets report incompatible values for ${measure || 'the same figure'}${counted}${claims}`,
      });
    }
  }
  // one amount reported in two currencies: listed, never a conflict (no exchange rate is assumed)
  const shown = new Set<string>();
  for (const [a, b] of currencyPairs) {
    const key = [find(a.k), find(b.k)].sort().join('|');
    if (shown.has(key)) continue;
    shown.add(key);
    const list = figs.filter((f) => find(f.k) === find(a.k) || find(f.k) === find(b.k));
    const label = a.measure.filter((w) => !CALENDAR_STEM.test(w)).join(' ') || 'amount';
    figures.push({
      measure: `${label} in ${[...new Set(list.map((f) => f.norm))].sort().join(' and ')}`,
      verdict: 'context',
      sides: sidesOf(list),
      note: `the same amount given in ${[...new Set(list.map((f) => f.norm))].sort().join(' and ')}: not comparable without an exchange rate, so not a conflict`,
    });
  }
  // two groups labelled alike ("of the vote" for each candidate) are told apart by their holders
  const labels = new Map<string, number>();
  for (const f of figures) labels.set(f.measure, (labels.get(f.measure) ?? 0) + 1);
  figures.forEach((f, k) => {
    const who = holderOfGroup.get(k);
    if (!who || labels.get(f.measure)! < 2) return;
    const label = `${who}: ${f.measure}`;
    for (const c of conflicts) if (c.measure === f.measure && c.sides === f.sides) c.measure = label;
    f.measure = label;
  });
  return { figures, conflicts };
}
