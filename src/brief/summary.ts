// Extractive summary within a word budget: the set of sentences whose wording is closest to
// the event's as a whole — KL divergence between the word distribution of the event and that
// of the summary (KLSum, Haghighi & Vanderwende 2009). The event's distribution counts every
// sentence (leads weigh more: an outlet puts the core of the story first) and every title
// (an outlet's own one-line summary, weighted up). Words many outlets share dominate it, so
// the closest summary is the one that says what the sources agree on, in few words, once.
// A tone penalty keeps the summary a plain report: quotes, loaded words, manner adverbs,
// questions and first-person asides cost extra; a sentence cut from inside a longer quotation
// (src/brief/quote-cut.ts) is used only when nothing else is there. Sentences are shortlisted
// by a per-sentence score (agreement with other outlets, echo of the titles, lead position,
// tone), the best set that fills the budget is searched exactly among the shortlist, no two
// chosen sentences saying the same thing, and the chosen ones are ordered by where they stand
// in their articles. When the sources are long enough that a reader wants the whole budget,
// the words whole lines leave over go to the opening words of one more sentence, flagged
// `opening` (an exact span, shown with " …"; see `fill`: ROUGE-1 on NeuS 0.391 -> 0.400, both
// halves up). A summary
// line is the part of its sentence an editor would quote (src/brief/trim.ts: no dateline,
// rubric label, leading connective or anonymous trailing attribution), still an exact span of
// the source. The distributions compare wording only (sentence embeddings did not pick better
// sentences and cost time); the redundancy check and the echo citations use the full alignment
// score. A learned sentence scorer added to the objective did not do better on held-out
// clusters (bench/fit-summary.ts). What would help is measured in bench/summary-oracles.ts:
// the wanted words (a reference's own distribution as the target: 0.434 vs 0.391 on NeuS,
// whole lines only), or knowing which article a reference follows (0.415; a blind pick loses)
// — neither is visible in the text of the event. Tried and not kept (bench notes): cutting
// asides out of the middle of a sentence (appositives, relative clauses, parentheses) to make
// room, and stopping short of the budget when the next line adds little.
import { ALIGN } from './align.ts';
import { agreement, lexAt } from './agreement.ts';
import { loadedChoiceCount, loadedCount } from '../lexicon/framing.ts';
import { cutFromQuote, markSpans } from './quote-cut.ts';
import type { Similarity } from './similarity.ts';
import type { Citation, SummarySentence } from './types.ts';
import { isStop, stem, wordCount, words as wordTokens } from './tokens.ts';
import { trimSpan, type TrimOptions } from './trim.ts';
import { cite, type EventText, type Unit } from './units.ts';

const JUNK = /(https?:\/\/|www\.|\bsubscribe\b|\bsign up\b|\bread more\b|\bclick here\b|\bnewsletter\b|©|\ball rights reserved\b)/i;
// A pointer to other media ("Watch the full interview (video).", "Listen to the podcast here.")
// introduces material that is not in the text: it says nothing about what happened.
const PROMO = /^(?:watch|listen to|read|see|click|tap)\b.{0,120}\b(?:video|interview|podcast|here|below|above|full|story|coverage|live)\b|\((?:video|videos|photos?|audio|watch|listen|gallery)\)/i;
// Two sentences the fact alignment would call "the same thing" are redundant.
const REDUNDANT = ALIGN;
// A sentence whose wording is mostly inside an already chosen one adds little.
const CONTAIN = 0.7;

/** A sentence that ends like one (headlines, captions and datelines do not). */
const ENDS = /[.!?…]["”’')\]]*$/;


function usable(u: Unit): boolean {
  if (u.words < 5 || u.words > 80 || u.caption) return false;
  if (JUNK.test(u.text) || PROMO.test(u.text)) return false;
  if (!/\p{Ll}/u.test(u.text)) return false;
  if (/[:]$/.test(u.text)) return false; // "X said:" introduces a quote that is elsewhere
  return true;
}

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|our|us)\b/;
// Manner adverbs ("utterly", "desperately", "shamefully") colour a report; a few -ly words that
// only state a time, a frequency, a likelihood or a source do not.
const MANNER =
  /\b(?!(?:only|early|family|likely|unlikely|reportedly|allegedly|apparently|daily|weekly|monthly|yearly|quarterly|supply|reply|apply|rally|ally|july|italy|assembly|anomaly|monopoly|nearly|largely|mostly|currently|recently|previously|initially|finally|formerly|publicly|partly|directly|officially|separately|respectively)\b)[a-z]{2,}ly\b/g;
