// Line-level boilerplate removal for any text (plain or extracted from HTML). Each rule looks at
// general features of a line — length, terminal punctuation, UI vocabulary, position at the head
// or tail, script different from the article's, repetition, credit/caption patterns — so it works
// on sites it has never seen. Every removed line is reported with its rule.
import { hostOf, nameKey, type OutletRegistry } from './registry.ts';
import { foreignDate } from './month-names.ts';

export interface RemovedLine {
  line: number; // 1-based line in the input text
  text: string;
  rule: string;
}
export interface ViaLine {
  line: number;
  text: string;
  url: string;
}
export interface MarkerLine {
  line: number;
  text: string; // the marker as written, e.g. "- Sputnik International"
  name: string; // the outlet name in it
  /** How it was found: "outlet-marker", "sign-off" (at the tail), "site-name" (at the head), "feed-footer". */
  rule: string;
}
/** A "Published: Monday, March 11, 2013, 10:34 PM" line: removed from the text, kept as a date signal. */
export interface DateStampLine {
  line: number;
  text: string;
  date: string; // the date words in it, e.g. "March 11, 2013"
  kind: 'published' | 'updated';
}
export interface CleanResult {
  text: string;
  removed: RemovedLine[];
  vias: ViaLine[];
  markers: MarkerLine[];
  stamps: DateStampLine[];
  /** Author from a "By Name" line at the head (removed from the text). */
  byline: string | null;
}

// Whole-line UI strings (compared after lower-casing and reducing punctuation to spaces).
const UI_LINES = new Set(
  `subscribe|unsubscribe|sign up|sign in|log in|login|log out|logout|register|log in or register|sign in or register|sign up or log in|
newsfeed|news feed|other news|more news|related news|related|related articles|related stories|related topics|read more|read also|also read|see also|more|
most read|most popular|most viewed|trending|trending now|top stories|latest news|latest|recommended|you may also like|you might also like|
share|share this|share this article|share this story|share on facebook|share on twitter|tweet|email|e mail|print|comments|comment|add comment|leave a comment|
show comments|loader|loading|chats|chat|menu|search|home|homepage|advertisement|advert|ad|sponsored|sponsored content|skip to content|skip to main content|
back to top|accept cookies|cookie settings|privacy policy|terms of use|terms of service|contact us|about us|newsletter|newsletters|download the app|follow us|
next|previous|next article|previous article|close|open|click here|watch|watch live|listen|live|video|videos|photo|photos|gallery|world|politics|business|
economy|sport|sports|opinion|tech|technology|science|health|culture|entertainment|lifestyle|society|weather|tags|topics|share via|copy link|link copied|
facebook|twitter|telegram|whatsapp|vk|linkedin|reddit|x|rss|rss feed|print this page|listen to this article|expand|collapse|show more|show less|load more|
related coverage|related content|more on this story|more stories|editor s picks|editors picks|top headlines|in other news|advertise with us|report an error|
sign up|get the app|install the app|all news|news|home page|accept|reject|cookies|cookie policy|manage cookies|image|media caption|image caption|watch video|
by|posted by|written by|words by|posted on|published on|author`
    .split('|')
    .map((s) => s.trim()),
);

