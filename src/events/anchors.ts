// Anchor factors: soft evidence that two sides (an article and an event, or two events) are
// different events although they share their wording — different gazetteer-known places,
// leads about different people, different lead figures of the same measure.
// A side is its anchor counts (key -> how many of its n articles have it). What a side's
// anchors say is derived once per side (AnchorSide caches it): the clusterer keeps one per event
// version and one per scored article, so scoring against many candidates re-derives nothing.
import { placeKind } from './places.ts';
import { figureFactor, measureApart } from './lead-figures.ts';

/** How much placing two events in different specific places lowers their score. */
export const PLACE_CONFLICT = 0.5;
/** How much two events whose leads name different people (and none in common) lower their score. */
export const PERSON_CONFLICT = 0.25;

/** Anchor keys of an article: where it puts its event ("place:x") and the people its lead is
 *  about ("person:x"), '@' + every place and person it names, '#' + every unknown place it names
 *  with a place noun, and its figure keys. */
export function anchorKeys(f: {
  places: { event: string[]; all: string[]; typed?: string[] };
  people?: { event: string[]; all: string[] };
  figures?: { event: string[]; all: string[] };
  acts?: string[];
  told?: string[];
  recalls?: string[];
  priors?: number[];
  ongoing?: boolean;
}): string[] {
  const p = f.people ?? { event: [], all: [] };
  const g = f.figures ?? { event: [], all: [] };
  const acts = [...(f.acts ?? []).map((x) => 'act:' + x), ...(f.told ?? []).map((x) => '@act:' + x), ...(f.recalls ?? []).map((x) => RECALLED + 'act:' + x)];
  const priors = (f.priors ?? []).map((x) => 'prior:' + x);
  return [...f.places.event, ...f.places.all.map((x) => '@' + x), ...(f.places.typed ?? []).map((x) => '#' + x), ...p.event, ...p.all.map((x) => '@' + x), ...g.event, ...g.all, ...acts, ...priors, ...(f.ongoing ? [ONGOING] : [])];
}
/** Prefix of the act keys an article tells without dating them to another day (see recalledActs). */
const RECALLED = '^';
/** Anchor key of an article that tells of its event as still going on (see ongoing.ts). */
const ONGOING = '~ongoing';

/** One side's anchor counts over its n articles, with what is derived from them cached. */
export class AnchorSide {
  private readonly cores = new Map<string, string[]>();
  private figureMemo: Map<string, unknown> | null = null;
  constructor(
    readonly m: Map<string, number>,
    readonly n: number,
  ) {}

  static of(keys: string[]): AnchorSide {
    return new AnchorSide(new Map(keys.map((k) => [k, 1])), 1);
  }

  /** Anchors of this kind ("place:", "person:") named by at least half the side's articles. */
  core(kind: string): string[] {
    let c = this.cores.get(kind);
    if (!c) {
      c = [];
      for (const [p, x] of this.m) if (p.startsWith(kind) && x / this.n >= 0.5) c.push(p);
      this.cores.set(kind, c);
    }
    return c;
  }

  /** Scratch space for lead-figures.ts (its derived views of this side). */
  figures(): Map<string, unknown> {
    return (this.figureMemo ??= new Map());
  }
}

type SideLike = AnchorSide | Map<string, number>;
const side = (s: SideLike, n: number) => (s instanceof AnchorSide ? s : new AnchorSide(s, n));

/**
 * 1, or 1 - penalty when both sides have a core anchor of this kind (named by at least half
 * their articles), no article of one side anchors the event where any of the other does, and
 * not both sides name the other's anchor in most of their articles (then the reports agree on
 * the places/people involved: extraction is a clue, not a verdict; `both` asks that each side
 * names the other's). `usable` says which anchors may conflict at all.
 */
function anchorFactor(a: AnchorSide, b: AnchorSide, kind: string, penalty: number, usable: (id: string, s: AnchorSide) => boolean, both = false, excuse = true): number {
  if (a.n < 1 || b.n < 1 || !a.m.size || !b.m.size || penalty <= 0) return 1;
  const ca = a.core(kind).filter((p) => usable(p, a));
  if (!ca.length) return 1;
  const cb = b.core(kind).filter((p) => usable(p, b));
  if (!cb.length) return 1;
  const [small, large] = a.m.size <= b.m.size ? [a.m, b.m] : [b.m, a.m];
  for (const p of small.keys()) if (p.startsWith(kind) && large.has(p)) return 1;
  // Most articles of each side name the other side's anchor too: the reports agree on the
  // anchors involved and only the reading of which one is central differs.
  const named = (c: string[], s: AnchorSide) => c.some((p) => (s.m.get('@' + p) ?? 0) / s.n >= 0.5);
  if (!excuse) return 1 - penalty;
  const agree = both ? named(ca, b) && named(cb, a) : named(ca, b) || named(cb, a);
  return agree ? 1 : 1 - penalty;
}

/**
 * Place factor: different event places lower the score only when both are known places: in the
 * gazetteer (a city, a site), or named by the side with a place noun ("Ormask province", "the
 * town of Brevik"). Any other unknown name may be the same place at another granularity or not
 * a place at all, so it is no evidence of a different event. Countries and regions never are
 * event places (see places.ts).
 */
export function placeFactor(a: SideLike, na: number, b: SideLike, nb: number): number {
  return anchorFactor(side(a, na), side(b, nb), 'place:', PLACE_CONFLICT, knownPlace);
}

/** A place the gazetteer knows, or one the side's articles name with a place noun. */
function knownPlace(p: string, s: AnchorSide): boolean {
  return placeKind(p) !== null || (s.m.get('#' + p) ?? 0) > 0;
}