/** Tone weight of a sentence holding scare quotes. */
const SCARE_WEIGHT = 0.7;
/** Tone weight of each manner adverb (chosen on the first half of NeuS validation). */
const MANNER_WEIGHT = 0.9;

/**
 * How plainly a sentence states things, 0..1 (1 = plain report): the reference a reader wants
 * is neutral, so quotes (their words, not a statement of fact), loaded words, manner adverbs,
 * questions and first-person asides weigh less.
 */
function neutrality(u: Unit): number {
  let s = 1;
  if (u.quoted > 0.5) s *= 0.6;
  else if (u.quoted > 0.2) s *= 0.85;
  // loaded words and one side's loaded choices ("rioters", "regime"): the summary speaks neutrally
  s *= Math.pow(0.85, loadedCount(u.text) + loadedChoiceCount(u.text));
  if (/\?["”]?$/.test(u.text)) s *= 0.5;
  // scare quotes ("calling it a “precautionary” step"): the outlet distancing itself from a word
  if (u.quotes.some((q) => q.kind === 'scare')) s *= SCARE_WEIGHT;
  if (FIRST_PERSON.test(ownVoice(u.text))) s *= 0.7;
  s *= Math.pow(MANNER_WEIGHT, (u.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()).match(MANNER) ?? []).length);
  return s;
}

export function scoreUnits(ev: EventText, sim: Similarity): number[] {
  const agree = agreement(ev, sim);
  return ev.units.map((u) => {
    const { cross, title } = agree[u.i]!;
    const lead = 1 / (1 + u.position);
    let s = (0.45 * cross + 0.3 * title + 0.25 * lead) * neutrality(u);
    if (u.words < 8) s *= 0.7;
    if (!ENDS.test(u.text)) s *= 0.5; // headlines, captions, datelines
    return s;
  });
}

/**
 * The sentences of other articles that say what unit i says (best first, one per article); a
 * sentence on the other side of a conflict (`disagree`) says something else, however close.
 */
export function echoes(ev: EventText, sim: Similarity, i: number, disagree?: (i: number, j: number) => boolean): Citation[] {
  const best = new Map<string, { s: number; u: Unit }>();
  for (const v of ev.units) {
    if (v.article_id === ev.units[i]!.article_id || disagree?.(i, v.i)) continue;
    const s = sim.at(i, v.i);
    if (s < ALIGN) continue;
    const cur = best.get(v.article_id);
    if (!cur || s > cur.s) best.set(v.article_id, { s, u: v });
  }
  return [...best.values()].sort((a, b) => b.s - a.s).map((x) => cite(x.u));
}

export interface SummaryOptions {
  /**
   * 'none' (default): the summary never exceeds the word budget — what a reader is promised.
   * 'last-sentence': when the chosen set leaves room, one more sentence is added even though it
   * crosses the budget. Only for evaluation under the ROUGE `-l N` convention, where the scorer
   * keeps the first N words (bench/summarize.ts reports it as a second number).
   */
  overflow?: 'none' | 'last-sentence';
  /**
   * Summary lines are the parts of their sentences an editor would quote (src/brief/trim.ts):
   * datelines, rubric labels, leading connectives and anonymous trailing attributions cut off.
   * Default { attribution: 'anonymous' }; false keeps whole sentences.
   */
  trim?: TrimOptions | false;
  /** Further cuts offered beside each line (the search picks at most one per sentence). */
  alternatives?: TrimOptions[];
  /**
   * A per-sentence prior added to the search objective: minus weight times the word-weighted
   * mean of score(units)[i] over the chosen lines. Measurement only (bench/fit-summary.ts: a
   * learned sentence scorer did not beat the divergence on held-out clusters, so none ships).
   */
  prior?: { score: (ev: EventText, sim: Similarity) => number[]; weight: number };
  /** Unit pairs on clashing sides of a conflict (src/brief/disagreements.ts): never cited as echoes. */
  disagree?: (i: number, j: number) => boolean;
  /**
   * Measurement only (bench/summary-oracles.ts): a text whose word distribution is mixed into the
   * event's with weight `mix` (0..1), e.g. the reference summary — to measure how much a better
   * estimate of what a summary should say would gain. The product never sets it.
   */
  target?: { text: string; mix: number };
  /** Measurement only: a factor per item on the weight of its sentences and title in the event's distribution. */
  articleWeights?: number[];
  /**
   * true (default): when the sources are long (their mean article at least FILL_SOURCE times the
   * budget), the words whole lines leave over go to the opening words of one more sentence — the
   * last line, flagged `opening: true` (its text and citation are exactly those words; a reader
   * is shown them followed by OPENING_MARK). The set is chosen knowing it will be filled. Short
   * sources get whole lines only: a summary of a short text is short. false (or overflow
   * 'last-sentence'): whole lines only.
   */
  fill?: boolean;
}

/** A summary line that is the opening words of a longer sentence (shown with a trailing " …"). */
const OPENINGS = new WeakSet<Unit>();
/** What a renderer shows after the text of a line flagged `opening`: the sentence goes on. */
export const OPENING_MARK = ' …';

/** A summary line as a reader sees it: an opening is followed by OPENING_MARK. */
export function shownText(s: { text: string; opening?: true }): string {
  return s.opening ? s.text + OPENING_MARK : s.text;
}

/** Whether a line of selectUnits() is the opening of a longer sentence, not a whole one. */
export function isOpening(u: Unit): boolean {
  return OPENINGS.has(u);
}

/**
 * The unit as its summary line: the trimmed sub-span of its sentence (same index i, so the
 * similarity matrix still applies; offsets, text and words follow the cut). Whether it is a
 * statement, its tone and its wording for comparison stay those of the whole sentence.
 */
function trimUnit(ev: EventText, u: Unit, opts: TrimOptions): Unit {
  const t = trimSpan(u.text, opts);
  if (!t.cuts.length) return u;
  const text = ev.items[u.item]!.article.text.slice(u.start + t.start, u.start + t.end);
  return { ...u, start: u.start + t.start, end: u.start + t.end, text, words: wordCount(text) };
}

// The event's word distribution and the tone weight: chosen on the first half of the NeuS
// validation clusters and checked on the second half (bench/summarize.ts).
/** A title word counts as this many sentence words. */
const TITLE_WEIGHT = 3;
/** A sentence's words count (1 + position)^-LEAD_DECAY: leads 1, second sentences 0.71, ... */
const LEAD_DECAY = 0.5;
/** Additive smoothing of the summary's distribution (an unsaid word is not impossible). */
const SMOOTH = 0.01;
/** Weight of the tone penalty (word-weighted -log neutrality) against the divergence. */
const NEUTRAL_WEIGHT = 0.8;
/** The exact search compares sets drawn from this many best-scored sentences ... */
const SHORTLIST = 14;
/** ... and stops after this many sets (the best found so far stands). */
const MAX_SETS = 20000;
/**
 * The budget is filled with the opening of one more sentence when the sources' mean article has
 * at least FILL_SOURCE x budget words: NeuS references run about as long as a source article, so
 * for short sources a full budget is too long (chosen on the first half, checked on the second).
 */
const FILL_SOURCE = 0.9;
/** An opening shorter than this many words says nothing: those words stay unused. */
const MIN_OPENING = 3;
/** ... nor does one with fewer content words than this ("Vask said the …", "Kastrani told his guest that …"; 2 or 3 score alike on NeuS). */
const MIN_OPENING_CONTENT = 3;
/** Attribution verbs: an opening that has only these besides function words says nothing yet. */
const SAYING = /^(?:said|says|say|told|tells|added|adds|according|stated|noted)$/;

/** Word stems of a text, as the distributions count them (stopwords included: they are text too). */
function bagOf(text: string): string[] {
  return wordTokens(text).map(stem);
}

/** KL(event || summary) for sets of sentences of one event. */
class Divergence {
  private readonly p = new Map<string, number>();
  private readonly logA = Math.log(SMOOTH);
  private readonly vocab: number;
  private readonly bags = new Map<Unit, string[]>();

  private readonly tallies = new Map<Unit, [string, number, number][]>();

  /** A line's distinct words with their counts and event probabilities (made once per line). */
  private tally(u: Unit): [string, number, number][] {
    let t = this.tallies.get(u);
    if (!t) {
      const m = new Map<string, number>();
      for (const w of this.bag(u)) m.set(w, (m.get(w) ?? 0) + 1);
      this.tallies.set(u, (t = [...m].map(([w, k]) => [w, k, this.p.get(w) ?? 0] as [string, number, number])));
    }
    return t;
  }

  /** The words a line adds to a summary (its own, trimmed text). */
  private bag(u: Unit): string[] {
    let b = this.bags.get(u);
    if (!b) this.bags.set(u, (b = bagOf(u.text)));
    return b;
  }

  constructor(ev: EventText, opts: Pick<SummaryOptions, 'target' | 'articleWeights'> = {}) {
    let total = 0;
    const add = (w: string, x: number) => {
      this.p.set(w, (this.p.get(w) ?? 0) + x);
      total += x;
    };
    // the event is all it says (whole sentences); a summary is the words of its lines
    for (const u of ev.units) {
      if (!usable(u)) continue; // boilerplate, captions and datelines do not say what happened
      const weight = (opts.articleWeights?.[u.item] ?? 1) * Math.pow(1 + u.position, -LEAD_DECAY);
      for (const w of this.bag(u)) add(w, weight);
    }
    ev.items.forEach((it, k) => {
      for (const w of bagOf(it.article.title ?? '')) add(w, (opts.articleWeights?.[k] ?? 1) * TITLE_WEIGHT);
    });
    for (const [w, x] of this.p) this.p.set(w, x / (total || 1));
    const target = opts.target ? bagOf(opts.target.text) : [];
    if (target.length) {
      const mix = Math.min(1, Math.max(0, opts.target!.mix));
      for (const [w, x] of this.p) this.p.set(w, (1 - mix) * x);
      for (const w of target) this.p.set(w, (this.p.get(w) ?? 0) + mix / target.length);
    }
    this.vocab = this.p.size;
  }

  /**
   * KL(P || Q) up to a constant, Q the smoothed distribution of the words of units plus one extra,
   * for each extra (null: units alone):
   * -sum_w p_w log q_w = log(n + aV) - sum_{w said} p_w (log(c_w + a) - log a) - log a.
   * The set's counts are made once and each extra's words added to them — the search scores
   * every opening a set could end with.
   */
  withEach(units: Unit[], extras: (Unit | null)[]): number[] {
    const counts = new Map<string, number>();
    let n = 0;
    for (const u of units)
      for (const w of this.bag(u)) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
        n++;
      }
    let said = 0;
    for (const [w, c] of counts) said += (this.p.get(w) ?? 0) * (Math.log(c + SMOOTH) - this.logA);
    return extras.map((e) => {
      if (!e) return Math.log(n + SMOOTH * this.vocab) - said;
      let s = said;
      let added = 0;
      for (const [w, k, p] of this.tally(e)) {
        const c = counts.get(w) ?? 0;
        s += p * (Math.log(c + k + SMOOTH) - Math.log(c + SMOOTH));
        added += k;
      }
      return Math.log(n + added + SMOOTH * this.vocab) - s;
    });
  }
}

