// Durations as quantities: "jailed for 12 years", "12 years in prison", "a five-year contract",
// "a 48-hour walkout", "a three-day visit". The value is the number, the unit the time unit in the
// plural ("years", "months", "weeks", "days", "hours", "minutes"; decades are years), and what is
// counted the thing that lasts when the text states it. Ages ("a 23-year-old"), offsets ("two
// weeks ago", "three days later", "in two weeks") and periods of reference ("the past 12 months")
// are no durations of anything.

export interface DurationAfter {
  unit: string;
  factor: number; // decades: 10 years each
  end: number; // end of the unit word
  hyphen: boolean; // "five-year contract": an adjective before the lasting thing
}

// The unit right after the number: "-year", " years", "-hour", " decades" (not "-year-old", "years old").
const UNIT_AFTER_RE = /^(\s|-)(year|month|week|day|hour|minute|decade)(s)?(?![\p{L}\d]|-(?!long\b)|['’]s?\s+time\b|\s+(?:old|of\s+age|ago|earlier|later|before|after|since|from\s+now|hence|running|in\s+a\s+row)\b|\s+on(?=\s*(?:[,.;:!?]|$)))(?:[- ]long\b)?/iu;
// Words before the number that make it an offset or a period of reference, not a stated duration.
const NOT_DURATION_BEFORE_RE = /\b(?:aged|age|in|within|after|past|last|next|first|coming|recent|previous|following|every|each|per|than)\s+(?:the\s+)?$/i;
// A custody or ban term stated before the number ("jailed for", "sentenced to", "banned for up to").
const TERM_BEFORE_RE = /\b(jailed|imprisoned|incarcerated|locked\s+up|sentenced|detained|banned|barred|suspended)\s+(?:for\s+|to\s+)?(?:a\s+(?:further|total\s+of)\s+|up\s+to\s+|more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|around\s+|another\s+)?$/i;
const TERM_OF: Record<string, string> = { jailed: 'prison', imprisoned: 'prison', incarcerated: 'prison', 'locked up': 'prison', sentenced: 'prison', detained: 'detention', banned: 'ban', barred: 'ban', suspended: 'suspension' };
// "12 years in prison", "six months behind bars", "two years in custody".
const CUSTODY_AFTER_RE = /^\s+(?:in|behind)\s+(prison|jail|gaol|custody|detention|bars)\b/i;
// Words that end the noun phrase of what lasts ("a three-day visit to", "a 48-hour walkout by").
const PHRASE_END = new Set(['to', 'by', 'for', 'in', 'on', 'at', 'of', 'from', 'with', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'than', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'after', 'before', 'over', 'into', 'during', 'since', 'until', 'while', 'when', 'where', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  // verbs that follow the noun ("the 10-year war went on", "a two-day strike begins")
  'went', 'goes', 'came', 'comes', 'began', 'begins', 'begun', 'ends', 'starts', 'saw', 'sees', 'took', 'takes', 'made', 'makes', 'left', 'ran', 'runs',
  'got', 'gets', 'gave', 'gives', 'held', 'holds', 'kept', 'keeps', 'lasts', 'remains', 'continues', 'became', 'becomes', 'brought', 'brings', 'meant',
  'means', 'cost', 'costs', 'set', 'sets', 'put', 'puts', 'hit', 'hits', 'won', 'wins', 'lost', 'shut', 'closes', 'opens', 'follows', 'includes', 'said', 'says']);

/** The time unit right after a number ending at `at`, or null. */
export function durationAfter(text: string, at: number): DurationAfter | null {
  const m = UNIT_AFTER_RE.exec(text.slice(at, at + 32));
  if (!m) return null;
  const hyphen = m[1] === '-';
  // "five-years" is no adjective; " year" after a number above one is no unit ("12 year olds")
  if (hyphen && m[3]) return null;
  const word = m[2]!.toLowerCase();
  return { unit: word === 'decade' ? 'years' : `${word}s`, factor: word === 'decade' ? 10 : 1, end: at + m[0].length, hyphen };
}

/** The words before the number (at `start`, qualifier included) make it an offset or a reference period. */
export function notDurationBefore(text: string, start: number): boolean {
  return NOT_DURATION_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start));
}

/** What lasts: the noun phrase after "a five-year …", the custody after "12 years in …", the term before "jailed for 12 years". */
export function durationCounts(text: string, start: number, d: DurationAfter): string | null {
  const after = text.slice(d.end, d.end + 60);
  if (d.hyphen) return nounPhrase(after);
  const custody = CUSTODY_AFTER_RE.exec(after);
  if (custody) return custody[1]!.toLowerCase() === 'detention' || custody[1]!.toLowerCase() === 'custody' ? 'detention' : 'prison';
  // "200 hours of community service", "two years of talks"
  const of = /^\s+of\s+/.exec(after);
  if (of) {
    const p = nounPhrase(after.slice(of[0].length - 1));
    if (p) return p;
  }
  const term = TERM_BEFORE_RE.exec(text.slice(Math.max(0, start - 48), start));
  return term ? TERM_OF[term[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
}

/** Up to three lower-case words after a space, up to a function word or punctuation ("jail term", "walkout"). */
function nounPhrase(s: string): string | null {
  const words: string[] = [];
  const re = /^\s+([\p{Ll}][\p{Ll}-]*)(?=[\s,.;:!?)"”’']|$)/u;
  let rest = s;
  let m: RegExpExecArray | null;
  while (words.length < 3 && (m = re.exec(rest))) {
    const w = m[1]!;
    // (a verb or adverb after the noun ends it: "a two-day visit ended", "a 48-hour strike largely")
    if (PHRASE_END.has(w) || (words.length && /(?:ed|ly)$/.test(w))) break;
    words.push(w);
    rest = rest.slice(m[0].length);
  }
  return words.length ? words.join(' ') : null;
}
