// General features of each sentence of an event for the learned sentence scorer (see
// bench/fit-summary.ts): where it stands, how long it is, how much of its wording the
// other outlets and the titles share, how plainly it reads. Nothing here names a topic, an
// outlet or a dataset, so the same features describe any event in any outlet mix.
import { loadedCount } from '../lexicon/framing.ts';
import { unbalancedQuotes } from './quote-cut.ts';
import { agreement } from './agreement.ts';
import type { Similarity } from './similarity.ts';
import { contentStems, isStop, words as wordTokens } from './tokens.ts';
import type { EventText } from './units.ts';

/** Feature names, in the order featuresOf() returns them (the weights file keys on these). */
export const FEATURES = [
  'lead', // 1 / (1 + position)
  'first', // the article's first sentence
  'relpos', // position / sentences in the article
  'length', // words / 40, capped at 1.5
  'short', // fewer than 10 words
  'cross', // best wording match in each other outlet, averaged
  'title', // tf-idf cosine with the titles, averaged
  'shared', // share of its content words another outlet also uses
  'shared_all', // share of its content words every other outlet also uses
  'eventp', // mean event frequency of its content words (relative to the event's most frequent)
  'quoted', // share inside quotation marks
  'unbalanced', // an odd quotation mark: cut from inside a longer quote
  'question',
  'first_person', // I/we outside quotes
  'loaded', // loaded words (data/framing.json), capped at 3
  'digits', // share of tokens with a digit
  'names', // share of capitalised tokens after the first
  'stop', // share of function words
  'said', // an attribution verb
  'ends', // ends like a sentence (not a headline, caption or dateline)
] as const;

export type FeatureName = (typeof FEATURES)[number];

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|our|us)\b/;
const ENDS = /[.!?…]["”’')\]]*$/;
const SAID = /\b(?:said|says|told|according to|announced|stated|reported|added)\b/i;

/** One feature vector per unit of the event (FEATURES order). */
export function featuresOf(ev: EventText, sim: Similarity): number[][] {
  const { units } = ev;
  const sourceKeys = [...new Set(units.map((u) => u.source.key))];
  const others = sourceKeys.length - 1; // outlets besides a sentence's own
  // content words of each source, and how often the event uses each
  const vocabOf = new Map<string, Set<string>>();
  const freq = new Map<string, number>();
  for (const u of units) {
    const stems = contentStems(u.text);
    let v = vocabOf.get(u.source.key);
    if (!v) vocabOf.set(u.source.key, (v = new Set()));
    for (const w of stems) {
      v.add(w);
      freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  }
  let maxFreq = 1;
  for (const x of freq.values()) maxFreq = Math.max(maxFreq, x);
  const agree = agreement(ev, sim);
  return units.map((u) => {
    const { cross, title } = agree[u.i]!;
    const stems = contentStems(u.text);
    let shared = 0;
    let sharedAll = 0;
    let ep = 0;
    for (const w of stems) {
      let n = 0;
      for (const k of sourceKeys) if (k !== u.source.key && vocabOf.get(k)!.has(w)) n++;
      if (n > 0) shared++;
      if (others > 0 && n === others) sharedAll++;
      ep += (freq.get(w) ?? 0) / maxFreq;
    }
    const ns = Math.max(1, stems.length);
    const toks = wordTokens(u.text);
    const nt = Math.max(1, toks.length);
    const surface = u.text.match(/\S+/g) ?? [];
    const caps = surface.slice(1).filter((t) => /^["“‘'(]?\p{Lu}/u.test(t)).length;
    const inArticle = ev.byArticle.get(u.article_id)?.length ?? 1;
    return [
      1 / (1 + u.position),
      u.position === 0 ? 1 : 0,
      u.position / Math.max(1, inArticle),
      Math.min(1.5, u.words / 40),
      u.words < 10 ? 1 : 0,
      cross,
      title,
      shared / ns,
      sharedAll / ns,
      ep / ns,
      u.quoted,
      unbalancedQuotes(u.text) ? 1 : 0,
      /\?["”’]?$/.test(u.text) ? 1 : 0,
      FIRST_PERSON.test(u.text.replace(/[“"][^”"]*[”"]/g, ' ')) ? 1 : 0,
      Math.min(3, loadedCount(u.text)) / 3,
      toks.filter((t) => /\d/.test(t)).length / nt,
      caps / Math.max(1, surface.length - 1),
      toks.filter((t) => isStop(t)).length / nt,
      SAID.test(u.text) ? 1 : 0,
      ENDS.test(u.text) ? 1 : 0,
    ];
  });
}
