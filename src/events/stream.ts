// Streaming event clusterer (after Miranda et al. 2018): each article is compared, through an
// inverted index over its most discriminative terms, with the few events that share them;
// it joins the best one if the combined score (content similarity x time factor) clears the
// threshold, else it opens a new event. consolidate() then merges events that belong together
// (average linkage, best pair first) and moves articles that fit another event better.
// A batch seeds every article as its own event and consolidates: agglomerative clustering
// over the sparse candidate graph. Scores are content x time factor x place factor; date
// evidence that contradicts gives 0, so such events are never joined or merged.
import type { ArticleWithAnalysis, Assignment } from '../types.ts';
import { articleFeatures, type ArticleFeatures } from './features.ts';
import { DocFreq, MAX_TERMS, STREAM_MAX_TERMS, Vocabulary, isResidual, vectorize, type SparseVec } from './vector.ts';
import { IntFloatMap } from '../util/int-float-map.ts';
import { DateSummary, MAX_TIME_FACTOR, aheadFactor, dateGap, pointSet, timeFactor, writtenBefore, type DatePoint, type Gap } from './time-feature.ts';
import { WEEKDAY_MISMATCH, setGap } from './day-set.ts';
import { MaxHeap } from './heap.ts';
import { AnchorSide, anchorKeys, anchorsFactor, apartFactor } from './anchors.ts';
import { REVISION_DAYS } from './lead-figures.ts';

export interface ClusterOptions {
  /** Join/merge threshold on the combined score (average cosine x time factor). */
  threshold?: number;
  /** Streaming: run a consolidation after this many additions (0 = only when asked). */
  consolidateEvery?: number;
  /** Document frequencies fitted on these items before streaming (batch mode). */
  prefit?: Array<ArticleWithAnalysis | ArticleFeatures>;
  /** Query terms per article for candidate retrieval. */
  queryTerms?: number;
  /** Most candidate events scored per article (those sharing the most query-term weight). */
  maxCandidates?: number;
  /** Most recent events kept per posting list (the time window of retrieval; a list is cut back
   *  to this many when it holds twice as many). */
  postingCap?: number;
  /** Terms kept per article vector; default MAX_TERMS for a fitted batch, STREAM_MAX_TERMS for a stream. */
  maxTerms?: number;
}

export const DEFAULT_THRESHOLD = 0.25;
/**
 * An event without a day of its own (no dated article: an undated report, a bare weekday) that
 * fits two events of the same actors whose dates contradict (the same summit in two years, both
 * on a Thursday) nearly equally well — the lesser at least this share of the better, and its date evidence
 * as close to both — is joined to neither: neither content nor date can tell which one it
 * reports, and a guess would put it in the wrong year.
 */
export const AMBIGUITY = 0.9;

interface Member {
  id: string;
  vec: SparseVec;
  date: DatePoint | null;
  places: string[]; // where the article puts its event, and '@' + every place it names
  mentioned: number[]; // days the text names
  cluster: number;
  side?: AnchorSide; // its places as an anchor side (see memberSide)
  scores?: Map<number, ScoreMemo>; // event key -> its score against that event (a batch's, see rank)
  rest?: Rest; // its event without it (see restOf)
}

/**
 * A member's content score and full score against one version of an event: both depend only on
 * the member (fixed) and the event's state, which changes only with its version (attach, detach,
 * merge). The consolidation's moves and the final explanations rank each article against mostly
 * the same, unchanged events.
 */
interface ScoreMemo {
  version: number;
  content: number;
  scored: Scored | null;
}

/** An event without one of its members, for one version of the event (see restOf). */
interface Rest {
  cluster: number;
  version: number;
  dates?: DateSummary;
  side?: AnchorSide;
}

interface Cluster {
  key: number;
  members: number[]; // member indices
  sum: IntFloatMap; // sum of member unit vectors
  dates: DateSummary;
  indexed: Set<number>;
  alive: boolean;
  version: number;
  places: Map<string, number>; // event place (and '@' + named place) -> members
  side: AnchorSide | null; // places as an anchor side, for `sideVersion`
  sideVersion: number;
  query: SparseVec | null; // heaviest terms, for `queryVersion`
  queryVersion: number;
  flat: Flat | null; // `sum` as arrays, for `flatVersion`
  flatVersion: number;
}

/** An event's term sum as parallel arrays, in the order of its table (see flatOf). */
interface Flat {
  sum: IntFloatMap;
  ids: Int32Array;
  vals: Float64Array;
}

export interface Scored {
  cluster: number;
  score: number;
  content: number;
  gap: Gap | null;
}

/** Event days measured at most REVISION_DAYS apart: figures may differ as reports revise them. */
function isClose(gap: Gap | null): boolean {
  return !!gap && gap.exact && gap.days <= REVISION_DAYS;
}

/** Both sides' days are the ones their texts name for their events, and they differ (see apartFactor). */
function namedApart(gap: Gap | null): boolean {
  return !!gap && !!gap.named && gap.days >= 1;
}

/** The day (day number) most of an event's texts name for it, or null. */
function namedDay(d: DateSummary): number | null {
  const c = d.mostlyNamed() ? d.namedCenter() : null;
  return c === null ? null : Math.round(c);
}

