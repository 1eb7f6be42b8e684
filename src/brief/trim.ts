// Span trimming for summary lines: the part of a source sentence a careful editor would keep
// when quoting it in a roundup. Only material that states nothing about the event is cut —
// datelines and agency tags, rubric labels ("Why it matters:"), leading discourse connectives
// ("However,") and, optionally, an anonymous trailing attribution (", officials said.").
// The result is always one contiguous sub-span of the sentence, so a summary line still equals
// article.text.slice(start, end) exactly; nothing is rewritten, so a cut is made only where what
// remains reads as a sentence start (a capital, a digit or an opening quote) — except after a
// dateline, which by convention runs straight into the lead.

export interface TrimOptions {
  /**
   * Trailing attributions to drop (never from a sentence with quotation marks):
   * 'none' keeps every attribution; 'anonymous' (default) drops only ones naming nobody
   * (", officials said." / ", the report said."); 'any' also drops named ones (", Putin said.")
   * — measured, not shipped: who said it matters to a fact-checker.
   */
  attribution?: 'none' | 'anonymous' | 'any';
  /** Drop a parenthetical at the very end of the sentence ("... (AP)", "... (Reuters)"). */
  trailingParen?: boolean;
  /**
   * Drop a trailing non-restrictive elaboration (", which ...", ", who ...", ", adding ...",
   * " — ..."): measured only; it can carry a fact of its own.
   */
  tailClause?: boolean;
}

export interface TrimmedSpan {
  start: number; // offsets into the given text
  end: number;
  cuts: string[]; // which rules cut something, in order: dateline, label, connective, attribution, paren
}

// "MOSCOW, March 3 (Reuters) — ", "WASHINGTON (AP) -- ", "DAMASCUS, Oct. 21 /SANA/. ",
// "BEIRUT, Lebanon — ", "Kyiv, Ukraine (AP) — ": a place (capitals, or any case when an agency
// tag follows), optional region and date, optional agency tag, then a dash or the tag's dot.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:,\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s*\\d{4})?)`;
const UPPER_PLACE = "[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3}";
const ANY_PLACE = "[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+){0,3}";
const REGION = "(?:,\\s*[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+){0,2})";
const TAG = "(?:\\((?:[A-Z][\\p{L}.&'’ -]{0,30})\\)|\\/[A-Z][\\p{L}.&'’ -]{0,30}\\/)";
const DASH = '(?:\\s*[—–]\\s*|\\s*-{1,2}\\s+|\\s*-{2}\\s*)';
const DATELINE = new RegExp(
  [
    // capitalised place: the tag is optional, a dash or a tag must end it
    `^${UPPER_PLACE}${REGION}?${DATE}?\\s*(?:${TAG}\\s*\\.?${DASH}?|${DASH})`,
    // place in any case: only with an agency tag ("Kyiv, Ukraine (AP) — ")
    `^${ANY_PLACE}${REGION}?${DATE}?\\s*${TAG}\\s*(?:\\.\\s*|${DASH})`,
    // no place, only the date and an agency tag ("Nov 4 (GWS) - ")
    `^(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s*\\d{4})?\\s*${TAG}\\s*(?:\\.\\s*|${DASH})`,
  ].join('|'),
  'u',
);

