// Time expressions: regex rules over the text, each giving what the words say (symbolic).
// Resolution against the article date happens in resolve.ts.
import { openEnded } from './open-dates.ts';
import type { Sentence, TimeExpression, Warning } from '../../types.ts';
import { isValidMonthDay, isValidDate, MIN_YEAR, MAX_YEAR } from '../../util/calendar.ts';
import { sentenceAt } from '../text/sentences.ts';
import { markAhead } from './ahead.ts';
import { findNumericDates } from './numeric.ts';

export type TimeKind = 'date' | 'month-day' | 'month-year' | 'month' | 'year' | 'weekday' | 'relative' | 'span' | 'duration' | 'offset' | 'decade';
export type Tense = 'past' | 'present' | 'future';

/** A time expression with the facts the dating step needs (stripped from the stored analysis). */
export interface FoundTime extends TimeExpression {
  kind: TimeKind;
  tense: Tense;
  /** Introduced by a reporting verb ("reported on September 14", "said Tuesday"). */
  reporting: boolean;
  /** Invalid calendar values ("31 February", year 0) found in the words. */
  invalid?: boolean;
  /** A month-day or month in a present-tense sentence with no past marker (ahead.ts): later in the year than the article date, it is ahead. */
  ahead?: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, several: 0, few: 0, couple: 2,
};

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_RE = '(\\d{4})';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM_RE = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|couple of)';
const UNIT_RE = '(year|month|week|day|decade|hour)s?';

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => Omit<FoundTime, 'start' | 'end' | 'text' | 'sentence' | 'resolved' | 'tense' | 'reporting'> | null;
}

const month = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (NUMBER_WORDS[s.toLowerCase().replace(/ of$/, '')] ?? 0));

function dateKind(y: number | undefined, mo: number, d: number): { kind: TimeKind; symbolic: FoundTime['symbolic']; invalid?: boolean } {
  const invalid = y !== undefined ? !isValidDate(y, mo, d) : !isValidMonthDay(mo, d);
  return { kind: y !== undefined ? 'date' : 'month-day', symbolic: y !== undefined ? { year: y, month: mo, day: d } : { month: mo, day: d }, invalid };
}

/** A run of days d1..d2 of one month: the first day with the run's length in days, or null. */
function dayRun(y: number | undefined, mo: number, d1: number, d2: number): ReturnType<typeof dateKind> | null {
  if (!mo || !isValidMonthDay(mo, d1) || !isValidMonthDay(mo, d2) || (y !== undefined && !isValidDate(y, mo, d2))) return null;
  const days = d2 - d1;
  if (days < 1) return null;
  const first = dateKind(y, mo, d1);
  return { ...first, symbolic: { ...first.symbolic, duration: { days } } };
}

