// What happened, in a report's own words: the verbs of the lede clause that names its event's
// day ("talks resumed in Varna on Wednesday" -> resum; "signed a ceasefire agreement in Varna on
// Thursday" -> sign). Reports of one happening name it with varied verbs, so a different verb
// alone says little; but texts that each name a different day for their event *and* tell of
// different acts that day are two happenings of one story (round two of talks, then the signing),
// however many names, places and words they share.
import type { ArticleWithAnalysis } from '../types.ts';
import { stem } from './tokens.ts';
import { isBackReference } from './back-references.ts';
import { dayNumber } from './time-feature.ts';
import { isPastVerb } from './past-verbs.ts';

/** Sentences of the lede searched for the event's day. */
const LEDE = 2;
/** Words that open a new clause before the day: the act of "…killed when a fire swept through X on Monday" is "swept". */
const CLAUSE = /[,;:—–()]|\b(?:when|after|as|while|because|since|before|and|but|until|where)\b/gi;
/**
 * Stems of the past-tense verbs in the lede clause that names `day` (a day number) for the
 * article's event: the words from the clause's start up to the day's mention. Empty when the
 * lede names no such day.
 */
export function leadActs(item: ArticleWithAnalysis, day: number | null): string[] {
  if (day === null) return [];
  const text = item.article.text;
  for (const t of item.analysis.times ?? []) {
    if (t.sentence >= LEDE) break;
    const v = t.resolved;
    if (!v?.start || v.start !== v.end || dayNumber(v.start) !== day || isBackReference(item, t)) continue;
    const sent = item.analysis.sentences[t.sentence];
    const before = text.slice(sent ? sent.start : 0, t.start);
    let from = 0;
    for (const m of before.matchAll(CLAUSE)) if (m.index! + m[0].length < before.length - 1) from = m.index! + m[0].length;
    // "…, the ministry said on Thursday": no act in the saying's clause, so the clause before it
    const acts = pastStems(before.slice(from));
    return acts.length ? acts : pastStems(before.slice(0, from));
  }
  return [];
}

/** Saying verbs: every statement has one; they tell no two happenings apart. */
const SAYING = new Set(['said', 'told', 'sa', 'tol']);

/** Stems of the past-tense verbs of a text (saying verbs left out), each once. */
export function pastStems(s: string): string[] {
  const out = new Set<string>();
  for (const w of s.match(/\p{L}+/gu) ?? []) if (isPastVerb(w) && !SAYING.has(w.toLowerCase())) out.add(stem(w.toLowerCase()));
  return [...out];
}