/** Two sentences the fact alignment would call the same thing, or one mostly inside the other. */
function redundant(sim: Similarity, a: Unit, b: Unit): boolean {
  const r = Math.max(lexAt(sim, a.i, b.i), sim.at(a.i, b.i), CONTAIN * sim.contained(a.i, b.i), CONTAIN * sim.contained(b.i, a.i));
  return r >= REDUNDANT;
}

/**
 * The sentences of the summary, in reading order: among the shortlist, the set within the budget
 * to which no further sentence fits (a summary uses its budget) with the least divergence from
 * the event; no two of them say the same thing.
 */
export function selectUnits(ev: EventText, sim: Similarity, words: number, opts: SummaryOptions = {}): Unit[] {
  const scores = scoreUnits(ev, sim);
  // each sentence as the line it would give (what is judged about it stays the whole sentence's)
  const trim = opts.trim ?? { attribution: 'anonymous' };
  const lines = trim === false ? ev.units : ev.units.map((u) => trimUnit(ev, u, trim));
  const alts = trim === false ? [] : (opts.alternatives ?? []).flatMap((o) => lines.map((u) => trimUnit(ev, ev.units[u.i]!, o)).filter((a) => a.start !== lines[a.i]!.start || a.end !== lines[a.i]!.end));
  const full = (u: Unit) => ev.units[u.i]!;
  // whole statements only: headlines, captions and datelines inside the text make poor summary
  // lines (unless nothing else is there)
  const all = [...lines, ...alts];
  const spans = new Map(ev.items.map((it) => [it.article.id, markSpans(it.article.text)]));
  const quoteCut = (u: Unit) => cutFromQuote(ev.items[u.item]!.article.text, u.start, u.end, spans.get(u.article_id)!);
  const fitting = all.filter((u) => usable(full(u)) && u.words <= words);
  const statements = fitting.filter((u) => ENDS.test(full(u).text));
  // a sentence cut from a longer quotation reads as the outlet's own words (or leaves a
  // dangling mark): only when nothing else is there
  const whole = statements.filter((u) => !quoteCut(u));
  const pool = (whole.length ? whole : statements.length ? statements : fitting).sort((a, b) => scores[b.i]! - scores[a.i]!);
  // the shortlist: every line of the SHORTLIST best-scored sentences
  const top = new Set<number>();
  for (const u of pool) if (top.size < SHORTLIST) top.add(u.i);
  const cands = pool.filter((u) => top.has(u.i));
  const rest = pool.filter((u) => !top.has(u.i));
  const kl = new Divergence(ev, opts);
  const tone = ev.units.map((u) => -Math.log(neutrality(u)));
  const prior = opts.prior ? opts.prior.score(ev, sim) : null;
  // divergence, plus how far from plain reporting the set reads (word-weighted)
  /** value([...set, extra]) for each extra (null: the set alone). */
  const values = (set: Unit[], extras: (Unit | null)[]) => {
    let len = 0;
    let off = 0;
    let gain = 0;
    for (const u of set) {
      len += u.words;
      off += u.words * tone[u.i]!;
      if (prior) gain += u.words * prior[u.i]!;
    }
    const kls = kl.withEach(set, extras);
    return extras.map((e, k) => {
      const l = len + (e?.words ?? 0);
      const o = off + (e ? e.words * tone[e.i]! : 0);
      const g = gain + (e && prior ? e.words * prior[e.i]! : 0);
      return kls[k]! + (NEUTRAL_WEIGHT * o - (opts.prior?.weight ?? 0) * g) / Math.max(1, l);
    });
  };
  const value = (set: Unit[]) => values(set, [null])[0]!;
  const n = cands.length;
  // fill the budget with an opening when the sources are long; the openings come from the
  // shortlist's statements (a whole line if it fits)
  const lens = ev.items.map((it) => wordCount(it.article.text));
  // (the ROUGE -l convention's one sentence past the budget replaces it)
  const fill = opts.fill !== false && opts.overflow !== 'last-sentence' && lens.length > 0 && lens.reduce((a, b) => a + b, 0) / lens.length >= FILL_SOURCE * words;
  const openers = cands.flatMap((u, j) => (u === lines[u.i] ? [j] : [])); // indices into cands
  const openings = new Map<number, Unit | null>(); // one object per opening, so its word bag is made once
  const openingOf = (u: Unit, left: number) => {
    const key = u.i * (words + 1) + Math.min(left, u.words);
    let o = openings.get(key);
    if (o === undefined) openings.set(key, (o = opening(ev, u, left)));
    return o;
  };
  /**
   * The set with the opening that brings it closest to the event, or null when none is due;
   * `free(j)` says whether cands[j] neither is nor repeats a line of the set.
   */
  const filled = (set: Unit[], left: number, free: (j: number) => boolean): { u: Unit; v: number } | null => {
    if (!fill || left < MIN_OPENING) return null;
    const os = openers.filter(free).flatMap((j) => openingOf(cands[j]!, left) ?? []);
    const vs = values(set, os);
    let best: { u: Unit; v: number } | null = null;
    os.forEach((o, k) => {
      if (!best || vs[k]! < best.v) best = { u: o, v: vs[k]! };
    });
    return best;
  };
  const clash = cands.map((a) => cands.map((b) => a === b || a.i === b.i || redundant(sim, a, b)));
  let best: number[] = [];
  let bestValue = Infinity;
  let sets = 0;
  const chosen: number[] = [];
  const free = (j: number) => chosen.every((k) => !clash[j]![k]);
  const fits = (j: number, used: number) => used + cands[j]!.words <= words && free(j);
  // depth-first over sets in score order, so good sets come early if the search is cut short
  const visit = (from: number, used: number) => {
    if (sets >= MAX_SETS) return;
    let extended = false;
    for (let j = from; j < n; j++) {
      if (!fits(j, used)) continue;
      extended = true;
      chosen.push(j);
      visit(j + 1, used + cands[j]!.words);
      chosen.pop();
    }
    // a set to be filled need not be maximal: the opening takes up what is left
    if ((extended && !fill) || !chosen.length) return;
    if (!fill) for (let j = 0; j < n; j++) if (!chosen.includes(j) && fits(j, used)) return; // not maximal
    sets++;
    const set = chosen.map((k) => cands[k]!);
    const v = filled(set, words - used, free)?.v ?? value(set);
    if (v < bestValue) {
      bestValue = v;
      best = [...chosen];
    }
  };
  visit(0, 0);
  const picked = best.map((k) => cands[k]!);
  let used = picked.reduce((s, u) => s + u.words, 0);
  // a budget larger than the shortlist holds: go on greedily with the rest of the sentences
  for (;;) {
    let next: Unit | null = null;
    let nextValue = Infinity;
    for (const u of rest) {
      if (picked.some((c) => c.i === u.i) || used + u.words > words || picked.some((c) => redundant(sim, u, c))) continue;
      const v = value([...picked, u]);
      if (v < nextValue) {
        nextValue = v;
        next = u;
      }
    }
    if (!next) break;
    picked.push(next);
    used += next.words;
  }
  if (opts.overflow === 'last-sentence' && used < words) {
    // one more sentence crossing the budget: the one that brings the summary closest to the event
    let extra: Unit | null = null;
    let extraValue = Infinity;
    for (const u of lines) {
      if (!usable(full(u)) || quoteCut(u) || picked.some((c) => c.i === u.i) || picked.some((c) => redundant(sim, u, c))) continue;
      const v = value([...picked, u]);
      if (v < extraValue) {
        extraValue = v;
        extra = u;
      }
    }
    if (extra) picked.push(extra);
  }
  plainest(ev, sim, picked, lines.filter((u) => usable(full(u)) && ENDS.test(full(u).text) && !quoteCut(u)), words);
  // reading order: leads before later sentences; within one article, its own order
  const rel = (u: Unit) => u.position / Math.max(1, ev.byArticle.get(u.article_id)!.length);
  const order = (a: Unit, b: Unit) => (a.article_id === b.article_id ? a.position - b.position : rel(a) - rel(b) || scores[b.i]! - scores[a.i]!);
  picked.sort(order);
  // the opening, last: it trails off (a whole line that fits takes its place in reading order)
  const last = filled(
    picked,
    words - picked.reduce((s, u) => s + u.words, 0),
    (j) => !picked.some((c) => c.i === cands[j]!.i || redundant(sim, cands[j]!, c)),
  );
  if (last) picked.push(last.u);
  if (last && !isOpening(last.u)) picked.sort(order);
  return picked;
}

