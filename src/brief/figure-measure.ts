// What a figure measures: "killed 12 people" counts killings although the noun after the
// number is only "people"; "arrested" and "detained" count the same thing; "between 10 and 15"
// or "12 or more" allow a span of values.
import { contentStems, stem } from './tokens.ts';

// Stems that name the same measured outcome, mapped to one key.
const SAME_MEASURE: Record<string, string> = {
  kill: 'kill',
  dead: 'kill',
  death: 'kill',
  die: 'kill',
  died: 'kill',
  fatality: 'kill',
  toll: 'kill', // "the death toll rose to 31
  injur: 'injur',
  injury: 'injur',
  wound: 'injur',
  hurt: 'injur',
  arrest: 'detain',
  detain: 'detain',
  detention: 'detain',
  detainee: 'detain',
};

// Nouns that count the same people ("1,200 jobs" / "about 1,000 workers" / "1,200 positions";
// "14 police officers" / "Fourteen officers"). Not tolls: two such figures still need to be
// about one fact to be compared.
const SAME_COUNT: Record<string, string> = {
  job: 'job',
  position: 'job',
  worker: 'job',
  employee: 'job',
  staffer: 'job',
  layoff: 'job',
  docker: 'job',
  striker: 'job',
  // "14 police officers" / "Fourteen officers" / "14 policemen": one count of the police
  polic: 'police',
  police: 'police',
  officer: 'police',
  policeman: 'police',
  policemen: 'police',
  policewoman: 'police',
};

export function measureKey(s: string): string {
  // "dockworkers", "steelworkers", "strikers": the workers of one workforce
  return SAME_MEASURE[s] ?? SAME_COUNT[s] ?? (/^\p{L}{2,}worker$/u.test(s) ? 'job' : s);
}

const TOLLS = new Set(Object.values(SAME_MEASURE));
export function isToll(stem: string): boolean {
  return TOLLS.has(measureKey(stem));
}

const TOLL_LABEL: Record<string, string> = { kill: 'people killed', injur: 'people injured', detain: 'people detained or arrested' };

/** A plain label for a toll every figure of a group measures ("people killed"), else null. */
export function tollLabel(measures: string[][]): string | null {
  const first = measures[0]?.find((m) => TOLLS.has(m));
  return first && measures.every((m) => m.includes(first)) ? TOLL_LABEL[first] ?? null : null;
}

/**
 * Two measures naming different tolls ("2 rioters killed" / "62 rioters detained"): the shared
 * counted noun does not make them one measured thing.
 */
export function otherTolls(a: string[], b: string[]): boolean {
  const ta = a.filter((m) => TOLLS.has(m));
  const tb = b.filter((m) => TOLLS.has(m));
  return ta.length > 0 && tb.length > 0 && !ta.some((m) => tb.includes(m));
}

/**
 * Two measures that are the same toll and nothing more ("people killed" / "killed 12 people" /
 * "30 dead"): inside one event these count the same thing even when the sentences share no words.
 */
export function sameToll(a: string[], b: string[]): boolean {
  return a.length === 1 && b.length === 1 && a[0] === b[0] && TOLLS.has(a[0]!);
}

// Participles before a number that do not say what is counted.
const NOT_A_MEASURE = new Set(['including', 'according', 'totalling', 'totaling', 'numbering', 'reported', 'estimated', 'excluding', 'remaining', 'adding', 'bringing', 'raising', 'putting']);

/** The verb right before the number ("killed 12 people", "detained about 200"), as a stem. */
export function verbBefore(sentence: string, qStart: number): string | null {
  const w = /([\p{L}]+)\s+$/u.exec(sentence.slice(Math.max(0, qStart - 30), qStart))?.[1]?.toLowerCase();
  if (!w || w.length < 5 || !/(?:ed|ing)$/.test(w) || NOT_A_MEASURE.has(w)) return null;
  return stem(w);
}

