// The corpus step of event dating: a dated mention (month+year or full date, year stated) in ANY
// other article narrows an event's open date when its sentence names the event's protagonist
// (in it or the sentence before, where a pronoun's antecedent sits) and the event's place, and
// when it is compatible with what the event's own articles say (month-day, weekday, bounds).
import type { ArticleWithAnalysis, DatedValue, Evidence, TimeExpression, TimeValue } from '../types.ts';
import { intersect } from '../util/calendar.ts';
import type { CoreEntities } from './core-entities.ts';
import { valueOf } from './time-values.ts';
import { escapeRegExp } from '../util/regex.ts';

export interface CorpusMention {
  articleId: string;
  t: TimeExpression;
  value: TimeValue;
  persons: Set<string>; // persons in the sentence or the one before
  places: Set<string>; // places in the sentence
  sentence: string; // the sentence's text, to find an event place the analysis did not tag there
}

/** Dated mentions with an explicit year and month, with the entities around them. */
export function corpusMentions(items: ArticleWithAnalysis[]): CorpusMention[] {
  const out: CorpusMention[] = [];
  for (const { article, analysis } of items) {
    if (article.duplicate_of) continue;
    for (const t of analysis.times ?? []) {
      const s = t.symbolic;
      const explicit = s ? s.year !== undefined && s.month !== undefined && !s.relative && !s.span && !s.duration : /\b\d{4}\b/.test(t.text);
      if (!explicit) continue;
      const value = valueOf(t);
      if (!value || !(value.precision === 'day' || value.precision === 'month') || !value.start) continue;
      const persons = new Set<string>();
      const places = new Set<string>();
      for (const e of analysis.entities) {
        for (const m of e.mentions) {
          if (e.type === 'person' && (m.sentence === t.sentence || m.sentence === t.sentence - 1)) persons.add(e.id);
          if (e.type === 'place' && m.sentence === t.sentence) places.add(e.id);
        }
      }
      const sent = analysis.sentences[t.sentence];
      const sentence = sent ? article.text.slice(sent.start, sent.end) : '';
      if (persons.size && (places.size || /\p{Lu}/u.test(sentence))) out.push({ articleId: article.id, t, value, persons, places, sentence });
    }
  }
  return out;
}

/** True when `name` occurs in `text` as whole words (an untagged mention of a known place). */
function namedIn(text: string, name: string | undefined): boolean {
  if (!name || name.length < 3) return false;
  const esc = escapeRegExp(name);
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function hasConstraint(v: TimeValue): boolean {
  return v.precision !== 'day' && (v.precision !== 'unknown' || v.month !== undefined || v.weekday !== undefined || v.day !== undefined);
}

function same(a: TimeValue, b: TimeValue): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision && (a.years ?? []).join() === (b.years ?? []).join();
}

/** Narrows `date` with compatible corpus mentions; returns it unchanged when none applies. */
export function narrowWithCorpus(date: DatedValue, core: CoreEntities, members: Set<string>, mentions: CorpusMention[]): DatedValue {
  if (!hasConstraint(date) || !core.persons.length || !core.places.length) return date;
  const hits: Array<{ m: CorpusMention; r: TimeValue; who: string[]; where: string }> = [];
  for (const m of mentions) {
    if (members.has(m.articleId)) continue;
    const who = core.persons.filter((p) => m.persons.has(p));
    const where = core.places.find((p) => m.places.has(p) || namedIn(m.sentence, core.names.get(p)));
    if (!who.length || !where) continue;
    const r = intersect(date, m.value);
    if (!r || same(r, date)) continue;
    hits.push({ m, r, who, where });
  }
  if (!hits.length) return date;
  let result: TimeValue | null = hits[0]!.r;
  if (!hits.every((h) => same(h.r, hits[0]!.r))) {
    // Several compatible mentions that disagree: keep only what they jointly allow (their hull).
    const lo = hits.map((h) => h.r.start).filter((x): x is string => !!x).sort()[0] ?? null;
    const hi = hits.map((h) => h.r.end).filter((x): x is string => !!x).sort().at(-1) ?? null;
    result = intersect(date, { start: lo, end: hi, precision: 'range', label: '' });
  }
  if (!result || same(result, date)) return date;
  const ev: Evidence[] = hits.map(({ m, who, where }) => ({
    rule: 'corpus:cross-article-mention',
    article_id: m.articleId,
    start: m.t.start,
    end: m.t.end,
    text: m.t.text,
    note: `another article's sentence (or the one before it) names ${who.map((p) => core.names.get(p) ?? p).join(' and ')} with ${core.names.get(where) ?? where} in ${m.value.label}, compatible with "${date.label}"`,
  }));
  return { ...result, evidence: [...date.evidence, ...ev] };
}