/**
 * Person factor: the leads of the two sides are about different people (a weaker clue than
 * place: person readings are noisier). Excused only when each side names the other's people
 * (one story told around two of its people), not when one side merely mentions the other's
 * (a report recalling an earlier, similar event).
 */
export function personFactor(a: SideLike, na: number, b: SideLike, nb: number): number {
  return anchorFactor(side(a, na), side(b, nb), 'person:', PERSON_CONFLICT, () => true, true);
}

/** How much texts naming different days for their events lower their score when they tell of different acts (see lead-acts.ts). */
export const ACT_CONFLICT = 0.75;
/** ...and when one side's texts refer back to the other's day as an earlier happening (see back-references.ts). */
export const PRIOR_CONFLICT = 0.75;
/** ...and when their leads state different measures (another quake's magnitude; see measureApart). */
export const MEASURE_CONFLICT = 0.75;

/**
 * What apartFactor found, for explanations (`parallax why`): a rule that lowered the score
 * ("apart:…", with its factor) or kept the sides together although their days differ
 * ("together:…", factor 1). `keys`: the anchor keys involved, earlier side's first where sides differ.
 */
export interface ApartNote {
  rule: 'apart:measure' | 'apart:different-acts' | 'apart:refers-back' | 'together:told-before' | 'together:ongoing' | 'together:continues';
  factor: number;
  keys: string[];
  /** The measure values (apart:measure), the side of `a` first. */
  values?: [number, number];
}

/**
 * Factor of two sides whose texts name different days for their events (`aDay`, `bDay`: the day
 * each side's texts name): lowered when their ledes tell of different acts, when most of one
 * side's articles refer back to the other's day as an earlier happening ("a day after talks
 * resumed", "Monday's quake"), and when their leads state different measures (see
 * measureApart). Not lowered — one event, seen on two days — when the earlier side's reports
 * already tell what the later side's ledes report (the ships queuing on the strike's second day
 * were queuing on its first), when the later reports say their event is still going on ("a
 * mediator was appointed as the strike entered its second day") or revise its toll ("the toll
 * from Monday's crash rose to 57 on Tuesday"), or, a day apart, when they tell the earlier side's
 * act without dating it to a day of its own ("water covered the villages on Wednesday morning
 * after the dam collapsed overnight" after "the dam gave way on Tuesday night"; see recalledActs).
 * A different measure keeps them apart all the same: an aftershock "raising the toll" is another
 * quake. `notes`, when given, receives what was found.
 */
export function apartFactor(a: AnchorSide, aDay: number | null, b: AnchorSide, bDay: number | null, notes?: ApartNote[]): number {
  const measure = measureApart(a, b);
  if (!measure && aDay !== null && bDay !== null && aDay !== bDay) {
    const [earlier, later, eDay] = aDay < bDay ? [a, b, aDay] : [b, a, bDay];
    const told = mostly(later, 'act:').filter((k) => (earlier.m.get('@' + k) ?? 0) > 0);
    if (told.length) return together(notes, 'together:told-before', told);
    // the later reports say the event is still going on, or revise its toll (see ongoing.ts)
    if ((later.m.get(ONGOING) ?? 0) * 2 >= later.n) return together(notes, 'together:ongoing', []);
    // a day on, the later reports tell the earlier act as part of their own happening
    if (Math.abs(aDay - bDay) === 1 && (later.m.get('prior:' + eDay) ?? 0) * 2 < later.n) {
      const recalled = earlier.core('act:').filter((k) => (later.m.get(RECALLED + k) ?? 0) * 2 >= later.n);
      if (recalled.length) return together(notes, 'together:continues', recalled);
    }
  }
  let f = 1;
  if (measure) {
    f *= 1 - MEASURE_CONFLICT;
    notes?.push({ rule: 'apart:measure', factor: 1 - MEASURE_CONFLICT, keys: [], values: [measure.a, measure.b] });
  }
  const acts = anchorFactor(a, b, 'act:', ACT_CONFLICT, () => true, false, false);
  if (acts < 1) {
    f *= acts;
    const [x, y] = aDay !== null && bDay !== null && bDay < aDay ? [b, a] : [a, b];
    notes?.push({ rule: 'apart:different-acts', factor: acts, keys: [...x.core('act:'), ...y.core('act:')] });
  }
  const refers = (s: AnchorSide, day: number | null) => day !== null && (s.m.get('prior:' + day) ?? 0) / s.n >= 0.5;
  if (refers(a, bDay) || refers(b, aDay)) {
    f *= 1 - PRIOR_CONFLICT;
    notes?.push({ rule: 'apart:refers-back', factor: 1 - PRIOR_CONFLICT, keys: [refers(a, bDay) ? 'prior:' + bDay : 'prior:' + aDay] });
  }
  return f;
}

function together(notes: ApartNote[] | undefined, rule: ApartNote['rule'], keys: string[]): number {
  notes?.push({ rule, factor: 1, keys });
  return 1;
}

/** Keys of this kind that more than half a side's articles have. */
function mostly(s: AnchorSide, kind: string): string[] {
  return s.core(kind).filter((k) => s.m.get(k)! * 2 > s.n);
}

/** All anchor factors together (place x person x figure); `close`: event days within
 *  REVISION_DAYS of each other (see figureFactor). */
export function anchorsFactor(a: AnchorSide, b: AnchorSide, close = false): number {
  return placeFactor(a, a.n, b, b.n) * personFactor(a, a.n, b, b.n) * figureFactor(a, b, close);
}