// Rubric labels some outlets put before a paragraph (the "smart brevity" house style): fixed
// phrases, not any "words:" prefix — "Dead people can't vote:" is a claim, "Putin:" a speaker.
const LABEL =
  /^((?:Why it matters|Why this matters|The big picture|Big picture|Driving the news|Between the lines|The bottom line|Bottom line|By the numbers|The numbers|Reality check|The state of play|State of play|What's next|What’s next|What they're saying|What they’re saying|Yes, but|Go deeper|The backstory|The backdrop|Flashback|Catch up quick|Zoom in|Zoom out|The other side|Of note|Be smart|Our thought bubble|Thought bubble|The latest|Background|Context|Details|The details|Key quote|What happened|What we're watching|What we’re watching|The intrigue|Behind the scenes|Worth noting)):\s+/;

// Discourse connectives: they tie a sentence to the one before it in its own article, which a
// summary line no longer follows. Temporal ones ("Earlier,", "Later,") carry a fact and stay.
const CONNECTIVE = new RegExp(
  '^(?:However|Meanwhile|Moreover|Furthermore|Further|In turn|At the same time|In addition|Additionally|Also|Still|' +
    'Nevertheless|Nonetheless|Besides|Indeed|In fact|Separately|Likewise|Similarly|Consequently|As a result|' +
    'Thus|Therefore|Hence|Instead|Otherwise|Of course|In other words|That said|Even so|On the other hand|' +
    'By contrast|In contrast|Notably|Importantly|Interestingly|Ultimately|Overall|Finally|Besides that),\\s+' +
    '|^(?:But|And|Yet|So)\\s+',
);

// A sentence start that reads as one: capital letter, digit, or an opening quote/bracket before one.
const STARTS = /^["“‘'(\[]?[\p{Lu}\p{N}]/u;

// ", officials said." — anonymous voices only (no name, no title with a name).
const ANON_WHO =
  '(?:(?:U\\.S\\.|US|Western|local|senior|government|military|security|police|health|federal|state|' +
  'administration|White House|Pentagon|Kremlin|some|two|three|several|other)\\s+)*' +
  '(?:officials?|authorities|sources|a source|the source|reports?|the report|a report|the statement|a statement|' +
  'the ministry|the agency|the department|the government|the police|police|a spokesman|a spokeswoman|a spokesperson|' +
  'the spokesman|the spokeswoman|analysts|experts|observers|witnesses|residents|diplomats|media reports|state media|' +
  'the survey|the poll|the study|data showed|figures showed|the data|the figures)';
const VERB = '(?:said|say|says|reported|reports|added|noted|stated|announced|confirmed|showed|shows|told reporters|told [A-Z][\\p{L}]+)';
const WHEN = "(?:\\s+(?:on|late on|early on)\\s+[A-Z][a-z]+day|\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\\s+(?:yesterday|today|last week|this week))?";
const ANON_TAIL = new RegExp(`,\\s*(?:${ANON_WHO}\\s+${VERB}|${VERB}\\s+${ANON_WHO})${WHEN}\\s*([.!])$`, 'u');
// any attribution: ", <one to six words> said." or ", said <one to six words>."
const ANY_TAIL = new RegExp(
  `,\\s*(?:[\\p{L}.'’-]+\\s+){1,6}?${VERB}${WHEN}\\s*([.!])$|,\\s*${VERB}\\s+(?:[\\p{L}.'’-]+\\s*){1,6}([.!])$`,
  'u',
);
const QUOTE_MARK = /["“”«»„]|(?:^|\s)['‘]|['’](?:\s|$)/;

const TAIL_CLAUSE = /,\s+(?:which|who|whose|where|whereas|adding|saying|citing|noting|as well as)\b|\s[—–]\s|\s--\s/g;
const TAIL_HEAD = 8;

const TRAIL_PAREN = /\s*\([^()]{1,40}\)\s*([.!?]?)$/;

/** Leading whitespace/trailing whitespace of a span out. */
function tighten(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Words left (letters or digits) — a cut must leave a sentence, not a fragment. */
function wordsIn(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

const MIN_WORDS = 5;

/**
 * The sub-span of `text` (one sentence) that a careful editor would quote: offsets into `text`,
 * always with start <= end and text.slice(start, end) a contiguous, whitespace-trimmed piece.
 * When no rule applies the whole (whitespace-trimmed) text comes back.
 */
export function trimSpan(text: string, opts: TrimOptions = {}): TrimmedSpan {
  const attribution = opts.attribution ?? 'anonymous';
  let [start, end] = tighten(text, 0, text.length);
  const cuts: string[] = [];
  const rest = () => text.slice(start, end);
  const cutHead = (n: number, rule: string, anyStart = false) => {
    const [s] = tighten(text, start + n, end);
    const left = text.slice(s, end);
    if (wordsIn(left) < MIN_WORDS) return false;
    if (!anyStart && !STARTS.test(left)) return false;
    start = s;
    cuts.push(rule);
    return true;
  };
  // head: dateline, then a rubric label, then connectives (possibly stacked: "But, however,")
  const d = DATELINE.exec(rest());
  if (d && d[0].length < rest().length) cutHead(d[0].length, 'dateline', true);
  const l = LABEL.exec(rest());
  if (l) cutHead(l[0].length, 'label');
  for (let k = 0; k < 2; k++) {
    const c = CONNECTIVE.exec(rest());
    if (!c || !cutHead(c[0].length, 'connective')) break;
  }
  // tail: an anonymous (or any) attribution of a sentence that quotes nobody
  if (attribution !== 'none' && !QUOTE_MARK.test(rest())) {
    const t = (attribution === 'any' ? ANY_TAIL : ANON_TAIL).exec(rest()) ?? (attribution === 'any' ? ANON_TAIL.exec(rest()) : null);
    if (t) {
      const [, e] = tighten(text, start, start + t.index);
      if (wordsIn(text.slice(start, e)) >= MIN_WORDS) {
        end = e;
        cuts.push('attribution');
      }
    }
  }
  if (opts.trailingParen) {
    const p = TRAIL_PAREN.exec(rest());
    if (p) {
      const [, e] = tighten(text, start, start + p.index);
      if (wordsIn(text.slice(start, e)) >= MIN_WORDS) {
        end = e;
        cuts.push('paren');
      }
    }
  }
  if (opts.tailClause && !QUOTE_MARK.test(rest())) {
    for (const m of rest().matchAll(TAIL_CLAUSE)) {
      const [, e] = tighten(text, start, start + m.index!);
      if (wordsIn(text.slice(start, e)) < TAIL_HEAD) continue;
      end = e;
      cuts.push('clause');
      break;
    }
  }
  return { start, end, cuts };
}