const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, make: (m) => dateKind(+m[1], +m[2], +m[3]) },
  {
    re: new RegExp(`\\b${MONTH_RE} ${DAY_RE}\\b(?:,? ${YEAR_RE}\\b)?`, 'g'),
    make: (m) => (m[1] === 'May' || m[1] === 'March' || month(m[1]) ? dateKind(m[3] ? +m[3] : undefined, month(m[1]), +m[2]) : null),
  },
  { re: new RegExp(`\\b${DAY_RE}(?: of)? ${MONTH_RE}(?:,? ${YEAR_RE}\\b)?`, 'g'), make: (m) => dateKind(m[3] ? +m[3] : undefined, month(m[2]), +m[1]) },
  // Runs of days in one month: "from 3 to 5 March", "14-16 July 2030", "March 3-5": the first day, with
  // the days the run lasts (resolve.ts makes it a range; never the last day alone). Two full dates
  // ("moved from April 24 to April 29") stay two expressions: they may be a change, not a span.
  {
    re: new RegExp(`\\b${DAY_RE}\\s?(?:-|–|to|and|until|till|through)\\s?${DAY_RE} ${MONTH_RE}(?:,? ${YEAR_RE}\\b)?`, 'g'),
    make: (m) => dayRun(m[4] ? +m[4] : undefined, month(m[3]!), +m[1]!, +m[2]!),
  },
  {
    re: new RegExp(`\\b${MONTH_RE} ${DAY_RE}\\s?(?:-|–|to|until|through)\\s?${DAY_RE}\\b(?:,? ${YEAR_RE}\\b)?(?![.:]\\d|\\s*(?:[ap]\\.?m\\b|pm\\b|am\\b|GMT\\b|%|percent\\b))`, 'g'),
    make: (m) => dayRun(m[4] ? +m[4] : undefined, month(m[1]!), +m[2]!, +m[3]!),
  },
  {
    re: new RegExp(`\\b(?:the )?(first|second|1st|2nd) half of ${YEAR_RE}\\b`, 'gi'),
    make: (m) => ({ kind: 'span', symbolic: { year: +m[2], span: /^(first|1st)$/i.test(m[1]) ? 'first-half' : 'second-half' } }),
  },
  {
    re: new RegExp(`\\b(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) quarter of ${YEAR_RE}\\b`, 'gi'),
    make: (m) => ({ kind: 'span', symbolic: { year: +m[2], span: 'q' + ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 } as Record<string, number>)[m[1].toLowerCase()] } }),
  },
  { re: /\bQ([1-4]) (\d{4})\b/g, make: (m) => ({ kind: 'span', symbolic: { year: +m[2], span: 'q' + m[1] } }) },
  // A fiscal year is named by the calendar year it ends in (mostly) but starts up to a year before:
  // "fiscal 2025", "FY25", "the 2024-25 budget", "the 2023/24 season" span two calendar years.
  {
    re: /\b(?:(?:fiscal|financial) (?:year )?(\d{4})|FY ?(\d{4}|\d{2}))\b(?![-/–]\d)/gi,
    make: (m) => {
      const y = m[1] ? +m[1] : m[2]!.length === 2 ? 2000 + +m[2]! : +m[2]!;
      return y >= 1600 && y <= 2199 ? { kind: 'span', symbolic: { year: y, span: 'fiscal' } } : null;
    },
  },
  {
    re: /\b(?:(?:fiscal|financial) (?:year )?|FY ?)?(\d{4})[-/–](\d{2}|\d{4})\b(?![-/–.,]\d)/gi,
    make: (m) => {
      const y = +m[1]!, second = m[2]!.length === 2 ? Math.floor(y / 100) * 100 + +m[2]! : +m[2]!;
      return y >= 1600 && y <= 2199 && second === y + 1 ? { kind: 'span', symbolic: { year: second, span: 'fiscal' } } : null;
    },
  },
  {
    re: new RegExp(`\\b(early|mid|late|the end of|the beginning of|the start of)[- ](?:${MONTH_RE} )?${YEAR_RE}\\b`, 'gi'),
    make: (m) => {
      const w = m[1].toLowerCase();
      const span = w === 'mid' ? 'mid' : w.startsWith('late') || w.includes('end') ? 'late' : 'early';
      return m[2] ? { kind: 'span', symbolic: { year: +m[3], month: month(m[2]), span } } : { kind: 'span', symbolic: { year: +m[3], span } };
    },
  },
  { re: new RegExp(`\\b${MONTH_RE} (?:of )?${YEAR_RE}\\b`, 'g'), make: (m) => ({ kind: 'month-year', symbolic: { year: +m[2], month: month(m[1]) } }) },
  { re: /\b(?:the )?(1[89]|20)(\d)0s\b/g, make: (m) => ({ kind: 'decade', symbolic: { year: Number(m[1] + m[2] + '0'), span: 'decade' } }) },
  {
    re: new RegExp(`\\b(?:(last|next|this|late|early) )?${WEEKDAY_RE}(?:['’]s)?(?: (morning|afternoon|evening|night))?\\b`, 'g'),
    make: (m) => ({ kind: 'weekday', symbolic: { weekday: WEEKDAYS[m[2].toLowerCase()], ...(m[1] && /last|next|this/.test(m[1]) ? { relative: `${m[1]}-weekday` } : {}) } }),
  },
  {
    re: new RegExp(`\\b(?:(?:in|during|since|by|until|last|this|next|early|late|mid)[- ](?:early |late |mid-)?)${MONTH_RE}(?![\\w-]| \\d)`, 'g'),
    make: (m) => (m[1] ? { kind: 'month', symbolic: { month: month(m[1]) } } : null),
  },
  {
    // "by the end of March", "at the start of June": part of a month whose year is the article's.
    re: new RegExp(`\\b(?:the )?(end|beginning|start|middle) of ${MONTH_RE}(?![\\w-]| \\d| of\\b)`, 'g'),
    make: (m) => ({ kind: 'month', symbolic: { month: month(m[2]!), span: m[1] === 'end' ? 'late' : m[1] === 'middle' ? 'mid' : 'early' } }),
  },
  { re: /\b(today|yesterday|tomorrow|tonight)\b/gi, make: (m) => ({ kind: 'relative', symbolic: { relative: m[1].toLowerCase() } }) },
  // British papers' "said last night" (the evening before the morning paper), "this morning".
  { re: /\b[Ll]ast night\b/g, make: () => ({ kind: 'relative', symbolic: { relative: 'yesterday' } }) },
  { re: /\b[Tt]his (?:morning|afternoon|evening)\b/g, make: () => ({ kind: 'relative', symbolic: { relative: 'today' } }) },
  {
    re: /\b(a|one|two|three|\d+) fortnights? ago\b/gi,
    make: (m) => {
      const n = num(m[1]!) * 2;
      return n ? { kind: 'relative', symbolic: { relative: `${n}-week-ago`, duration: { days: 7 * n } } } : null;
    },
  },
  {
    re: /\b(earlier|later) (this|last|next) (week|month|year)\b/gi,
    make: (m) => ({ kind: 'relative', symbolic: { relative: `${m[2].toLowerCase()}-${m[3].toLowerCase()}`, span: m[1].toLowerCase() === 'earlier' ? 'earlier' : 'later' } }),
  },
  {
    // "late last year", "early next month", "mid-this year": a part of the period, not all of it.
    re: /\b(early|mid|late)[- ](this|last|next) (month|year)\b/gi,
    make: (m) => ({ kind: 'relative', symbolic: { relative: `${m[2].toLowerCase()}-${m[3].toLowerCase()}`, span: m[1].toLowerCase() } }),
  },
  {
    // "over the weekend", "at the weekend": the weekend nearest the article, by tense.
    re: /\b(?:over|at|during|on) the weekend\b/gi,
    make: () => ({ kind: 'relative', symbolic: { relative: 'the-weekend' } }),
  },
  { re: /\b(this|last|next|past) (week|month|year|weekend)\b/gi, make: (m) => ({ kind: 'relative', symbolic: { relative: `${m[1].toLowerCase() === 'past' ? 'last' : m[1].toLowerCase()}-${m[2].toLowerCase()}` } }) },
  {
    re: /\b(?:in )?(?:the )?(recent|past|last|coming) (days|weeks|months|years|24 hours|48 hours)\b/gi,
    make: (m) => ({ kind: 'relative', symbolic: { relative: `${m[1].toLowerCase() === 'coming' ? 'next' : 'recent'}-${m[2].toLowerCase().replace(' ', '-')}` } }),
  },
  {
    // "one year since the crash" is "one year after" it
    re: new RegExp(`\\b${NUM_RE} ${UNIT_RE} (ago|earlier|later|after|before|since)\\b`, 'gi'),
    make: (m) => {
      const n = num(m[1]);
      const unit = m[2].toLowerCase();
      const dir = m[3].toLowerCase() === 'since' ? 'after' : m[3].toLowerCase();
      const duration = durationOf(n, unit);
      if (!duration) return null;
      return { kind: dir === 'ago' ? 'relative' : 'offset', symbolic: { relative: `${n}-${unit}-${dir}`, duration } };
    },
  },
  {
    // "the previous day", "the following week", "the next day", "the day before,": one unit from a
    // date named just before (resolved in anchored.ts); "the next week/month/year" is from now.
    re: /\bthe (?:(previous|preceding|following|next) (day|week|month|year)|(day) (before|after)(?=\s*(?:[,.;:!?)]|$)))\b/gi,
    make: (m) => {
      const unit = (m[2] ?? m[3]!).toLowerCase();
      const w = (m[1] ?? m[4]!).toLowerCase();
      if (w === 'next' && unit !== 'day') return null;
      const dir = w === 'previous' || w === 'preceding' || w === 'before' ? 'before' : 'after';
      return { kind: 'offset', symbolic: { relative: `the-${unit}-${dir}`, duration: durationOf(1, unit)! } };
    },
  },
  {
    re: new RegExp(`\\b${NUM_RE}[- ](year|month|week|day|decade)(?:s)?[- ](?!old\\b)(long )?(conflict|war|civil war|crisis|occupation|insurgency|rule|reign|campaign|siege|struggle|dispute|standoff|blockade|embargo|ban|presidency|term|history|partnership|alliance|fight|battle|uprising|revolution|operation|intervention|period|process|absence|hiatus|gap|break)\\b`, 'gi'),
    make: (m) => {
      const d = durationOf(num(m[1]), m[2].toLowerCase());
      return d ? { kind: 'duration', symbolic: { duration: d, relative: `duration-${m[4].toLowerCase().replace(/\s+/g, '-')}` } } : null;
    },
  },
  {
    // "now in its sixth year": five full years have passed.
    re: /\bin its (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)) year\b/gi,
    make: (m) => {
      const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
      const n = ord[m[1].toLowerCase()] ?? parseInt(m[1], 10);
      return n >= 2 ? { kind: 'duration', symbolic: { duration: { years: n - 1 }, relative: 'duration-ordinal-year' } } : null;
    },
  },
  {
    re: new RegExp(`\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|almost a|nearly a|over a|more than a) )?(decade|year|month)s? of (fighting|war|conflict|civil war|rule|violence|sanctions|bloodshed|crisis)\\b`, 'gi'),
    make: (m) => {
      const numWord = /^(?:\w+ )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(m[0]);
      const n = numWord ? num(numWord[0].split(' ').pop()!) : 1;
      const d = durationOf(n || 1, m[1].toLowerCase());
      return d ? { kind: 'duration', symbolic: { duration: d, relative: `duration-${m[2].toLowerCase().replace(/\s+/g, '-')}` } } : null;
    },
  },
  {
    re: new RegExp(`\\b(?:for|in|over|within|after) (?:the (?:past|last) )?(?:more than |nearly |almost |about )?${NUM_RE} (year|month|week|day|decade)s?\\b`, 'gi'),
    make: (m) => {
      const d = durationOf(num(m[1]), m[2].toLowerCase());
      return d ? { kind: 'duration', symbolic: { duration: d } } : null;
    },
  },
  {
    // A year: 4 digits in a plausible range, not a count ("2000 people", "a 1000-member church"),
    // a clock time ("1300 GMT", "1100 hours"), a screen size ("1440 x 900") nor part of a larger number.
    re: /(?<![\d,.$€£#\/:-])\b(\d{4})\b(?![\d,.]\d|%|-\d|-[a-z]| ?(?:x|×) ?\d| ?(?:people|troops|soldiers|fighters|civilians|km|kilometres|kilometers|miles|tons|tonnes|men|women|children|dollars|euros|rubles|roubles|times|sorties|strikes|cases|deaths|aircraft|units|pieces|votes|members|refugees|migrants|residents|workers|hectares|meters|metres|yards|feet|points|words|pages|calories|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|HKT|JST|MSK|hrs|hours|hr|h|local time)\b)/g,
    make: (m) => {
      const y = +m[1];
      // a bare number before 1600 or after 2199 is far more often a count, a model number or a
      // clock time than a year in news
      if ((y < 1600 || y > 2199) && y !== 0) return null;
      return { kind: 'year', symbolic: { year: y }, invalid: y < MIN_YEAR || y > MAX_YEAR };
    },
  },
];

function durationOf(n: number, unit: string): { years?: number; months?: number; days?: number } | null {
  if (!n || !Number.isFinite(n) || n > 10000) return null;
  if (unit === 'year') return { years: n };
  if (unit === 'decade') return { years: 10 * n };
  if (unit === 'month') return { months: n };
  if (unit === 'week') return { days: 7 * n };
  if (unit === 'day') return { days: n };
  if (unit === 'hour') return { days: Math.max(1, Math.round(n / 24)) };
  return null;
}

const FUTURE_RE = /\b(?:will|shall|going to|plans? to|scheduled to|scheduled for|expected to|is to|are to|set to|upcoming|due to (?!\w+ing\b)(?=\w+\b))\b/i;
const REPORTING_RE = /\b(?:said|says|reported|reports|announced|told|stated|published|wrote|tweeted|confirmed|added|showed|shows|released|revealed)\s+(?:(?:late|early|on|in|this|last)\s+)?$/i;
const MAX_TIMES = 5000;

/** Tense of a sentence, judged from auxiliaries and verb forms (cheap, good enough for dating). */
export function tenseAt(text: string, sentences: Sentence[], index: number, at?: number): Tense {
  const s = sentences[index];
  const sentText = s ? text.slice(s.start, Math.min(s.end, s.start + 2000)) : '';
  // Future only when the words near the expression say so ("will meet on Monday"), not anywhere in the sentence.
  const near = s && at !== undefined ? text.slice(Math.max(s.start, at - 80), Math.min(s.end, at + 30)) : sentText;
  if (FUTURE_RE.test(near)) return 'future';
  if (/\b(?:is|are|am|remains?|controls?|has|have)\b/.test(sentText) && !/\b(?:was|were|had|did|said|met|\w+ed)\b/.test(sentText)) return 'present';
  return 'past';
}

/**
 * The tense dating reads for an expression: its sentence's (tenseAt), except that the end of a
 * period still running or a year naming an event is never a past reference (open-dates.ts):
 * 'future' here says "may lie ahead", which is all dating needs to know.
 */
function tenseOf(text: string, sentences: Sentence[], index: number, start: number, end: number, kind: TimeKind): Tense {
  return openEnded(text, start, end, kind === 'year') ? 'future' : tenseAt(text, sentences, index, start);
}

/** True when a reporting verb directly introduces the expression ("reported on September 14"). */
export function isReporting(text: string, start: number): boolean {
  return REPORTING_RE.test(text.slice(Math.max(0, start - 40), start));
}

/** Rebuilds the rule facts of one stored TimeExpression (kind from its symbolic form, tense, reporting). */
function factsOf(t: TimeExpression, text: string, sentences: Sentence[]): FoundTime {
  if ((t as FoundTime).kind) return t as FoundTime;
  const s = t.symbolic ?? {};
  let kind: TimeKind;
  if (s.year !== undefined && s.month !== undefined && s.day !== undefined) kind = 'date';
  else if (s.month !== undefined && s.day !== undefined) kind = 'month-day';
  else if (s.span === 'decade') kind = 'decade';
  else if (s.span && s.year !== undefined) kind = 'span';
  else if (s.year !== undefined && s.month !== undefined) kind = 'month-year';
  else if (s.year !== undefined) kind = 'year';
  else if (s.weekday !== undefined) kind = 'weekday';
  else if (s.relative?.startsWith('duration-') || (s.duration && !s.relative)) kind = 'duration';
  else if (s.relative && /-(?:after|before|later|earlier)$/.test(s.relative)) kind = 'offset';
  else if (s.relative) kind = 'relative';
  else if (s.month !== undefined) kind = 'month';
  else kind = 'relative';
  return { ...t, kind, tense: tenseOf(text, sentences, t.sentence, t.start, t.end, kind), reporting: isReporting(text, t.start) };
}

/** The rule facts of an article's stored TimeExpressions, the look-ahead verdicts included (ahead.ts). */
export function timesFacts(times: TimeExpression[], text: string, sentences: Sentence[]): FoundTime[] {
  if (times.every((t) => (t as FoundTime).kind)) return times as FoundTime[];
  const out = times.map((t) => factsOf(t, text, sentences));
  markAhead(out, text, sentences);
  return out;
}

/**
 * "the BBC's Today programme", "told Tomorrow's World": a capitalised "Today" after a lower-case word
 * or a possessive, inside a sentence, is a name, not the day (a headline's "Talks Resume Today" is kept).
 */
function namedDay(t: FoundTime, text: string): boolean {
  if (t.kind !== 'relative' || !/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(t.text)) return false;
  const before = /([\p{L}'’]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, t.start - 40), t.start));
  return !!before && (/^\p{Ll}/u.test(before[1]!) || /['’]s?$/.test(before[1]!));
}

/** Finds time expressions; linear-time regexes, at most MAX_TIMES per article. */
export function findTimes(text: string, sentences: Sentence[], warnings?: Warning[], opts: { dayFirst?: boolean | null } = {}): FoundTime[] {
  const raw: FoundTime[] = [];
  // "26/11/2019": read in the order the article shows (numeric.ts); first, so they win ties.
  for (const d of findNumericDates(text, opts.dayFirst ?? null)) {
    const made = d.month !== undefined && d.day !== undefined ? dateKind(d.year, d.month, d.day) : { kind: 'year' as const, symbolic: { year: d.year } };
    raw.push({ ...made, start: d.start, end: d.end, text: d.text, sentence: -1, resolved: null, tense: 'past', reporting: false, priority: -1 } as FoundTime & { priority: number });
  }
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (raw.length > MAX_TIMES * 4) break;
      const made = rule.make(m);
      if (!made) continue;
      // "in May" is a month only when capitalised and not the modal verb: require a date-ish context.
      const start = m.index, end = m.index + m[0].length;
      raw.push({ ...made, start, end, text: m[0], sentence: -1, resolved: null, tense: 'past', reporting: false, priority: r } as FoundTime & { priority: number });
    }
  }
  // Longest match wins; ties go to the earlier rule.
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || (a as unknown as { priority: number }).priority - (b as unknown as { priority: number }).priority);
  const taken: FoundTime[] = [];
  // Occupancy map over the text: overlap checks stay linear on huge inputs.
  const occupied = new Uint8Array(text.length + 1);
  for (const t of raw) {
    let clash = false;
    for (let i = t.start; i < t.end; i++) if (occupied[i]) {
      clash = true;
      break;
    }
    if (clash) continue;
    occupied.fill(1, t.start, t.end);
    taken.push(t);
    if (taken.length >= MAX_TIMES) {
      warnings?.push({ code: 'too-many-times', message: `Only the first ${MAX_TIMES} time expressions were kept.` });
      break;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  for (let i = taken.length - 1; i >= 0; i--) if (namedDay(taken[i]!, text)) taken.splice(i, 1);
  for (const t of taken) {
    delete (t as unknown as { priority?: number }).priority;
    t.sentence = sentenceAt(sentences, t.start);
    t.tense = tenseOf(text, sentences, t.sentence, t.start, t.end, t.kind);
    t.reporting = isReporting(text, t.start);
    if (t.invalid) {
      warnings?.push({ code: 'invalid-date', message: `"${t.text}" is not a valid calendar date; it is kept unresolved.`, start: t.start, end: t.end });
    }
  }
  markAhead(taken, text, sentences);
  return taken;
}