/** Assignment rule of an article kept out of two events it fits equally well (see AMBIGUITY). */
export const AMBIGUOUS_RULE = 'kept-apart:fits-two-events';

const SUM_PRUNE_AT = 800;
const SUM_PRUNE_TO = 500;

export class StreamClusterer {
  readonly vocab = new Vocabulary();
  readonly df = new DocFreq(this.vocab);
  readonly members: Member[] = [];
  readonly clusters: Cluster[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly prefitted: boolean;
  private readonly prefitIds = new Map<ArticleFeatures, Int32Array>();
  private sinceConsolidation = 0;
  private touched = new Set<number>(); // events changed since the last consolidation
  private recent: number[] = []; // uncertain articles added since the last consolidation
  readonly threshold: number;
  private readonly queryTerms: number;
  private readonly maxCandidates: number;
  private readonly postingCap: number;
  private readonly consolidateEvery: number;
  private readonly maxTerms: number;

  constructor(opts: ClusterOptions = {}) {
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    this.queryTerms = opts.queryTerms ?? 16;
    this.maxCandidates = opts.maxCandidates ?? 10;
    // A stream looks back over recent events only. A batch has no "recent" (every article is
    // seeded before any merge), so a short list would hide early articles from late ones:
    // on a generated 20k batch, 128 gave B-cubed 0.980 and 512 gave 0.983.
    this.postingCap = opts.postingCap ?? (opts.prefit ? 512 : 64);
    this.consolidateEvery = opts.consolidateEvery ?? 0;
    this.prefitted = !!opts.prefit;
    // A stream keeps every vector for its whole life: fewer terms bound memory and time per article.
    this.maxTerms = opts.maxTerms ?? (opts.prefit ? MAX_TERMS : STREAM_MAX_TERMS);
    if (opts.prefit) {
      for (const it of opts.prefit) {
        const f = 'tf' in it ? it : articleFeatures(it);
        this.prefitIds.set(f, this.df.fit(f)); // the interned ids, for vectorize
      }
      this.df.minDf = 2;
      this.df.freeze();
    }
  }

  /** Assigns one article: joins the best-scoring event or opens a new one. */
  add(item: ArticleWithAnalysis | ArticleFeatures): Assignment {
    const feats = 'tf' in item ? item : articleFeatures(item);
    const ids = this.prefitted ? this.prefitIds.get(feats) : this.df.add(feats);
    const vec = vectorize(feats, this.df, this.maxTerms, ids);
    const m: Member = { id: feats.id, vec, date: feats.date, places: anchorKeys(feats), mentioned: feats.mentioned, cluster: -1 };
    const mi = this.members.push(m) - 1;
    const ranked = this.rank(vec, m.date, mi, -1, 2); // the best and the runner-up
    const best = ranked[0];
    let assignment: Assignment;
    // Periodic consolidation revisits only close calls: new events, or joins near the threshold.
    if (!best || best.score < 2 * this.threshold || (ranked[1] && ranked[1].score >= this.threshold)) this.recent.push(mi);
    const rival = best && best.score >= this.threshold ? this.rivalOf(mi, best, ranked[1]) : null;
    if (best && best.score >= this.threshold && rival === null) {
      this.attach(mi, best.cluster);
      assignment = this.explain(mi, best, ranked[1] ?? null, 'joined');
    } else {
      const c = this.open();
      this.attach(mi, c);
      if (rival !== null) this.heldApart.set(c, [best!.cluster, rival]);
      assignment = this.explain(mi, { cluster: c, score: 0, content: 0, gap: null }, best ?? null, rival !== null ? AMBIGUOUS_RULE : 'opened-new-event');
    }
    if (this.consolidateEvery > 0 && ++this.sinceConsolidation >= this.consolidateEvery) {
      this.sinceConsolidation = 0;
      this.consolidate(false);
    }
    return assignment;
  }

  /**
   * Batch path: the article starts an event of its own; consolidate() then merges events by
   * average linkage, best pair first, so a batch is agglomerative clustering over the sparse
   * candidate graph (events sharing index terms) rather than an order-dependent single pass.
   */
  seed(item: ArticleWithAnalysis | ArticleFeatures): void {
    const feats = 'tf' in item ? item : articleFeatures(item);
    const ids = this.prefitted ? this.prefitIds.get(feats) : this.df.add(feats);
    this.prefitIds.delete(feats);
    const vec = vectorize(feats, this.df, this.maxTerms, ids);
    const mi = this.members.push({ id: feats.id, vec, date: feats.date, places: anchorKeys(feats), mentioned: feats.mentioned, cluster: -1 }) - 1;
    this.attach(mi, this.open());
  }

  /** Live events as lists of member article ids, in order of creation. */
  groups(): string[][] {
    return this.clusters.filter((c) => c.alive && c.members.length).map((c) => c.members.map((i) => this.members[i]!.id));
  }

  // ------------------------------------------------------------------ scoring

  /** The event's dates without one member (so an article is not compared with itself). */
  private summaryWithout(c: Cluster, mi: number): DateSummary {
    const rest = this.restOf(c, mi);
    if (rest.dates) return rest.dates;
    const s = new DateSummary();
    for (const o of c.members) if (o !== mi) s.add(this.members[o]!.date);
    return (rest.dates = s);
  }

  /**
   * What is derived from event c without member mi (its dates, its anchor side), kept with the
   * member for the event's current version: the consolidation's moves and the final explanations
   * score each article against its own event, mostly unchanged in between. (A batch only.)
   */
  private restOf(c: Cluster, mi: number): Rest {
    const m = this.members[mi]!;
    if (!this.prefitted) return { cluster: c.key, version: c.version }; // a stream keeps no more per article
    if (!m.rest || m.rest.cluster !== c.key || m.rest.version !== c.version) m.rest = { cluster: c.key, version: c.version };
    return m.rest;
  }

  /** The member's own places as an anchor side (in a batch derived once: its places never change). */
  private memberSide(mi: number): AnchorSide {
    const m = this.members[mi]!;
    if (!this.prefitted) return AnchorSide.of(m.places); // a stream keeps no more per article
    return (m.side ??= AnchorSide.of(m.places));
  }

  /** Content score of an article vector against an event: mean cosine with its articles (itself left out). */
  private content(vec: SparseVec, c: Cluster, self: number): number {
    let dot = c.sum.dot(vec.ids, vec.vals);
    let n = c.members.length;
    if (self >= 0 && this.members[self]!.cluster === c.key) {
      dot -= 1; // leave the article itself out of its own event
      n -= 1;
    }
    return n > 0 ? dot / n : 0; // average linkage: mean cosine with the event's articles
  }

  /** The full score: content x time factor x anchor factors. */
  private scoreVec(content: number, date: DatePoint | null, c: Cluster, self: number, side: AnchorSide | null): Scored {
    const own = self >= 0 && this.members[self]!.cluster === c.key;
    const dates = own && c.members.length <= 200 ? this.summaryWithout(c, self) : c.dates;
    let gap = dateGap(date, dates);
    // (Not when the article's own day is one its text names against a declared date: another day
    // it also names is then what its event followed, not its event — "prosecutors opened an inquiry
    // on Friday … the fire chief said on Tuesday".)
    if (gap && gap.exact && gap.days > 0 && self >= 0 && dates.count && !date?.named) {
      // An article written later about this event names the event's day: measure from that
      // (the same dates as the gap, so an article is not measured against its own date).
      const centre = dates.center()!;
      for (const d of this.members[self]!.mentioned) {
        const days = Math.round(Math.abs(d - centre));
        if (days < gap.days) gap = { days, exact: true };
      }
    }
    const place = side ? this.docAnchorFactor(self, side, c, gap, date, dates) : 1;
    const ahead = date?.ahead || dates.ahead ? aheadFactor(summaryOf(date), dates) : 1;
    return { cluster: c.key, score: content * timeFactor(gap) * place * ahead, content, gap };
  }

  /**
   * Candidate events through the inverted index, best first. With `need`, only that many best
   * scores are guaranteed (the rest may be left out): the time and anchor factors are computed in
   * order of content and stop once no remaining candidate could reach the need-th best score —
   * content x MAX_TIME_FACTOR bounds any score. The own event of `self` is always scored.
   */
  rank(vec: SparseVec, date: DatePoint | null, self: number, exclude = -1, need = Infinity): Scored[] {
    const scored = this.candidates(vec, date, self, exclude);
    const own = self >= 0 ? this.members[self]!.cluster : -1;
    const side = self >= 0 ? this.memberSide(self) : null;
    const out: Scored[] = [];
    let kth = -Infinity; // need-th best full score so far
    for (const { cl, content, memo: e } of scored) {
      if (out.length >= need && content * MAX_TIME_FACTOR < kth && cl.key !== own) continue;
      out.push(e ? (e.scored ??= this.scoreVec(content, date, cl, self, side)) : this.scoreVec(content, date, cl, self, side));
      if (out.length >= need && Number.isFinite(need)) kth = out.map((o) => o.score).sort((x, y) => y - x)[need - 1]!;
    }
    out.sort((a, b) => b.score - a.score || a.cluster - b.cluster);
    return out;
  }

  /** Candidate events of a vector with their content scores, best content first (see rank). */
  private candidates(vec: SparseVec, date: DatePoint | null, self: number, exclude: number): Array<{ cl: Cluster; content: number; memo: ScoreMemo | null }> {
    const hit = this.gather(vec, Math.min(this.queryTerms, vec.ids.length), exclude);
    const acc = this.acc;
    const clusters = this.clusters;
    const own = self >= 0 ? this.members[self]!.cluster : -1;
    if (own >= 0 && own !== exclude) {
      if (acc[own] === 0) hit.push(own);
      acc[own] = Infinity;
    }
    const cands = hit.length > this.maxCandidates ? topBy(hit, acc, this.maxCandidates) : hit;
    for (const c of hit) acc[c] = 0;
    // A batch keeps each member's scores per version of the events it was scored against (see Scores).
    const memo = self >= 0 && this.prefitted && vec === this.members[self]!.vec && date === this.members[self]!.date ? (this.members[self]!.scores ??= new Map()) : null;
    const scored: Array<{ cl: Cluster; content: number; memo: ScoreMemo | null }> = [];
    for (const c of cands) {
      const cl = clusters[c]!;
      if (!cl.alive || cl.members.length === 0) continue;
      if (!memo) {
        scored.push({ cl, content: this.content(vec, cl, self), memo: null });
        continue;
      }
      let e = memo.get(c);
      if (!e || e.version !== cl.version) memo.set(c, (e = { version: cl.version, content: this.content(vec, cl, self), scored: null }));
      scored.push({ cl, content: e.content, memo: e });
    }
    scored.sort((a, b) => b.content - a.content || a.cl.key - b.cl.key);
    return scored;
  }
  private acc = new Float64Array(1024);

  /**
   * Events sharing the first `n` terms of `vec`, through the inverted index: each one's shared
   * query-term weight is accumulated in `this.acc` (the caller resets it for the returned events).
   * Merged events are followed to the event that absorbed them, and the posting remembers it.
   */
  private gather(vec: SparseVec, n: number, skip: number): number[] {
    this.growAcc();
    const acc = this.acc;
    const forward = this.forward; // dense: cheaper to test than each event's record
    const hit: number[] = [];
    for (let i = 0; i < n; i++) {
      const post = this.postings.get(vec.ids[i]!);
      if (!post) continue;
      const w = vec.vals[i]!;
      for (let j = 0; j < post.length; j++) {
        let live = post[j]!;
        if (forward[live] !== undefined) post[j] = live = this.resolve(live);
        if (live === skip) continue;
        if (acc[live] === 0) hit.push(live);
        acc[live] += w;
      }
    }
    return hit;
  }

  private growAcc(): void {
    if (this.acc.length >= this.clusters.length) return;
    const grown = new Float64Array(Math.max(1024, this.clusters.length * 2));
    grown.set(this.acc);
    this.acc = grown;
  }

  private resolve(c: number): number {
    // Merged events forward to the event that absorbed them (see merge()), with path compression.
    let k = c;
    while (!this.clusters[k]!.alive && this.forward[k] !== undefined) k = this.forward[k]!;
    let x = c;
    while (x !== k && this.forward[x] !== undefined) {
      const next = this.forward[x]!;
      this.forward[x] = k;
      x = next;
    }
    return k;
  }
  private readonly forward: number[] = [];

  /** The event's anchors as a side (derived once per version of the event). */
  private sideOf(c: Cluster): AnchorSide {
    if (!c.side || c.sideVersion !== c.version) {
      c.side = new AnchorSide(c.places, c.members.length);
      c.sideVersion = c.version;
    }
    return c.side;
  }

  /** Anchor factors of an article (its side, its date) against an event (its dates), the article itself left out. */
  private docAnchorFactor(mi: number, side: AnchorSide, c: Cluster, gap: Gap | null, date: DatePoint | null, dates: DateSummary): number {
    const m = this.members[mi]!;
    let other: AnchorSide;
    if (m.cluster !== c.key) other = this.sideOf(c);
    else {
      const r = this.restOf(c, mi);
      if (!r.side) {
        const rest = new Map(c.places);
        for (const p of m.places) {
          const n = (rest.get(p) ?? 0) - 1;
          if (n > 0) rest.set(p, n);
          else rest.delete(p);
        }
        r.side = new AnchorSide(rest, c.members.length - 1);
      }
      other = r.side;
    }
    const apart = namedApart(gap) ? apartFactor(side, date && date.lo === date.hi ? date.lo : null, other, namedDay(dates)) : 1;
    return anchorsFactor(side, other, isClose(gap)) * apart;
  }

  // ------------------------------------------------------------------ membership

  private open(): number {
    const key = this.clusters.length;
    this.clusters.push({ key, members: [], sum: new IntFloatMap(STREAM_MAX_TERMS), dates: new DateSummary(), indexed: new Set(), alive: true, version: 0, places: new Map(), side: null, sideVersion: -1, query: null, queryVersion: -1, flat: null, flatVersion: -1 });
    return key;
  }

  private attach(mi: number, c: number): void {
    const m = this.members[mi]!;
    const cl = this.clusters[c]!;
    m.cluster = c;
    cl.members.push(mi);
    cl.version++;
    this.touched.add(c);
    const v = m.vec;
    for (let i = 0; i < v.ids.length; i++) cl.sum.add(v.ids[i]!, v.vals[i]!);
    if (cl.sum.size > SUM_PRUNE_AT) this.pruneSum(cl);
    cl.dates.add(m.date);
    for (const p of m.places) cl.places.set(p, (cl.places.get(p) ?? 0) + 1);
    const q = Math.min(this.queryTerms, v.ids.length);
    for (let i = 0; i < q; i++) this.index(v.ids[i]!, c);
  }

  private detach(mi: number): void {
    const m = this.members[mi]!;
    const cl = this.clusters[m.cluster]!;
    cl.members = cl.members.filter((x) => x !== mi);
    cl.version++;
    const v = m.vec;
    for (let i = 0; i < v.ids.length; i++) {
      const x = (cl.sum.get(v.ids[i]!) ?? 0) - v.vals[i]!;
      if (Math.abs(x) < 1e-9) cl.sum.delete(v.ids[i]!);
      else cl.sum.set(v.ids[i]!, x);
    }
    cl.dates = new DateSummary();
    for (const o of cl.members) cl.dates.add(this.members[o]!.date);
    for (const p of m.places) {
      const n = (cl.places.get(p) ?? 0) - 1;
      if (n > 0) cl.places.set(p, n);
      else cl.places.delete(p);
    }
    m.cluster = -1;
  }

  private pruneSum(cl: Cluster): void {
    const kept = [...cl.sum.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SUM_PRUNE_TO);
    cl.sum = IntFloatMap.from(kept);
  }

  private index(term: number, c: number): void {
    const cl = this.clusters[c]!;
    if (cl.indexed.has(term)) return;
    cl.indexed.add(term);
    let post = this.postings.get(term);
    if (!post) this.postings.set(term, (post = []));
    post.push(c);
    if (post.length > this.postingCap * 2) post.splice(0, post.length - this.postingCap);
  }

  // ------------------------------------------------------------------ consolidation

  /** Cluster-to-cluster score: average linkage x time factor between their date summaries. */
  private linkScore(a: Cluster, b: Cluster, floor = -Infinity): number {
    // (a stream keeps no arrays per event: it keeps its events for its whole life)
    const content = (this.prefitted ? sumDot(a, b) : IntFloatMap.dot(a.sum, b.sum)) / (a.members.length * b.members.length);
    // Every factor but the time factor is at most 1: content x MAX_TIME_FACTOR bounds the score,
    // and a pair that cannot reach `floor` needs no dates or anchors (the bound, below it, is returned).
    const bound = content * MAX_TIME_FACTOR;
    if (bound < floor) return bound;
    const gap = summaryGap(a.dates, b.dates);
    const apart = namedApart(gap) ? apartFactor(this.sideOf(a), namedDay(a.dates), this.sideOf(b), namedDay(b.dates)) : 1;
    return content * timeFactor(gap) * aheadFactor(a.dates, b.dates) * anchorsFactor(this.sideOf(a), this.sideOf(b), isClose(gap)) * apart;
  }

  /** The event's heaviest terms as a query (derived once per version of the event). */
  private clusterQuery(c: Cluster): SparseVec {
    if (c.query && c.queryVersion === c.version) return c.query;
    // Members' residual terms (see vectorize) can be among the heaviest of a small event but
    // find no other event: query with the heaviest shared terms instead.
    // (Streams have no residual terms: the first, plain query is then the answer.)
    let top = c.sum.top(this.queryTerms);
    if (top.ids.some((id) => isResidual(this.vocab, id))) {
      top = c.sum.top(this.queryTerms + Math.min(c.members.length, this.queryTerms));
      const keep = Array.from(top.ids, (_, i) => i).filter((i) => !isResidual(this.vocab, top.ids[i]!)).slice(0, this.queryTerms);
      top = { ids: Int32Array.from(keep, (i) => top.ids[i]!), vals: Float32Array.from(keep, (i) => top.vals[i]!) };
    }
    c.query = top;
    c.queryVersion = c.version;
    return c.query;
  }

  /** Events sharing the most discriminative terms with event c (at most maxCandidates), by key. */
  private neighbours(c: Cluster): number[] {
    const q = this.clusterQuery(c);
    const hit = this.gather(q, q.ids.length, c.key);
    const acc = this.acc;
    const found = hit.filter((x) => this.clusters[x]!.members.length > 0); // resolved events are alive
    const out = found.length > this.maxCandidates ? topBy(found, acc, this.maxCandidates) : found;
    for (const x of hit) acc[x] = 0;
    return out.sort((a, b) => a - b);
  }

  private merge(into: number, from: number): void {
    const a = this.clusters[into]!;
    const b = this.clusters[from]!;
    for (const mi of b.members) {
      a.members.push(mi);
      this.members[mi]!.cluster = into;
    }
    b.sum.forEach((x, k) => a.sum.add(k, x));
    if (a.sum.size > SUM_PRUNE_AT) this.pruneSum(a);
    a.dates.merge(b.dates);
    for (const [p, n] of b.places) a.places.set(p, (a.places.get(p) ?? 0) + n);
    for (const t of b.indexed) this.index(t, into);
    a.version++;
    b.members = [];
    b.sum = new IntFloatMap();
    b.places = new Map();
    b.alive = false;
    this.forward[from] = into;
  }

  /** Merges events whose average-linkage score clears the threshold (best pair first), then
   *  moves articles that score higher with another event than with their own. */
  consolidate(all = true): void {
    const scope = all ? null : new Set([...this.touched].map((c) => this.resolve(c)));
    const recent = all ? null : this.recent;
    this.touched = new Set();
    this.recent = [];
    this.mergePass(scope);
    this.touched = new Set();
    this.reassignPass(recent);
    // Second merge only around the events the moves changed.
    this.mergePass(all ? null : new Set([...this.touched].map((c) => this.resolve(c))));
    this.touched = new Set();
    this.releasePass(recent);
  }

  /** Takes undated articles that fit two date-contradicting events equally well out of both (see AMBIGUITY). */
  private releasePass(only: number[] | null): void {
    const todo = only ?? this.members.map((_, i) => i);
    for (const mi of todo) {
      const m = this.members[mi]!;
      if (m.cluster < 0 || this.clusters[m.cluster]!.members.length < 2) continue;
      const other = this.fitsTwo(mi);
      if (other === null) continue;
      const own = m.cluster;
      this.detach(mi);
      const c = this.open();
      this.attach(mi, c);
      this.heldApart.set(c, [own, other]);
    }
  }

  /** Agglomerative pass; `scope` limits the starting events (periodic consolidation). */
  private mergePass(scope: Set<number> | null): void {
    const heap = new MaxHeap<{ a: number; b: number; va: number; vb: number }>();
    // pairs already scored in the first sweep (both sides may list each other)
    let seen: Set<number> | null = new Set();
    const pushPairs = (c: Cluster): void => {
      for (const o of this.neighbours(c)) {
        const a = Math.min(c.key, o);
        const b = Math.max(c.key, o);
        if (seen) {
          const k = a * 0x100000000 + b;
          if (seen.has(k)) continue;
          seen.add(k);
        }
        const s = this.linkScore(c, this.clusters[o]!, this.threshold);
        if (s >= this.threshold) heap.push(s, { a, b, va: this.clusters[a]!.version, vb: this.clusters[b]!.version });
      }
    };
    for (const c of this.clusters) if (c.alive && c.members.length && (!scope || scope.has(c.key))) pushPairs(c);
    seen = null; // a merged event is new: its pairs are scored again
    for (;;) {
      const top = heap.pop();
      if (!top) break;
      const { a, b } = top.v;
      const A = this.clusters[a]!;
      const B = this.clusters[b]!;
      if (!A.alive || !B.alive || !A.members.length || !B.members.length) continue;
      // Neither event changed since the pair was scored (see attach/detach/merge): the same score.
      const fresh = A.version === top.v.va && B.version === top.v.vb;
      const s = fresh ? top.k : this.linkScore(A, B, this.threshold);
      if (s < this.threshold) continue;
      if (s < top.k - 1e-12) {
        top.v.va = A.version;
        top.v.vb = B.version;
        heap.push(s, top.v); // stale score: re-queue with the current value
        continue;
      }
      if (this.holdApart(A, B, s) || this.holdApart(B, A, s)) continue;
      this.merge(a, b);
      pushPairs(A);
    }
  }

  /**
   * True when event x has no day of its own and fits another event z, whose dates contradict
   * y's, nearly as well as y (score `s`; see AMBIGUITY): x is then merged with neither.
   */
  private holdApart(x: Cluster, y: Cluster, s: number): boolean {
    if (x.dates.count || !y.dates.count) return false; // only an undated side, against a dated one
    for (const o of this.neighbours(x)) {
      const z = this.clusters[o]!;
      if (o === y.key || !z.members.length || timeFactor(summaryGap(y.dates, z.dates)) > 0) continue;
      if (this.linkScore(x, z, AMBIGUITY * s) >= AMBIGUITY * s && sameGap(summaryGap(x.dates, y.dates), summaryGap(x.dates, z.dates)) && sharedActor(this.sideOf(x), this.sideOf(y), this.sideOf(z))) {
        this.heldApart.set(x.key, [y.key, o]);
        return true;
      }
    }
    return false;
  }

  /**
   * Stream: the runner-up's event when an article without a day of its own fits it nearly as
   * well as the best one and the two events' dates contradict (see AMBIGUITY), else null.
   */
  private rivalOf(mi: number, best: Scored, runner: Scored | undefined): number | null {
    if (!runner || runner.score < AMBIGUITY * best.score || !sameGap(best.gap, runner.gap)) return null;
    if (summaryOf(this.members[mi]!.date).count) return null;
    const a = this.clusters[best.cluster]!;
    const b = this.clusters[runner.cluster]!;
    if (!a.dates.count || !b.dates.count || timeFactor(summaryGap(a.dates, b.dates)) > 0) return null;
    return sharedActor(this.memberSide(mi), this.sideOf(a), this.sideOf(b)) ? runner.cluster : null;
  }

  /**
   * The other event when member `mi` has no day of its own and its own event (without it) and
   * the best other event fit it nearly equally well (see AMBIGUITY) while their dates
   * contradict: it then belongs in neither. Else null.
   */
  private fitsTwo(mi: number): number | null {
    const m = this.members[mi]!;
    const own = this.clusters[m.cluster]!;
    if (!own.dates.count) return null; // no dated article in its event (always so without dates)
    if (summaryOf(m.date).count) return null;
    // No person or place of its own: no actor it shares with both events (sharedActor), so
    // ranking it again would decide nothing.
    const side = this.memberSide(mi);
    if (!ACTORS.some((kind) => side.core(kind).length)) return null;
    const ranked = this.rank(m.vec, m.date, mi, -1, 2); // the two best, and always its own event
    const other = ranked.find((r) => r.cluster !== own.key);
    const mine = ranked.find((r) => r.cluster === own.key);
    if (!other || !mine || !sameGap(other.gap, mine.gap)) return null;
    const lo = Math.min(mine.score, other.score);
    if (lo < this.threshold || lo < AMBIGUITY * Math.max(mine.score, other.score)) return null;
    const theirs = this.clusters[other.cluster]!;
    if (!theirs.dates.count || timeFactor(summaryGap(this.summaryWithout(own, mi), theirs.dates)) > 0) return null;
    return sharedActor(side, this.sideOf(own), this.sideOf(theirs)) ? other.cluster : null;
  }

  /** Events kept apart as ambiguous (key -> the two events they fit), see AMBIGUITY. */
  private readonly heldApart = new Map<number, [number, number]>();

  /** The two events a still-separate event `key` fits equally well, when it was held apart (see AMBIGUITY). */
  ambiguousBetween(key: number): [number, number] | null {
    const k = this.resolve(key);
    const c = this.clusters[k]!;
    const pair = this.heldApart.get(k);
    if (!pair || !c.alive || !c.members.length) return null;
    const [y, z] = pair.map((x) => this.resolve(x)) as [number, number];
    return y !== z && y !== k && z !== k ? [y, z] : null;
  }

  /** Moves articles (all, or the recent ones) to the event they now fit best. */
  private reassignPass(only: number[] | null): void {
    const todo = only ?? this.members.map((_, i) => i);
    for (const mi of todo) {
      const m = this.members[mi]!;
      const own = this.clusters[m.cluster]!;
      if (own.members.length < 2) continue;
      const ranked = this.rank(m.vec, m.date, mi, -1, 1); // the best, and always its own event
      const best = ranked[0];
      if (!best || best.cluster === m.cluster) continue;
      const mine = ranked.find((r) => r.cluster === m.cluster)?.score ?? 0;
      if (best.score >= this.threshold && best.score > mine) {
        this.detach(mi);
        this.attach(mi, best.cluster);
      } else if (mine < this.threshold / 2) {
        this.detach(mi);
        this.attach(mi, this.open());
      }
    }
  }

  // ------------------------------------------------------------------ explanations

  /** Why article `mi` is in its current event: score against it and against the runner-up. */
  explainFinal(mi: number): { best: Scored; runner: Scored | null } {
    const m = this.members[mi]!;
    // As rank() would give them, scoring only its own event and the other events that could
    // still beat (or tie) the best other one so far: content x MAX_TIME_FACTOR bounds a score, and
    // candidates come best content first.
    const side = this.memberSide(mi);
    let own: Scored | null = null;
    let runner: Scored | null = null;
    for (const { cl, content, memo: e } of this.candidates(m.vec, m.date, mi, -1)) {
      const mine = cl.key === m.cluster;
      if (!mine && runner && content * MAX_TIME_FACTOR < runner.score) {
        if (own) break;
        continue;
      }
      const s = e ? (e.scored ??= this.scoreVec(content, m.date, cl, mi, side)) : this.scoreVec(content, m.date, cl, mi, side);
      if (mine) own = s;
      else if (!runner || s.score > runner.score || (s.score === runner.score && s.cluster < runner.cluster)) runner = s;
    }
    return { best: own ?? { cluster: m.cluster, score: 0, content: 0, gap: null }, runner };
  }

  explain(mi: number, best: Scored, runner: Scored | null, rule: string): Assignment {
    const m = this.members[mi]!;
    const cl = this.clusters[best.cluster]!;
    const contrib: Array<[number, number]> = [];
    const self = m.cluster === best.cluster;
    for (let i = 0; i < m.vec.ids.length; i++) {
      let x = cl.sum.get(m.vec.ids[i]!);
      if (x === undefined) continue;
      if (self) x -= m.vec.vals[i]!; // what the other articles share with this one
      if (x > 1e-6) contrib.push([m.vec.ids[i]!, x * m.vec.vals[i]!]);
    }
    contrib.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const terms: string[] = [];
    const ents: string[] = [];
    for (const [id] of contrib) {
      const key = this.vocab.terms[id]!;
      const body = key.slice(2);
      // Entity ids ("person:x") are listed as entities; names, numbers and lemmas as terms.
      if (key.startsWith('e:') && body.includes(':')) {
        if (ents.length < 8 && !ents.includes(body)) ents.push(body);
      } else if (terms.length < 10 && !terms.includes(body)) terms.push(body.replace(/_/g, ' ').replace(/^N(?=\d)/, ''));
    }
    return {
      article_id: m.id,
      event_id: `c${best.cluster}`,
      score: round(best.score),
      runner_up: runner ? { event_id: `c${runner.cluster}`, score: round(runner.score) } : null,
      shared_terms: terms,
      shared_entities: ents,
      date_gap_days: best.gap ? (best.gap.days >= WEEKDAY_MISMATCH ? this.weekdayGap(mi, best.cluster) : best.gap.days) : null,
      rule,
    };
  }

  /**
   * Days between an article's evidence and an event's when they contradict only by weekday
   * ("a Wednesday" against a Monday): the days to the nearest such weekday, not the sentinel
   * WEEKDAY_MISMATCH that makes the score 0.
   */
  private weekdayGap(mi: number, c: number): number | null {
    const cl = this.clusters[c]!;
    const m = this.members[mi]!;
    const a = pointSet(m.date);
    const b = (m.cluster === c ? this.summaryWithout(cl, mi) : cl.dates).set;
    return a && b ? setGap(a, b, true).days : null;
  }

  /** Live events: key, member article ids (in arrival order) and the members by centrality. */
  liveClusters(): Array<{ key: number; ids: string[]; central: string; ranked: string[] }> {
    const out: Array<{ key: number; ids: string[]; central: string; ranked: string[] }> = [];
    for (const c of this.clusters) {
      if (!c.alive || !c.members.length) continue;
      const scored = c.members.map((mi, i) => ({ mi, i, d: c.sum.dot(this.members[mi]!.vec.ids, this.members[mi]!.vec.vals) }));
      scored.sort((a, b) => (Math.abs(b.d - a.d) > 1e-12 ? b.d - a.d : a.i - b.i));
      const ranked = scored.map((x) => this.members[x.mi]!.id);
      out.push({ key: c.key, ids: c.members.map((i) => this.members[i]!.id), central: ranked[0]!, ranked });
    }
    return out;
  }

  /** Final explanation of member `mi`, with event ids mapped by `name`. */
  finalAssignment(mi: number, rule: string, name: (key: number) => string): Assignment {
    const { best, runner } = this.explainFinal(mi);
    const alone = this.clusters[best.cluster]!.members.length === 1;
    // Alone in its event: explain what it shares with the best other event, and why that fell short.
    const a = alone && runner ? { ...this.explain(mi, runner, runner, rule), score: 0 } : this.explain(mi, best, runner, rule);
    a.event_id = name(best.cluster);
    if (a.runner_up && runner) a.runner_up.event_id = name(runner.cluster);
    return a;
  }

  /** Live event an (original) cluster key now belongs to. */
  liveKey(key: number): number {
    return this.resolve(key);
  }

  memberCount(key: number): number {
    return this.clusters[key]!.members.length;
  }

  clusterOf(mi: number): number {
    return this.members[mi]!.cluster;
  }
}

/**
 * The k events with the most accumulated weight (ties: lower key first), best first — a bounded
 * insertion instead of sorting every hit (hundreds per article in a large stream).
 */
function topBy(hit: number[], acc: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => acc[a]! > acc[b]! || (acc[a] === acc[b] && a < b);
  for (const c of hit) {
    if (top.length === k && !better(c, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(c);
    while (i > 0 && better(c, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = c;
  }
  return top;
}

/**
 * A person or place that most articles of all three sides name: the same actors, so an undated
 * report may be about either event (see AMBIGUITY). Without entities, nothing says so.
 */
function sharedActor(x: AnchorSide, y: AnchorSide, z: AnchorSide): boolean {
  for (const kind of ACTORS) {
    const ys = y.core(kind);
    const zs = z.core(kind);
    if (x.core(kind).some((k) => ys.includes(k) && zs.includes(k))) return true;
  }
  return false;
}
/** Anchor keys of every person and place a side names (figures, also '@'-keyed, are no actors). */
const ACTORS = ['@person:', '@place:'];

/**
 * IntFloatMap.dot(a.sum, b.sum), the same sum in the same order (the smaller map's entries in
 * table order, looked up in the larger), over the smaller one's entries kept as arrays per
 * version of its event: consolidation scores each event against its neighbours many times
 * between changes, and the arrays skip the table's empty half.
 */
function sumDot(a: Cluster, b: Cluster): number {
  if (a.sum.size > b.sum.size) {
    const f = flatOf(b);
    return a.sum.dot(f.ids, f.vals);
  }
  const f = flatOf(a);
  return b.sum.dot(f.ids, f.vals);
}

function flatOf(c: Cluster): Flat {
  if (c.flat && c.flatVersion === c.version && c.flat.sum === c.sum && c.flat.ids.length === c.sum.size) return c.flat;
  const ids = new Int32Array(c.sum.size);
  const vals = new Float64Array(c.sum.size);
  let i = 0;
  c.sum.forEach((v, k) => {
    ids[i] = k;
    vals[i++] = v;
  });
  c.flat = { sum: c.sum, ids, vals };
  c.flatVersion = c.version;
  return c.flat;
}

/** One article's date as a summary. */
function summaryOf(p: DatePoint | null): DateSummary {
  const s = new DateSummary();
  s.add(p);
  return s;
}

/** Both gaps unknown, or the same number of days: the dates fit two events equally (see AMBIGUITY). */
function sameGap(a: Gap | null, b: Gap | null): boolean {
  return a === null || b === null ? a === b : a.days === b.days;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Gap between two events' date summaries: between their centres when both have point-like
 *  dates, else between the closest days both events' evidence allows (a lower bound). */
export function summaryGap(a: DateSummary, b: DateSummary): Gap | null {
  // reports written before the days the other side's texts name (see writtenBefore)
  if (!a.mostlyNamed() && writtenBefore(a.hi, a.ahead > 0, b)) return { days: Math.round(b.namedCenter()! - a.hi!), exact: true, before: true };
  if (!b.mostlyNamed() && writtenBefore(b.hi, b.ahead > 0, a)) return { days: Math.round(a.namedCenter()! - b.hi!), exact: true, before: true };
  // both mostly on days their texts name: the gap between those days (see DateSummary.mostlyNamed)
  if (a.mostlyNamed() && b.mostlyNamed()) return { days: Math.round(Math.abs(a.namedCenter()! - b.namedCenter()!)), exact: true, named: true };
  if (a.count && b.count) return { days: Math.round(Math.abs(a.center()! - b.center()!)), exact: true };
  if (!a.set || !b.set) return null;
  return setGap(a.set, b.set, false, a.bareWeekday() ? a.set : b.bareWeekday() ? b.set : null);
}