// Short lines starting with a call to action are UI, wherever they are.
const UI_START = /^(to participate in|to comment|to leave a comment|you must be logged|please (log|sign) in|sign up (for|to)|subscribe (to|for|now|on)|follow (us|@)|share (on|via|this)|join (us|our)|download (our|the) app|read (more|also|the full|next)|click here|see more|more (from|on|about|stories|news)|all rights reserved|copyright|related:|recommended for you|comments? \(\d+\)|\d+ comments?\b|\d+ min(ute)?s? read|listen to (this|the) article|continue reading|keep reading|(watch|read|listen|video|see also|more|related|also read|must read|don t miss)\s*:)/i;
// Site promotion, recognised only at the head or tail of a document.
const PROMO = /\b(latest news|live coverage|news from around the world|off-beat stories|features and analysis|sign up for our|our newsletter|stay informed|all rights reserved|follow us on)\b/i;
// Photo credits and caption credits.
const CREDIT_START = /^(©|\(c\)\s|copyright\b|photos?( credit)?\s*[:/|]|photo by\b|photograph:|images?( credit| source| caption)?\s*[:|,]|media caption\b|picture\s*[:|]|credit\s*:|file photo\b)/i;
const CREDIT_ANY = /(getty images|shutterstock|go to the mediabank|\bmediabank\b|\b(ap|afp|epa|reuters|anadolu|sputnik) (photo|images?)\b|\bphoto\s*(:|by)\s*[A-Z][\w.'-]+(\s[A-Z][\w.'-]+){0,3}\)?\s*$)/i;
const VIA = /^(?:via|source|sources|originally published (?:at|on|by)|read more at|read the original(?: article)?(?: at)?|this article (?:was )?(?:originally )?(?:appeared|published) (?:at|on|in))\s*:?\s*<?(https?:\/\/\S+?)>?\s*$/i;
const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const FULL_DATE = new RegExp(`\\b(${MON}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MON},?\\s+\\d{4})\\b`, 'i');
// every full date of a line at once (dateStamp: what the line says besides its date)
const FULL_DATE_ALL = new RegExp(FULL_DATE.source, 'gi');
// what may surround the date on a stamp line: labels, weekdays, clock times, zones
const STAMP_REST = /^(?:published|posted|updated|last|first|date|created|modified|on|at|by|am|pm|a m|p m|gmt|bst|utc|ut|z|cet|cest|eet|eest|wet|west|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt|local time|time|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}|\s)*$/i;

/** "3rd May 2022" -> "3 May 2022": the date parser reads days without ordinal suffixes. */
const withoutOrdinal = (date: string): string => date.replace(/(\d)(st|nd|rd|th)\b/, '$1');

// "03/04/2024 14:20", "15.09.2023", "2024-03-12": an all-numeric date, with its clock time
const NUM_DATE = /(?<![\d./-])(\d{1,2}([./-])\d{1,2}\2\d{4}|\d{4}-\d{2}-\d{2})(?![\d./-]|-\d)/;
// "Updated 3 hours ago", "5 mins ago": a relative time says nothing about the date, but is page chrome
const RELATIVE = /^\W*(?:(?:last\s+)?updated|published|posted|edited)?\s*:?\s*(?:\d{1,3}|an?|one|few)\s+(?:sec|second|min|minute|hr|hour|day|week|month)s?\.?\s+ago\W*$|^\W*(?:(?:last\s+)?updated|published|posted)?\s*:?\s*just now\W*$/i;
const RELATIVE_PART = /\b(?:(?:last\s+)?updated|published|posted|edited)?\s*:?\s*(?:\d{1,3}|an?|one|few)\s+(?:sec|second|min|minute|hr|hour|day|week|month)s?\.?\s+ago\b/gi;

function dateStamp(line: string, atEdge: boolean): { date: string; kind: 'published' | 'updated' } | null {
  if (line.length > 120 || !/\d{4}/.test(line)) return null; // every stamp has a four-digit year
  const updatedFirst = /^\W*(last\s+)?updated/i.test(line);
  const kind = updatedFirst ? 'updated' : 'published';
  // "12 March 2024 · Updated 3 hours ago": the relative part is chrome beside the date
  const bare = line.replace(RELATIVE_PART, ' ');
  const m = FULL_DATE.exec(bare);
  if (m) {
    const rest = bare.replace(FULL_DATE_ALL, ' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    return STAMP_REST.test(rest) ? { date: withoutOrdinal(m[1]!), kind } : null;
  }
  // a numeric date, or one with a month name of another language, with a label in any language
  // ("Gepubliceerd: 03/04/2024 14:20", "Publié le 7 février 2024 à 10h15"): besides the date and
  // a clock time, at most three words and no sentence
  const f = NUM_DATE.exec(bare) ? null : foreignDate(bare);
  const n = f ? [f.text, f.iso] : NUM_DATE.exec(bare);
  if (!n || bare.length > 80) return null;
  const rest = bare.replace(n[0]!, ' ').replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*([ap]\.?m\.?)?/gi, ' ');
  if (/\d/.test(rest) || /[.!?]\s*\S/.test(rest.trim())) return null;
  // an English stamp label anywhere; another label ("Deadline: 15/03/2024" is not a stamp) only at the head or tail
  const english = !/[^\x00-\x7f]/.test(rest) && STAMP_REST.test(rest.toLowerCase().replace(/[^a-z0-9]+/g, ' '));
  if (!english && (!atEdge || (rest.match(/\p{L}+/gu) ?? []).length > 3)) return null;
  return { date: n[1]!, kind };
}