/**
 * The first n words of a line as a span of its sentence, ending after the n-th word (the line
 * itself when it has no more); null when those words say nothing (MIN_OPENING_CONTENT).
 */
function opening(ev: EventText, u: Unit, n: number): Unit | null {
  if (u.words <= n) return u;
  const ends: number[] = [];
  const toks: string[] = [];
  for (const m of u.text.matchAll(/\S+/g)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue; // counted as wordCount() counts
    if (ends.length === n) break;
    ends.push(m.index! + m[0].length);
    toks.push(m[0]);
  }
  const content = toks.filter((t) => {
    const w = t.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
    return !isStop(w) && !SAYING.test(w);
  });
  if (content.length < MIN_OPENING_CONTENT) return null;
  const end = ends.at(-1)!;
  const text = ev.items[u.item]!.article.text.slice(u.start, u.start + end);
  const o = { ...u, end: u.start + end, text, words: wordCount(text) };
  OPENINGS.add(o);
  return o;
}

/** The text with its quotations blanked: what the outlet says in its own voice. */
function ownVoice(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, ' ');
}

/** Loaded words and loaded choices in a text: [in the outlet's own voice, in all]. */
function slant(text: string): [number, number] {
  const own = ownVoice(text);
  return [loadedCount(own) + loadedChoiceCount(own), loadedCount(text) + loadedChoiceCount(text)];
}

