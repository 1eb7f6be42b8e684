// What happened, in a report's own words: the verbs of the lede clause that names its event's
// day ("talks resumed in Varna on Wednesday" -> resum; "signed a ceasefire agreement in Varna on
// Thursday" -> sign; see act-words.ts). Reports of one happening name it with varied verbs, so a different verb
// alone says little; but texts that each name a different day for their event *and* tell of
// different acts that day are two happenings of one story (round two of talks, then the signing),
// however many names, places and words they share.
import type { ArticleWithAnalysis } from '../types.ts';
import { isBackReference } from './back-references.ts';
import { dayNumber } from './time-feature.ts';
import { actKeys, actWords, type ActWord } from './act-words.ts';

/** Sentences of the lede searched for the event's day. */
const LEDE = 2;
/** Words that open a new clause before the day: the act of "…killed when a fire swept through X on Monday" is "swept". */
const CLAUSE = /[,;:—–()]|\b(?:when|after|as|while|because|since|before|and|but|until|where)\b/gi;
/**
 * Act keys (see act-words.ts) of the lede clause that names `day` (a day number) for the
 * article's event: the words from the clause's start up to the day's mention. Empty when the
 * lede names no such day.
 */
export function leadActs(item: ArticleWithAnalysis, day: number | null): string[] {
  return [...new Set(leadActWords(item, day).map((a) => a.key))];
}

/** The act words themselves (as the text has them, with offsets into it) of leadActs. */
export function leadActWords(item: ArticleWithAnalysis, day: number | null): ActWord[] {
  if (day === null) return [];
  const text = item.article.text;
  for (const t of item.analysis.times ?? []) {
    if (t.sentence >= LEDE) break;
    const v = t.resolved;
    if (!v?.start || v.start !== v.end || dayNumber(v.start) !== day || isBackReference(item, t)) continue;
    const sent = item.analysis.sentences[t.sentence];
    const base = sent ? sent.start : 0;
    const before = text.slice(base, t.start);
    let from = 0;
    for (const m of before.matchAll(CLAUSE)) if (m.index! + m[0].length < before.length - 1) from = m.index! + m[0].length;
    const at = (words: ActWord[], off: number) => words.map((a) => ({ ...a, start: a.start + off, end: a.end + off }));
    // "…, the ministry said on Thursday": no act in the saying's clause, so the clause before it
    const acts = at(actWords(before.slice(from), from === 0), base + from);
    return acts.length ? acts : at(actWords(before.slice(0, from)), base);
  }
  return [];
}

/** A day named as the night or late hours of its day ("Tuesday night", "late on Tuesday", "overnight"): hours from the next one. */
const NIGHT = /\b(?:night|evening|overnight|late)\b/i;
const LATE_BEFORE = /\b(?:late|overnight)\s+(?:on\s+)?$/i;

/**
 * Act keys a text tells without dating them to another day than its own event's (`own`, a day
 * number): the acts of sentences that name no other day, or name it only as its night or late
 * hours ("after the dam collapsed overnight", "hours after the collapse", "which gave way late on
 * Tuesday"). A later report telling so an earlier report's act tells the same happening, seen
 * hours on (see apartFactor); one that dates the act to its own day ("talks resumed on
 * Wednesday", "a day after talks resumed") tells an earlier happening of its story.
 */
export function recalledActs(item: ArticleWithAnalysis, own: number | null): string[] {
  return toldActs(item, own).recalls;
}

/**
 * Act keys of an article's title and text (`told`), and of them those it tells without dating
 * them to another day (`recalls`, see recalledActs; empty when `own` is null). One pass over the text.
 */
export function toldActs(item: ArticleWithAnalysis, own: number | null): { told: string[]; recalls: string[] } {
  const text = item.article.text;
  const title = item.article.title ? actKeys(item.article.title) : [];
  const words = actWords(text);
  const told = new Set<string>(title);
  for (const w of words) told.add(w.key);
  if (own === null) return { told: [...told], recalls: [] };
  const other = new Set<number>();
  for (const t of item.analysis.times ?? []) {
    if (/-day-after$/.test(t.symbolic?.relative ?? '')) {
      other.add(t.sentence);
      continue;
    }
    const v = t.resolved;
    if (!v?.start || v.precision !== 'day' || v.start !== v.end || dayNumber(v.start) === own) continue;
    if (NIGHT.test(t.text) || LATE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    other.add(t.sentence);
  }
  const recalls = new Set<string>(title);
  const sents = item.analysis.sentences;
  let i = 0;
  for (const w of words) {
    while (i < sents.length - 1 && sents[i]!.end <= w.start) i++;
    if (!other.has(i)) recalls.add(w.key);
  }
  return { told: [...told], recalls: [...recalls] };
}
