// What a figure measures: "killed 12 people" counts killings although the noun after the
// number is only "people"; "arrested" and "detained" count the same thing; "between 10 and 15"
// or "12 or more" allow a span of values.
import { stem } from './tokens.ts';

// Stems that name the same measured outcome, mapped to one key.
const SAME_MEASURE: Record<string, string> = {
  kill: 'kill',
  dead: 'kill',
  death: 'kill',
  die: 'kill',
  died: 'kill',
  fatality: 'kill',
  injur: 'injur',
  injury: 'injur',
  wound: 'injur',
  hurt: 'injur',
  arrest: 'detain',
  detain: 'detain',
  detention: 'detain',
  detainee: 'detain',
};

export function measureKey(s: string): string {
  return SAME_MEASURE[s] ?? s;
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
  if (r) {
    const hi = num(r[2]!);
    const isAnd = r[1]!.toLowerCase() === 'and';
    if (hi > value && hi < value * 20 && (!isAnd || /\bbetween\s+$/i.test(before))) return { lo: value, hi, end: qEnd + r[0].length, qualifier: 'range' };
  }
  return null;
}