export interface StatedRange {
  lo: number;
  hi: number;
  end: number; // where the range text ends in the sentence
  qualifier: string;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const RANGE_AFTER = new RegExp(String.raw`^\s*(to|-|–|—|and)\s*` + NUMBER + String.raw`(?![\d.,]\d)`, 'i');
const RANGE_BEFORE = new RegExp(NUMBER + String.raw`\s*(to|-|–|—|and)\s*$`, 'i');
const num = (s: string) => Number(s.replace(/,/g, ''));

/**
 * A value stated as a range or an open bound after the number: "between 10 and 15", "13 to 16",
 * "12 or more", "200 or so". 'upper' marks the second number of a range (read with the first).
 */
export function rangeOf(sentence: string, qStart: number, qEnd: number, value: number): StatedRange | 'upper' | null {
  const after = sentence.slice(qEnd, qEnd + 40);
  const before = sentence.slice(Math.max(0, qStart - 40), qStart);
  const open = /^\s*(?:or|and)\s+(?:more|over|above|upwards)\b/i.exec(after);
  if (open) return { lo: value, hi: Infinity, end: qEnd + open[0].length, qualifier: 'or more' };
  const approx = /^\s*(?:or so|or thereabouts)\b/i.exec(after);
  if (approx) return { lo: value * 0.9, hi: value * 1.1, end: qEnd + approx[0].length, qualifier: 'or so' };
  const prev = RANGE_BEFORE.exec(before);
  if (prev && num(prev[1]!) < value && (prev[2]!.toLowerCase() !== 'and' || /\bbetween\s+[\d,.]+\s+and\s*$/i.test(before))) return 'upper';
  const r = RANGE_AFTER.exec(after);
  // "raised by 25 to 450": a change and the level it reached, not a range
  if (r && /\bby\s+$/i.test(before)) return null;
  if (r) {
    const hi = num(r[2]!);
    const isAnd = r[1]!.toLowerCase() === 'and';
    if (hi > value && hi < value * 20 && (!isAnd || /\bbetween\s+$/i.test(before))) return { lo: value, hi, end: qEnd + r[0].length, qualifier: 'range' };
  }
  return null;
}

// Words that say nothing about what is counted.
export const GENERIC = new Set(['people', 'person', 'peopl', 'total', 'number', 'some', 'least', 'than']);

// "Turnout was 58.7%", "real turnout was closer to 45%", "on a turnout of 58.7%": the noun the
// figure is the value of, when nothing after the number says what it counts
const VALUE_OF = /(?:^|[^\p{L}])(\p{L}[\p{L}-]+)\s+(?:was|is|were|are|stood at|stands at|of|reached|hit|rose to|climbed to|has risen to|had risen to)\s+(?:(?:about|around|nearly|almost|just|over|under|some|roughly|only|closer to|close to|below|above|at)\s+)?$/iu;
const NOT_A_HEAD = new Set(['which', 'that', 'this', 'it', 'there', 'what', 'number', 'total', 'figure', 'percent', 'cent', 'out', 'one', 'each', 'all', 'some', 'most', 'none']);
// "4.5% on Thursday", "3.8% in October": when a figure was reported is not what it measures
export const CALENDAR_STEM = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|even|evening|afternoon|night|overnight|noon|midnight|dawn|hour)s?$/;

export function valueOfNoun(text: string, qStart: number): string[] {
  const before = text.slice(Math.max(0, qStart - 50), qStart);
  const m = VALUE_OF.exec(before);
  const w = m?.[1]?.toLowerCase();
  if (!w || NOT_A_HEAD.has(w) || /(?:ly|ed)$/.test(w) || CALENDAR_STEM.test(w)) return [];
  // "… at the Varnel Arena was 48,500": a name is where or when, not what is measured
  const at = m!.index + m![0].indexOf(m![1]!);
  if (/^\p{Lu}/u.test(m![1]!) && (qStart > 50 || at > 0) && !/[.!?]\s*$/.test(before.slice(0, at))) return [];
  return contentStems(w).filter((x) => !GENERIC.has(x));
}

// Words after "and" that do not name a second counted group: numbers ("108 passengers and six
// crew" gives each its own count), determiners, and what follows a count as a new clause.
const NOT_JOINED =
  /^(?:the|a|an|his|her|its|their|our|this|that|these|those|some|many|more|most|other|others|several|dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|counting|then|also|were|was|are|is|had|have|has|will|would|could|said|who|which|that)$/i;

/**
 * "114 passengers and crew", "300 students and teachers": the count covers both groups, so it
 * is another measured thing than "108 passengers" alone. Returns the two nouns as written, or
 * null when the number counts one group ("108 passengers and six crew", "12 people and injured").
 */
export function joinedCount(after: string): [string, string] | null {
  const m = /^\s*([\p{L}-]+)\s+(?:and|plus|&)\s+([\p{L}-]+)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|at|aboard|were|was|had|have|when|after|from|of|to|who|killed|died|are|remain)\b))/iu.exec(after);
  if (!m) return null;
  const second = m[2]!;
  if (NOT_JOINED.test(second) || /(?:ed|ing|ly)$/i.test(second) || /^\d/.test(second)) return null;
  return [m[1]!, second];
}