// Cookie and consent banners: phrases only a banner uses; weaker ones count at the head or tail
const CONSENT = /\b(we use cookies|(this|our) (web)?site uses cookies|uses cookies to|by (continuing|using this (web)?site)[^.]{0,40}\b(agree|accept|consent)|accept (all )?cookies|manage (your )?(cookie|privacy) (settings|preferences|choices))\b/i;
const CONSENT_EDGE = /\bcookies?\b.*\b(accept|agree|consent|preferences|settings|policy)\b/i;
// A subscriber-only notice where the rest of the story would be: the text is probably cut
const PAYWALL = /\b(for subscribers only|(is|are) (only )?(available|reserved|exclusive) (to|for) (paying )?(subscribers|members)|subscribers? only\b|subscribe (now |today )?to (continue|keep|read)|to continue reading|continue reading (with|for)|already a (subscriber|member)|unlock (this|the full) (article|story)|(register|sign in|log in) (now |for free )?to (continue|read) (reading|the full)|start your (free )?trial|you have reached your (free )?(article|story) limit)\b/i;
// "... [Read more]" / "Continue reading →" at the end of a feed summary: a link label, not text
const READ_MORE_TAIL = /\s*(?:\[?(?:…|\.\.\.)\]?\s*)?(?:\[|\()?(?:read more|continue reading|read the full (?:story|article)|keep reading|full story)(?:\s*(?:…|\.\.\.|»|→|>>?))?(?:\]|\))?\s*$/i;
// "... at Dunmore station. Photograph: Ana Lee/Agency", "(Image: Site)": a credit after a caption sentence
const CREDIT_TAIL = /(?<=[.!?…"”])\s+[(\[]?(?:photograph|photo|picture|image|pic|credit|foto|illustration)s?\s*(?::|by\b)\s*[^.!?()[\]]{2,60}[)\]]?\s*$/i;
// "Sign up to our politics newsletter for the top stories in your inbox": a call to subscribe
const NEWSLETTER = /\b(sign up|signup|subscribe|register|get (?:our|the)|join)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(sign up|subscribe|inbox|delivered|every (?:morning|day|week))\b/i;
// Words one of the rules above needs, looked up once in the normalised line before any of them runs
// (they look at every line of every article; most lines have none of these words).
const CHROME_WORDS = /cookie|subscri|reading|trial|unlock|limit|members|newsletter|photo|image|picture|pic|credit|foto|illustration|read more|full story|read the full/;
const VIA_NAME = /^(?:via|source|sources)\s*[:\-–—]?\s+([A-Z][\w .&'’/-]{1,40}?)\.?$/i;
const BYLINE = /^[Bb][Yy]\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|&|de|van|von|al|bin))*)(?:\s*[,|·•]\s*.*|\s+[-–—]\s+.*|\s+(?=\d).*)?$/u;
// WordPress feed footer: "The post <title> appeared first on <Site>."
const FEED_FOOTER = /^the post .{1,300} appeared first on (.{2,60}?)\.?$/i;
const DASH_START = /^[-–—|]/;
// "Home | News | Analysis", "Home › World › Europe": short link labels joined by separators
const NAV_SEP = /\s+[|•·»›>\/]\s+|\s*[|•·»›]\s*/;
const DASH_NEAR_END = /\s[-–—|]\s/;
const TERMINAL = /[.!?…"”’»)\]:;']$/;
const STOP = new Set('a an the and or of in on at to for with from by as vs via over after into is are was but nor per than up out about amid under against off de la le el al von van der'.split(' '));

// ASCII fast paths: Unicode-aware regexes are several times slower and most lines are ASCII
const ASCII = /^[\x00-\x7f]*$/;
const norm = (s: string): string =>
  (ASCII.test(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ') : s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
const wordCount = (s: string): number =>
  (ASCII.test(s) ? s.match(/[A-Za-z0-9][A-Za-z0-9'.-]*/g) : s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu))?.length ?? 0;

/** Capitalised Like A Headline: most content words start upper-case. */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const content = words.filter((w) => !STOP.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (content.length < 3) return false;
  const caps = content.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.85;
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'hangul' | 'devanagari' | 'thai' | 'other';
const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
];
function scriptCounts(s: string): Map<Script, number> {
  const m = new Map<Script, number>();
  for (const ch of s) {
    if (ch < 'A') continue;
    if (ch <= 'z') {
      if (/[A-Za-z]/.test(ch)) m.set('latin', (m.get('latin') ?? 0) + 1);
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    const sc = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    m.set(sc, (m.get(sc) ?? 0) + 1);
  }
  return m;
}
function dominant(m: Map<Script, number>): [Script | null, number] {
  let best: Script | null = null;
  let n = 0;
  let total = 0;
  for (const [k, v] of m) {
    total += v;
    if (v > n) [best, n] = [k, v];
  }
  return [best, total ? n / total : 0];
}

/** Normalises line breaks and invisible characters so line rules see what a reader sees. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "- Sputnik International" / "— Name" where the name is a known outlet (name, alias or marker). */
function markerName(fragment: string, registry: OutletRegistry): string | null {
  const m = /^[-–—|]+\s*(.{2,60}?)\s*$/.exec(fragment.trim());
  if (!m) return null;
  const e = registry.byName(m[1]!) ?? registry.byMarker(fragment.trim()) ?? registry.byMarker(m[1]!) ?? registry.byLine(fragment);
  return e ? m[1]! : null;
}

/** A navigation line: three or more short link labels joined by separators, no sentence punctuation. */
function isNavLine(line: string, atEdge: boolean): boolean {
  if (line.length > 160 || /[.!?]$/.test(line)) return false;
  const parts = line.split(NAV_SEP).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => wordCount(p) > 3 || p.length > 30)) return false;
  const ui = parts.filter((p) => UI_LINES.has(norm(p))).length;
  return atEdge ? ui >= 1 : ui * 2 >= parts.length;
}

/**
 * A photo credit with the caption glued on ("© Agency / Name / Go to the mediabankThe president
 * meets ..."): the caption starts where a lower-case letter runs straight into a capital and what
 * follows reads as a sentence with no credit words in it.
 */
function splitGluedCaption(line: string): { credit: string; caption: string } | null {
  for (const m of line.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
    const caption = line.slice(m.index + 1).trim();
    if (wordCount(caption) < 6 || !/[.!?…"”»)]$/.test(caption)) return null;
    if (CREDIT_START.test(caption) || CREDIT_ANY.test(caption)) continue;
    if (PROMO.test(caption) || UI_START.test(caption) || /\b(rights reserved|terms of (use|service)|privacy|cookies?)\b/i.test(caption)) return null;
    return { credit: line.slice(0, m.index + 1).trim(), caption };
  }
  return null;
}

export interface CleanOptions {
  /**
   * Author names and byline strings the input declares elsewhere (page metadata, the byline
   * Readability lifted out): a line above the story that is just one of them is the byline.
   */
  bylines?: (string | null | undefined)[];
  /** The headline the input declares apart from its text: the same line above the story repeats it. */
  title?: string | null;
}

export function removeBoilerplate(input: string, registry: OutletRegistry, opts: CleanOptions = {}): CleanResult {
  const lines = input.split('\n');
  const removed: RemovedLine[] = [];
  const vias: ViaLine[] = [];
  const markers: MarkerLine[] = [];
  const stamps: DateStampLine[] = [];
  const keep: (string | null)[] = lines.map((l) => l); // null = removed
  const drop = (i: number, rule: string) => {
    if (keep[i] === null) return;
    removed.push({ line: i + 1, text: lines[i]!, rule });
    keep[i] = null;
  };

  const nonEmpty = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const tail = new Set(nonEmpty.slice(-6));
  const edge = new Set([...nonEmpty.slice(0, 6), ...tail]);
  // only texts with non-Latin letters need the (slower) per-script counting
  const mixed = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/.test(input);
  const [mainScript, mainShare] = mixed ? dominant(scriptCounts(input)) : ['latin' as Script, 1];

  // where the story's prose starts and ends in the raw lines: date lines with labels in other
  // languages count only above or below it
  const isProse = (s: string) => (TERMINAL.test(s) && wordCount(s) >= 6) || wordCount(s) >= 14;
  const firstProseRaw = nonEmpty.find((i) => isProse(lines[i]!.trim())) ?? Infinity;
  let lastProseRaw = -1;
  for (let k = nonEmpty.length - 1; k >= 0; k--)
    if (isProse(lines[nonEmpty[k]!]!.trim())) {
      lastProseRaw = nonEmpty[k]!;
      break;
    }
  // normalised previous non-empty lines as they were kept ('' when removed): a repeat is dropped
  // only when an earlier copy survives, so a caption whose first copy sat in a credit is kept once
  let prevKept: string[] = [];
  for (const i of nonEmpty) {
    let line = lines[i]!.trim();
    const n = norm(line);
    const words = wordCount(line);
    const short = words <= 10 && line.length <= 80;
    let rule: string | null = null;
    const chromeWords = CHROME_WORDS.test(n);
    const via = VIA.exec(line);
    const stamp = via ? null : dateStamp(line, i < firstProseRaw || i > lastProseRaw);
    if (stamp) {
      stamps.push({ line: i + 1, text: line, ...stamp });
      rule = 'date-stamp';
    } else if (via) {
      vias.push({ line: i + 1, text: line, url: via[1]!.replace(/[).,;]+$/, '') });
      rule = 'via-line';
    } else if (line.length < 60 && RELATIVE.test(line)) rule = 'relative-time';
    // (cheap substring checks on the lower-cased line first: these rules look at every line)
    else if (chromeWords && line.length < 400 && n.includes('cookie') && (CONSENT.test(line) || (edge.has(i) && CONSENT_EDGE.test(line)))) rule = 'consent-banner';
    else if (chromeWords && line.length < 400 && PAYWALL.test(line)) rule = 'paywall';
    else if (chromeWords && line.length < 300 && n.includes('newsletter') && NEWSLETTER.test(line)) rule = 'newsletter-promo';
    else if (FEED_FOOTER.test(line)) {
      markers.push({ line: i + 1, text: line, name: FEED_FOOTER.exec(line)![1]!, rule: 'feed-footer' });
      rule = 'feed-footer';
    } else if (VIA_NAME.test(line) && registry.byName(VIA_NAME.exec(line)![1]!)) {
      markers.push({ line: i + 1, text: line, name: VIA_NAME.exec(line)![1]!, rule: 'outlet-marker' });
      rule = 'outlet-marker';
    } else if (DASH_START.test(line) && markerName(line, registry)) {
      // "— Aldmark Radio News" as one of the last lines is the publisher signing off
      rule = tail.has(i) ? 'sign-off' : 'outlet-marker';
      markers.push({ line: i + 1, text: line, name: markerName(line, registry)!, rule });
    } else if (CREDIT_START.test(line) || (line.length < 300 && CREDIT_ANY.test(line))) {
      const glued = splitGluedCaption(line);
      if (glued) {
        // drop the credit, keep the caption: it may be the only place the story gives its date
        removed.push({ line: i + 1, text: glued.credit, rule: 'photo-credit' });
        line = glued.caption;
        keep[i] = line;
      } else rule = 'photo-credit';
    } else if (n === '' || /^[\d\s.,:;%+\-–—/|•·*#()]+$/.test(line)) rule = 'ui-symbols';
    else if (short && (UI_LINES.has(n) || UI_START.test(n) || UI_START.test(line))) rule = 'ui-line';
    else if (isNavLine(line, edge.has(i))) rule = 'nav-line';
    else if (edge.has(i) && line.length < 250 && PROMO.test(line)) rule = 'site-promo';
    else if (mixed && mainScript && mainShare >= 0.7) {
      const [sc, share] = dominant(scriptCounts(line));
      if (sc && sc !== mainScript && share >= 0.6) rule = 'script-mismatch';
    }
    let glued: MarkerLine | null = null;
    // a credit or a link label sits in the last few dozen characters: only those are searched
    const from = Math.max(0, line.length - 90);
    const credit = rule || !chromeWords ? null : CREDIT_TAIL.exec(line.slice(from));
    if (credit && wordCount(line.slice(0, from + credit.index)) >= 3) {
      removed.push({ line: i + 1, text: credit[0].trim(), rule: 'photo-credit' });
      line = line.slice(0, from + credit.index);
      keep[i] = line;
    }
    if (!rule && chromeWords && READ_MORE_TAIL.test(line.slice(-60)) && wordCount(line) > 4) {
      const cut = line.replace(READ_MORE_TAIL, '');
      removed.push({ line: i + 1, text: line.slice(cut.length).trim(), rule: 'read-more' });
      line = cut;
      keep[i] = line;
    }
    if (!rule) {
      // a known outlet's sign-off glued to the end of a paragraph: keep the text, not the marker
      const m = DASH_NEAR_END.test(line.slice(-64)) ? /\s([-–—|]\s*[^-–—|]{2,60})$/.exec(line) : null;
      const name = m ? markerName(m[1]!, registry) : null;
      if (m && name) {
        glued = { line: i + 1, text: m[1]!.trim(), name, rule: 'outlet-marker' };
        line = line.slice(0, m.index).trimEnd();
        keep[i] = line;
      }
    }
    const kn = rule ? '' : norm(line);
    if (!rule && kn.length > 0) {
      if (prevKept.includes(kn)) rule = glued ? 'repeated-caption' : 'repeated-line';
      else if (kn.length >= 20 && prevKept[0]?.includes(kn)) rule = 'repeated-caption';
    }
    if (glued) markers.push(glued);
    if (rule) drop(i, rule);
    prevKept = [rule ? '' : kn, ...prevKept].slice(0, 3);
  }

  // Positional rules over what is left.
  const left = nonEmpty.filter((i) => keep[i] !== null);
  // The site's own name above the story or signing off below it: a registry outlet, or the
  // name a Via domain or a marker elsewhere in the document gives (never a guess from text).
  const siteKeys = [
    ...vias.map((v) => hostOf(v.url)?.split('.').slice(0, -1).pop() ?? ''),
    ...markers.map((m) => nameKey(m.name)),
  ].filter((k) => k.length >= 4);
  const siteName = (s: string): string | null => {
    if (wordCount(s) > 6 || s.length > 80 || /[,;:!?]/.test(s)) return null;
    const e = registry.byLine(s);
    if (e) return s.replace(/^[-–—|•·]+\s*/, '').trim();
    // "Free Ostavia Monitor" above a freeostavia.example Via line: same name, give or take a short word
    const k = nameKey(s);
    const same = (x: string) =>
      x === k || (wordCount(s) <= 4 && Math.min(x.length, k.length) >= 6 && Math.abs(x.length - k.length) <= 8 && (k.startsWith(x) || x.startsWith(k)));
    return k.length >= 4 && siteKeys.some(same) ? s.trim() : null;
  };
  {
    const firstProseAt = left.find((i) => isProse(keep[i]!)) ?? Infinity;
    let lastProseAt = -1;
    for (const i of left) if (isProse(keep[i]!)) lastProseAt = i;
    for (const i of left) {
      const s = keep[i]!;
      const head = i < firstProseAt;
      if (!head && !(lastProseAt >= 0 && i > lastProseAt)) continue;
      const name = siteName(s);
      if (!name) continue;
      const rule = head ? 'site-name' : 'sign-off';
      markers.push({ line: i + 1, text: s, name, rule });
      drop(i, rule);
    }
  }
  // head: one- or two-word labels ("World", a section name) above the headline
  const headLeft = left.filter((i) => keep[i] !== null);
  const headline = headLeft.findIndex((i) => wordCount(keep[i]!) >= 3);
  if (headline > 0 && !TERMINAL.test(keep[headLeft[headline]!]!) && wordCount(keep[headLeft[headline]!]!) < 20)
    for (const i of headLeft.slice(0, headline)) if (!TERMINAL.test(keep[i]!) && wordCount(keep[i]!) <= 2) drop(i, 'head-chrome');
  // byline: "By Name [and Name]" above the story
  let byline: string | null = null;
  const titleKey = opts.title ? norm(opts.title) : '';
  const known = (opts.bylines ?? []).map((b) => (b ? norm(b.replace(/^by\s+/i, '')) : '')).filter((b) => b.length >= 4);
  for (const i of left) {
    const s = keep[i];
    if (s == null) continue;
    if (titleKey && norm(s) === titleKey) {
      drop(i, 'title-repeat');
      continue;
    }
    if (isProse(s)) break;
    const m = BYLINE.exec(s);
    if (m && wordCount(s.replace(FULL_DATE, ' ').replace(NUM_DATE, ' ')) <= 8) {
      byline ??= m[1]!.trim();
      // "By Jane Doe and John Roe, Reuters": an outlet the registry knows after the names is the agency
      const after = /^[,|·•]\s*([^,|·•]{2,40}?)\s*$/.exec(s.slice(s.indexOf(m[1]!) + m[1]!.length).trim());
      if (after && registry.byName(after[1]!)) markers.push({ line: i + 1, text: s, name: after[1]!, rule: 'byline-agency' });
      // "By Ina Holt, 3 October 2022": the date beside the name is the publication date
      // ("By Imogen Hale 01/07/2022": a numeric date too)
      const rest = s.slice(m[1]!.length + 3);
      const date = FULL_DATE.exec(rest) ?? NUM_DATE.exec(rest);
      if (date && !stamps.length) stamps.push({ line: i + 1, text: s, date: withoutOrdinal(date[1]!), kind: 'published' });
      drop(i, 'byline');
    } else if (known.length && wordCount(s) <= 10) {
      // "Talia Brenn" or "Talia Brenn, Business Correspondent" when the page names her as the author
      const k = norm(s.replace(/^by\s+/i, ''));
      if (known.some((b) => k === b || (!TERMINAL.test(s) && k.startsWith(b + ' ')))) drop(i, 'byline');
    }
  }
  // tail: short unpunctuated lines after the last line of prose
  let lastProse = -1;
  for (const i of left) if (keep[i] !== null && isProse(keep[i]!)) lastProse = i;
  if (lastProse >= 0)
    for (const i of left) if (i > lastProse && keep[i] !== null && wordCount(keep[i]!) <= 8 && !TERMINAL.test(keep[i]!)) drop(i, 'tail-chrome');
  // body: a Title Case line without punctuation after the prose started is a link to another story
  const firstProse = left.find((i) => keep[i] !== null && isProse(keep[i]!));
  if (firstProse !== undefined)
    for (const i of left) {
      const s = keep[i];
      if (i > firstProse && s && s.length < 150 && !TERMINAL.test(s) && isTitleCase(s)) drop(i, 'related-headline');
    }

  const text = keep
    .filter((l): l is string => l !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  removed.sort((a, b) => a.line - b.line);
  return { text, removed, vias, markers, stamps, byline };
}