/** Outlets (articles) other than those of a and b whose sentences align with unit i. */
function corroboration(ev: EventText, sim: Similarity, i: number, skip: string): number {
  const arts = new Set<string>();
  for (const w of ev.units) if (w.article_id !== ev.units[i]!.article_id && w.article_id !== skip && sim.at(i, w.i) >= ALIGN) arts.add(w.article_id);
  return arts.size;
}

/**
 * A chosen line that speaks with loaded words of its own ("Two rioters were killed …") stands for
 * a fact other outlets also report: the most neutral of their aligned sentences represents it
 * instead, when it is corroborated as widely (alignment equally good) and fits the budget.
 */
function plainest(ev: EventText, sim: Similarity, picked: Unit[], lines: Unit[], words: number): void {
  for (let k = 0; k < picked.length; k++) {
    const u = picked[k]!;
    const [, allU] = slant(ev.units[u.i]!.text);
    // one side's word for people or acts in the outlet's own voice ("rioters", "regime")
    if (loadedChoiceCount(ownVoice(ev.units[u.i]!.text)) === 0) continue;
    const used = picked.reduce((s, x) => s + x.words, 0) - u.words;
    let best: { v: Unit; all: number; s: number } | null = null;
    for (const v of lines) {
      if (v.article_id === u.article_id || picked.some((c) => c.i === v.i) || used + v.words > words) continue;
      const s = sim.at(u.i, v.i);
      if (s < ALIGN) continue;
      const [own, all] = slant(ev.units[v.i]!.text);
      if (own > 0 || all >= allU) continue;
      if (corroboration(ev, sim, v.i, u.article_id) < corroboration(ev, sim, u.i, v.article_id)) continue;
      if (picked.some((c, j) => j !== k && redundant(sim, v, c))) continue;
      if (!best || all < best.all || (all === best.all && s > best.s)) best = { v, all, s };
    }
    if (best) picked[k] = best.v;
  }
}

export function summarize(ev: EventText, sim: Similarity, words = 80, opts: SummaryOptions = {}): SummarySentence[] {
  return selectUnits(ev, sim, words, opts).map((u) => ({
    text: u.text,
    citations: [cite(u), ...echoes(ev, sim, u.i, opts.disagree)],
    ...(isOpening(u) ? { opening: true as const } : {}),
  }));
}
