// Entity spotting and aliasing: gazetteer lookups, capitalised-sequence rules, title stripping,
// surname and role-noun aliasing. One pass over word tokens; no NLP library needed.
import type { Entity, EntityType, Mention, Sentence } from '../../types.ts';
import { sentenceAt } from '../text/sentences.ts';
import type { Gazetteer } from './gazetteer.ts';
import { aliasKey, foldName, orgId, slugName, surnameKey, withoutLegalSuffix } from './normalize.ts';
import { linkDefinedAcronyms } from './acronyms.ts';
import { COMPANY_WORDS, CONNECTORS, GENERIC_PLURALS, HEAD_ROLES, HEADS_AFTER_A_NAME, MODIFIER_ROLES, NAME_ABBREVS, NAME_DESCRIPTORS, NAME_PARTICLES, ORG_HEADS, PARTICIPLE_BEFORE_HEADS, PLACE_COMPOUND_HEADS, PLACE_HEADS, ROLE_NOUNS, SPEECH_VERBS, STOP, TITLES, TITLE_MAX_WORDS } from './lexicon.ts';
import { namedWithPlaceNoun } from '../../lexicon/place-nouns.ts';
import { isCurrencyToken } from '../currency.ts';
import { placeLikePlural } from './place-plurals.ts';
import { knownOrganisation } from './known-orgs.ts';
import { ROLE_WORDS } from './role-words.ts';
import { WORD_NUMBERS } from '../quantities/number-words.ts';

export type MentionVia = 'gazetteer' | 'acronym' | 'demonym' | 'name' | 'surname' | 'role-noun' | 'gazetteer-surname';

export interface EntityMention extends Mention {
  id: string;
  type: EntityType;
  via: MentionVia;
}

export interface PersonRole {
  role: string;
  of: string | null;
}

export interface FoundEntities {
  list: Entity[];
  /** All mentions sorted by offset, with their entity id (for quote attribution). */
  mentions: EntityMention[];
  /** Roles the article gives people ("Russian President X" -> president of place:russia). */
  roles: Map<string, PersonRole[]>;
  /** Entity id -> type. */
  types: Map<string, EntityType>;
}

interface Token {
  s: number;
  e: number;
  t: string; // surface text (possessive stripped)
  cap: boolean;
  poss: boolean; // followed by 's
  status?: boolean; // a head word naming a status after a participle ("Injured Reserve"): heads no organisation
}

// Words before a capitalised sequence that make it a place ("in Santa Monica", "from Newport Beach").
// First words that make a name a place ("Port Ostra", "Mount Kenya", "Lake Chad").
const PLACE_PREFIXES = new Set(['port', 'mount', 'mt', 'st', 'ft', 'lake', 'cape', 'fort', 'san', 'santa', 'isle', 'gulf', 'bay', 'camp', 'point', 'upper', 'lower', 'greater', 'new']);
const MOVED_TO_RE = /\b(?:trip|trips|visit|visits|trave?l+ed|travels|flew|flies|flown|went|goes|came|comes|returned|returns|arrived|headed|heads|journey|journeyed|sailed|drove|fled|flight|flights|road|route|border)\s+(?:back\s+)?(?:to|into|towards?)\s+$/;
// Stopwords that may open an organisation's name ("World", "Central", "Northern"); other generic
// first words ("National", "International", "Global", "United", "European") are not stopwords.
const GENERIC_ORG_OPENERS = new Set(['world', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northwestern', 'northeastern', 'southwestern', 'southeastern']);
// Last words that make a name a sports club ("Harlow Rovers", "Kelby United", "Ostrava FC").
const TEAM_SUFFIXES = new Set(['rovers', 'wanderers', 'fc', 'afc', 'athletic', 'athletico', 'rangers', 'albion', 'hotspur', 'united', 'orient', 'harriers', 'academicals']);
// First words of club names ("Sporting Lagoa", "Dynamo Kirov"), read only in a sports report.
const TEAM_PREFIXES = new Set(['sporting', 'dynamo', 'dinamo', 'olympique', 'racing', 'atletico', 'atlético', 'deportivo', 'sparta', 'slavia', 'lokomotiv', 'spartak', 'torpedo', 'partizan', 'hapoel', 'maccabi', 'feyenoord']);
// Ambiguous outside sport ("Kansas City", "Orvan Town"): clubs only in a sports report.
const TEAM_SUFFIXES_IN_SPORT = new Set(['city', 'town', 'county']);
const SPORTS_CUE_RE = /\b(?:beat|beats|defeated|drew|draw|match|fixture|league|cup|final|semi-final|season|goal|goals|scored|striker|midfielder|goalkeeper|coach|stadium|championship|tournament|play-?off|kick-off|penalty|innings|touchdown|quarterback|pitcher|\d{1,2}-\d{1,2})\b/gi;
// Portfolio words before "minister"/"spokesman" ("the Health minister"): not a place or organisation.
const PORTFOLIOS = new Set(['health', 'finance', 'interior', 'defence', 'defense', 'foreign', 'education', 'energy', 'justice', 'transport', 'trade', 'economy', 'economic', 'agriculture', 'environment', 'culture', 'sports', 'sport', 'home', 'labour', 'labor', 'housing', 'treasury', 'budget', 'press', 'team', 'club', 'party', 'government', 'state', 'deputy', 'vice', 'acting', 'interim', 'former', 'new', 'chief', 'senior', 'junior', 'assistant']);
const FROM_PERSON_RE = /\b(?:goals?|header|penalty|pass|cross|assist|strike|shot|tries|try|call|calls|letter|letters|email|e-mail|message|messages|statement|comments?|remarks|testimony|evidence|criticism|complaint|support|endorsement|donation|gift|visit|challenge|offer|request|plea|apology|warning|question|questions|interview|speech|tweet|post|votes?|help)(?:\s+and\s+\w+)?\s+from\s+$/i;
// "Typhoon Meari", "Hurricane Ida": a named storm (group 1: the name alone).
/** "the head of Orlen Rail", "a spokesman for Vell Motors": the name after a role and "of"/"for" is a body. */
const ROLE_OF_BEFORE_RE = /\b(?:head|chief|director|chairman|chairwoman|chair|ceo|founder|owner|boss|spokesman|spokeswoman|spokesperson|member|members|employee|employees|staff|shareholders?|board)\s+(?:of|for|at)\s+(?:the\s+)?$/i;

// "a partner of Hallam, said": a name inside a prepositional phrase is not the subject of the verb after it.
const IN_PHRASE_BEFORE_RE = /\b(?:of|for|with|by|to)\s+(?:the\s+)?$/i;
// What may follow an outlet's short form used as a name: an end of phrase or a verb of reporting.
const OUTLET_SHORT_AFTER_RE = /^(?:\s*(?:[,.;:)]|$)|\s+(?:had|has|have|was|is|said|says|reported|reports|told|expected|estimated|polled|wrote|added|and|or)\b)/;
// A dateline up to its dash: an upper-case city, perhaps a region, date or outlet, then the dash.
const DATELINE_BEFORE_RE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,}(?:[,(][^\n]{0,60}?)?\s[-—–]{1,2}\s+$/u;
// After a dateline city: perhaps a region or a date, then the outlet's bracket or a dash.
const DATELINE_REST_RE = /^(?:,[^\n(—–]{1,40}?)?(?:\s+\(|\s*[-—–]\s)/;
// After a speech verb, a capitalised name or "the": the speaker, so the name before the comma is not.
const SPEAKER_AFTER_VERB_RE = /^\s+(?:the\s|\p{Lu})/u;
// Compass adjectives in lower case before a name: a part of a place ("across northern England").
const COMPASS_BEFORE = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'coastal', 'rural', 'downtown']);
// Lower-case nouns of political groupings after a name: "the opposition Green Harbour alliance".
const GROUPING_AFTER_RE = /^\s+(?:alliance|coalition|bloc|party|movement|faction|caucus)\b/;
// "shares in X", "a stake in X": the name after "in" is a company.
const HOLDING_IN_RE = /\b(?:shares|stakes?|holdings?|investments?|invested|investors)\s+in\s+$/i;
// A name that is a modifier of lower-case words after it ("the Soren civil protection agency"): what
// comes before it ("head of the") is said of that noun phrase, not of the name.
const MODIFIES_NOUN_AFTER_RE = /^\s+(?!(?:and|or|of|in|on|at|to|for|from|by|with|as|is|was|were|are|has|had|have|will|would|said|says|told|which|who|that|the|a|an)\b)\p{Ll}{3,}\s+\p{Ll}/u;
// Lower-case nouns of things, not people, that a product or service name stands before ("the Skyline browser").
const PRODUCT_NOUNS = 'browser|app|apps|software|platform|smartphone|handset|console|chatbot|vaccine|operating system|search engine|service|services|product|products|brand|model|vehicle|aircraft|jet|drone|satellite|rocket|missile|tablet|laptop|chip|chips|processor|game|network';
const THING_AFTER_RE = new RegExp(`^\\s+(?:(?:and|or)\\s+(?:other|similar)\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{Ll}+s)\\b|(?:${PRODUCT_NOUNS})\\b(?!\\s+(?:of|for)\\b))`, 'u');
// Last words that are model codes: capitals with a digit, or two or three capitals that are no Roman numeral.
const MODEL_CODE_RE = /^(?=\p{Lu}*\d|\p{Lu}{2,3}$)(?![IVX]+$)[\p{Lu}\d-]{2,}$/u;
// Plurals of people after "and other": "Hale and other officials" are people.
const PEOPLE_PLURAL_RE = /(?:ers|ors|ists|ians|ants|ents|men|people|officials|leaders|figures|members|staff|executives|ministers|politicians|celebrities|stars|players|athletes|victims)$/;
function thingAfterAt(text: string, end: number): boolean {
  const m = THING_AFTER_RE.exec(text.slice(end, end + 60));
  return !!m && (!m[1] || !PEOPLE_PLURAL_RE.test(m[1]));
}

/** Kinds of organisation a name may follow in apposition ("the airline Skerrin Air said"). */
const ORG_KINDS = new Set([
  'airline', 'carrier', 'operator', 'company', 'firm', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer', 'utility',
  'broadcaster', 'newspaper', 'charity', 'manufacturer', 'supplier', 'producer', 'startup', 'conglomerate', 'exporter',
  'importer', 'brewer', 'publisher', 'regulator', 'watchdog', 'chipmaker', 'drugmaker', 'shipbuilder', 'shipper', 'miner',
  'developer', 'distributor', 'wholesaler', 'bank', 'party', 'union', 'club', 'agency', 'ngo', 'broker', 'fund', 'outlet',
]);

/** Titles that are also common surnames ("Billy King", "Amy Bishop", "Abed Sultan"). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'sultan', 'prince', 'pope', 'judge', 'dean', 'marshal', 'major', 'baron', 'knight', 'sheikh', 'emir', 'chancellor', 'guard', 'mayor']);

const STORM_NAME_RE = /^(?:Typhoon|Hurricane|Cyclone|Storm|Tropical Storm|Super Typhoon|Tropical Cyclone|Tropical Depression)\s+(\p{Lu}[\p{L}-]+)$/u;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'into', 'towards', 'toward', 'via']);
// "the ministry in Calder said", "officials in Brenhallow told": the speaker is the institution or
// group before the preposition, so the name after it is where they are, even before a speech verb.
// (People-group nouns only: "a letter from Lundqvist said" names the letter's author.)
const GROUP_BEFORE_PREP_RE = /\b(\p{L}+)\s+(?:in|at|from)\s+$/u;
const GROUP_NOUNS = new Set([
  'officials', 'official', 'authorities', 'residents', 'people', 'sources', 'diplomats', 'witnesses', 'doctors', 'spokesman',
  'spokeswoman', 'spokesperson', 'correspondent', 'reporters', 'protesters', 'activists', 'analysts', 'traders', 'leaders',
  'lawmakers', 'prosecutors', 'investigators', 'rescuers', 'workers', 'farmers', 'villagers', 'locals', 'teams', 'staff', 'crews',
  'officers', 'soldiers', 'troops', 'firefighters', 'medics', 'experts', 'scientists', 'researchers', 'engineers', 'voters', 'judges',
]);

// A role word and the start of a capitalised name after it (see roleOwnerAfter).
const ROLE_THEN_NAME_RE = /^[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{Lu}\p{Ll}+)/u;

// Plural people-group words that open sentences like names do ("Critics said", "Organisers told").
const GROUP_PLURAL_RE = /(?:ists|ers|ors|ants|ents|ics|ians|ans|ees|ives|ves|ies|ses|men|women|people|ones|others|both|many|some|all)$/;

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*/gu;

// A lower-case plural (perhaps after one modifier) right after a name: what a number before the name counts ("Fourteen Tarvos citizens were").
const COUNTED_PLURAL_AFTER_RE = /^\s+(?:\p{Ll}+\s+)?(?:\p{Ll}{2,}[^\Wsu]s|people|\p{Ll}*men|women|children)\b/u;
// Honours and professional letters written after a person's name.
const POSTNOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MLA', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS']);

const PERIOD_CODE_RE = /^(?:Q[1-4]|H[12]|FY\d{2}(?:\d{2})?)$/;

/** An organisation head word, unless it names a status after a participle ("Injured Reserve"). */
const orgHead = (x: Token) => !x.status && ORG_HEADS.has(foldName(x.t));

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const s = m.index;
    let e = s + m[0].length, t = m[0];
    let poss = false;
    const n = t.length;
    // Cheap character checks first: this runs for every word of every article.
    if (n > 2 && (t[n - 1] === 's' || t[n - 1] === 'S') && (t[n - 2] === "'" || t[n - 2] === '’')) {
      t = t.slice(0, -2);
      e -= 2;
      poss = true;
    } else if (text[e] === '.' && n >= 3 && t[n - 2] === '.' && /\p{L}\.\p{L}$/u.test(t)) {
      // "U.S." keeps its final dot
      t += '.';
      e += 1;
    }
    const f = t[0];
    let cap = f !== f.toLowerCase();
    // A currency mark before an amount ("Rs 450 crore", "USD 300m", "US$5m", "A$2bn") is no name.
    if (cap && n <= 3 && isCurrencyToken(t, text.slice(e, e + 4))) cap = false;
    // Reporting periods ("Q3", "H1", "FY2024", "FY25") are times, never names.
    if (cap && PERIOD_CODE_RE.test(t)) cap = false;
    if (!cap && (t[2] === '-' || t[3] === '-')) cap = /^(?:al|el|ad|as|ash|az|ez)-\p{Lu}/u.test(t);
    out.push({ s, e, t, cap, poss });
  }
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!.t;
    if ((prev.endsWith('ed') || prev.endsWith('ing')) && out[i]!.cap && PARTICIPLE_BEFORE_HEADS.has(out[i]!.t.toLowerCase()) && /\p{Ll}(?:ed|ing)$/u.test(prev)) out[i]!.status = true;
  }
  return out;
}

interface Chunk {
  s: number;
  e: number;
  text: string;
  id?: string; // resolved id (gazetteer)
  type?: EntityType;
  via?: MentionVia;
  title?: string; // role from a preceding title
  titleOf?: string | null; // country of that role
  first: boolean; // starts a sentence
  single: boolean;
  former?: boolean; // "former President X": no current role
  viaTitleOf?: boolean; // the place in "President of X": a place by position
  guessedName?: string; // "Ostavia" guessed from the demonym "Ostavian"
}

/** "Velorian" -> "Veloria", "Kalmorans" -> "Kalmora". */
function demonymStem(w: string): string {
  return w.replace(/s$/, '').slice(0, -1);
}

// Role nouns that an appositive gives a named person ("its chief forecaster, Rosa Elkins").
// Lower-case nouns after a name that make it a party or movement ("the Labour party", "Labour's manifesto"); not "voters" or "lawmakers", which follow places too.
const PARTY_NOUNS = 'party|parties|candidates?|faction|caucus|manifesto|leadership|membership|bloc|frontbench|backbenchers';
const PARTY_CUE_RE = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)(?:['’]s)?\\s+(?:${PARTY_NOUNS})\\b`, 'gu');
// Verbs agreeing with a plural subject ("the Greens have", "the Liberals are").
const PLURAL_VERB_AFTER_RE = /^\s+(?:\p{Ll}+ly\s+)?(?:have|are|were|say|want|hold|insist|argue|claim|accuse|demand|plan|hope|lead|won|took|called)\b/u;
// Just before a word: the opening of a clause, where a describing noun may be capitalised ('," Rival …').
const CLAUSE_OPEN_BEFORE_RE = /[,:;"”(—–]\s*$/;
const ROLE_HEADS = '(?:chief executive|chief financial officer|chief economist|chief forecaster|finance minister|energy minister|foreign minister|minister|spokesman|spokeswoman|spokesperson|coach|manager|chairman|chairwoman|chair|director|lawyer|attorney|judge|prosecutor|governor|mayor|captain|ambassador|editor|founder|owner|commissioner|forecaster)';
// The role, then a comma, right before the name; the role's owner or an article before it.
const APPOSITIVE_ROLE_RE = new RegExp(`(?:\\b(?:the|a|an|its|his|her|their|our)|['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${ROLE_HEADS})\\s*,\\s*$`, 'iu');
// A later reference to a role holder: "the spokesman", "the Kremlin spokesman", "Kaldor's spokesman"
// (not "the spokesman, Ana Roth", "the spokesman of ...", nor a title before a name).
const ROLE_BACK_RE = new RegExp(`(?:\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}\\p{M}-]+(?:['’]s)?\\s+)?|\\b\\p{Lu}[\\p{L}\\p{M}-]+['’]s\\s+)(${ROLE_HEADS})\\b(?!\\s*,\\s*\\p{Lu})(?!\\s+(?:of\\b|for\\b|\\p{Lu}))`, 'gu');

export interface FindEntitiesOptions {
  /** The outlet's name (from extraction): its name, or its first word when the rest only says it is an outlet ("Northstar" of "Northstar News"), is that organisation. */
  outlet?: string | null;
}

export function findEntities(text: string, sentences: Sentence[], gaz: Gazetteer, opts: FindEntitiesOptions = {}): FoundEntities {
  const tokens = tokenize(text);
  const outletWords = opts.outlet ? opts.outlet.trim().split(/\s+/) : [];
  const outletFold = outletWords.map(foldName).join(' ');
  const outletShort = outletWords.length > 1 && outletWords.slice(1).every((w) => ORG_HEADS.has(foldName(w))) ? foldName(outletWords[0]!) : null;
  /**
   * The outlet's id when the name at [s, e) is the outlet's name, or its short form standing as a
   * name ("polled by Northstar.", "Northstar reported"): not a modifier or a place ("its Harlow plant",
   * "in Harlow" beside the outlet "Harlow Herald").
   */
  const outletOf = (name: string, s: number, e: number): string | null => {
    if (!outletFold) return null;
    const f = name.split(/\s+/).map(foldName).join(' ');
    if (f === outletFold) return orgId(opts.outlet!.trim());
    if (f !== outletShort) return null;
    const prev = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, s - 16), s))?.[1]?.toLowerCase() ?? '';
    return !PLACE_PREPS.has(prev) && OUTLET_SHORT_AFTER_RE.test(text.slice(e, e + 16)) ? orgId(opts.outlet!.trim()) : null;
  };
  const sentStarts = new Set(sentences.map((s) => s.start));
  // The first word after a dateline's dash opens the report like a sentence ("MANCHESTER, England (Reuters) - Workers walked out").
  const afterDateline = (at: number): boolean => {
    const ls = text.lastIndexOf('\n', at - 1) + 1;
    return at - ls < 90 && DATELINE_BEFORE_RE.test(text.slice(ls, at));
  };
  const lowerSeen = new Set<string>();
  for (const tk of tokens) if (!tk.cap) lowerSeen.add(tk.t);
  const chunks: Chunk[] = [];
  const capCount = new Map<string, number>();
  let partyWords: Set<string> | null = null; // words before a party noun ("the Labour candidate"), for partyByContext
  for (const tk of tokens) if (tk.cap) capCount.set(tk.t, (capCount.get(tk.t) ?? 0) + 1);
  // Headline-style lines ("Assad Visits Kremlin to Discuss ...") capitalise every word: there only
  // known names count, not capitalised sequences.
  const titleCase = new Set<number>();
  {
    let si = 0, caps = 0, words = 0;
    const close = () => {
      // Headlines do not end like prose; a sentence full of names that ends with a period is prose.
      const sent = sentences[si];
      const endsProse = sent ? /[.!?]["'”’]?$/.test(text.slice(Math.max(sent.start, sent.end - 2), sent.end)) : false;
      if (words >= 4 && caps / words > 0.7 && !endsProse) titleCase.add(si);
    };
    for (const tk of tokens) {
      while (si < sentences.length && tk.s >= sentences[si].end) {
        close();
        si++;
        caps = 0;
        words = 0;
      }
      if (tk.t.length > 3) {
        words++;
        if (tk.cap) caps++;
      }
    }
    close();
  }
  const demonymMentions: Chunk[] = [];
  // "-ian" words used as adjectives before a lower-case noun somewhere in the text ("Velorian firms").
  const adjectiveUse = new Set<string>();
  const titleDemonym = new Set<string>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    const tk = tokens[t];
    // (not before a verb or function word: "Meridian had expected" names something)
    if (tk.cap && !tk.poss && tk.t.endsWith('ian') && !tokens[t + 1].cap && text.slice(tk.e, tokens[t + 1].s) === ' ' && !STOP.has(tokens[t + 1].t) && !SPEECH_VERBS.has(tokens[t + 1].t)) adjectiveUse.add(tk.t);
  }

  // Group tokens into runs of capitalised words separated by single spaces.
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1];
      const gap = text.slice(prev.e + (prev.poss ? 2 : 0), tokens[j].s);
      // "Gov. Hal Brenner", "Rear Adm. Tomas Vell": a title abbreviation's period does not end the name run.
      const abbrevGap = (gap === '. ' || gap === '.\u00a0' || gap === '.\n') && tokens[j].cap && NAME_ABBREVS.has(foldName(prev.t));
      // "J. R. Ocampo", "Amara N. Diallo": a one-letter initial's period does not end the name either,
      // unless the sentence splitter ended a sentence there.
      const initialGap = (gap === '. ' || gap === '.\u00a0') && tokens[j].cap && /^\p{Lu}$/u.test(prev.t) && !sentStarts.has(tokens[j].s);
      if (prev.poss || !(gap === ' ' || gap === '\u00a0' || abbrevGap || initialGap)) break;
      if (tokens[j].cap) run.push(tokens[j]);
      else if (CONNECTORS.has(tokens[j].t) && j + 1 < tokens.length && tokens[j + 1].cap && text.slice(tokens[j].e, tokens[j + 1].s) === ' ') run.push(tokens[j]);
      else if (NAME_PARTICLES.has(tokens[j].t) && j + 2 < tokens.length && NAME_PARTICLES.has(tokens[j + 1].t) && tokens[j + 2].cap && text.slice(tokens[j].e, tokens[j + 2].s) === ' ' + tokens[j + 1].t + ' ') {
        // "Ines de la Vega", "Jan van der Berg": two particles before the surname.
        run.push(tokens[j], tokens[j + 1]);
        j++;
      } else break;
      j++;
    }
    processRun(run);
    i = j;
  }

  /**
   * "Labour said" in a text that writes "the Labour party" / "Labour's candidate", or "the Greens
   * have": a single word that is a party or movement, not a person. Cues: the word before a
   * lower-case party noun, or a capitalised plural after "the" with a plural verb.
   */
  function partyByContext(word: string, end: number, prevWord: string): boolean {
    if (!/^\p{Lu}[\p{Ll}]+$/u.test(word)) return false;
    // every word the text puts before a party noun, found in one pass the first time it is asked
    partyWords ??= new Set([...text.matchAll(PARTY_CUE_RE)].map((m) => m[1]!));
    if (partyWords.has(word)) return true;
    // ("the Alps are", "the Kardaks have": a range or island group takes a plural verb too)
    return prevWord === 'the' && /s$/.test(word) && PLURAL_VERB_AFTER_RE.test(text.slice(end, end + 30)) && !placeLikePlural(word, text);
  }

  function processRun(run: Token[]): void {
    let k = 0;
    // "former U.S. President X", "the late King Y": the title is stripped but gives no current role.
    const FORMER = /^(?:former|ex|late|then|outgoing|erstwhile|onetime|one-time)$/i;
    const former = /\b(?:former|ex|late|then|outgoing|erstwhile|onetime|one-time)[-\s]+$/i.test(text.slice(Math.max(0, run[0].s - 16), run[0].s)) || FORMER.test(run[0].t);
    let pendingTitle: string | undefined;
    let titlesAll = false; // a plural title: it holds for every name joined after it
    let pendingOf: string | null = null;
    let unknown: Token[] = [];
    const flushUnknown = () => {
      // Trailing connectors are not part of a name.
      while (unknown.length && !unknown[unknown.length - 1].cap) unknown.pop();
      while (unknown.length && !unknown[0].cap) unknown.shift();
      if (unknown.length) {
        // Connectors join two names ("Putin and Assad") unless an organisation/place head word holds them together.
        const heads = unknown.some((x) => orgHead(x) || PLACE_HEADS.has(foldName(x.t)));
        // "National Disaster Risk Reduction and Management Council (NDRRMC)": an acronym in parentheses
        // spelling the initials of the whole run holds it together across "and".
        const defined = /^\s*\((\p{Lu}{3,})\)/u.exec(text.slice(unknown[unknown.length - 1]!.e, unknown[unknown.length - 1]!.e + 16))?.[1];
        const whole = !!defined && defined === unknown.filter((x) => x.cap).map((x) => x.t[0]).join('');
        const parts: Token[][] = [[]];
        const afterOf = new Set<number>(); // indexes of the parts that follow an "of"
        const afterAnd = new Set<number>(); // indexes of the parts that follow an "and"
        const isHead = (x: Token) => orgHead(x) || PLACE_HEADS.has(foldName(x.t));
        let headSeen = false; // a head word before this point ("University of ...", "Bank of ...")
        for (const x of unknown) {
          // Name particles stay inside a person's name ("Ines de la Vega") when a capitalised word opens it.
          const particle = NAME_PARTICLES.has(x.t) && parts[parts.length - 1].length > 0;
          // "Jana Petrak of Orlik City": a head word after "of" does not hold a name before it to the place
          const ofWithoutHead = x.t === 'of' && !headSeen && !particle;
          headSeen ||= isHead(x);
          if (!x.cap && !whole && (x.t === 'and' || x.t === 'or' || ofWithoutHead || (!heads && !particle))) {
            parts.push([]);
            if (x.t === 'of') afterOf.add(parts.length - 1);
            if (x.t === 'and') afterAnd.add(parts.length - 1);
          } else parts[parts.length - 1].push(x);
        }
        // "Devon and Cornwall Fire Brigade": one place word joined to the place word opening an
        // organisation name is part of that name.
        for (let pi = parts.length - 2; pi >= 0; pi--) if (afterAnd.has(pi + 1) && coordinatedInOrg(parts[pi]!, parts[pi + 1]!)) parts.splice(pi, 2, [...parts[pi]!, ...parts[pi + 1]!]);
        let titledBefore = false;
        for (let pi = 0; pi < parts.length; pi++) {
          let part = parts[pi]!;
          // "Mayor Petra Horvat of Zelina": the place right after a titled name is where the title holds.
          const titleOf = titledBefore && afterOf.has(pi) && part.length <= 2 && part.every((x) => x.cap && !ORG_HEADS.has(foldName(x.t)));
          titledBefore = false;
          if (titleOf) {
            const s = part[0]!.s, e = part[part.length - 1]!.e;
            chunks.push({ s, e, text: text.slice(s, e), type: 'place', first: false, single: part.length === 1, viaTitleOf: true });
            continue;
          }
          while (part.length && !part[part.length - 1].cap) part.pop();
          if (!part.length) continue;
          // "Velorian Aurel Kastrani", "the Velorian said": a demonym is never (part of) a person's name.
          if (demonymLike(part[0].t)) {
            const d = part[0];
            const stem = demonymStem(d.t);
            const orgName = part.length > 1 && part.slice(1).some((x) => ORG_HEADS.has(foldName(x.t)));
            // "Ostavian Broadcasting Service" stays one organisation; the place is still mentioned.
            (orgName ? demonymMentions : chunks).push({ s: d.s, e: d.e, text: d.t, id: 'place:' + slugName(stem), type: 'place', via: 'demonym', guessedName: stem, first: false, single: true });
            if (!orgName) {
              pendingOf = 'place:' + slugName(stem);
              part = part.slice(1);
              if (!part.length) continue;
            }
          } else if (part.length === 3 && !pendingTitle && part.every((x) => x.cap && !ORG_HEADS.has(foldName(x.t))) && placeElsewhere(part[0].t, part[0].s)) {
            // "president of Veloria Aurel Kastrani" (lower-case title): the word after "of" is the title's place.
            const ofTitle = /\b([a-z]+(?:[ -][a-z]+)?)\s+of\s+$/.exec(text.slice(Math.max(0, part[0].s - 40), part[0].s));
            const role = ofTitle ? TITLES[ofTitle[1]] ?? TITLES[ofTitle[1].split(/[ -]/).pop()!] : undefined;
            if (role) {
              const p0 = part[0];
              chunks.push({ s: p0.s, e: p0.e, text: p0.t, type: 'place', first: false, single: true, viaTitleOf: true });
              pendingTitle = role;
              pendingOf = 'place:' + slugName(p0.t);
              part = part.slice(1);
            }
          }
          const s = part[0].s, e = part[part.length - 1].e;
          titledBefore = !!pendingTitle && pendingTitle !== 'honorific' && !part.some((x) => ORG_HEADS.has(foldName(x.t)));
          chunks.push({ s, e, text: text.slice(s, e), title: pendingTitle, titleOf: pendingOf, first: sentStarts.has(s) || afterDateline(s), single: part.length === 1, former, ...(describedOrg ? { type: 'organisation' as const } : {}) });
          describedOrg = false;
          if (!titlesAll || pi === parts.length - 1) pendingTitle = undefined;
          pendingOf = null;
        }
      }
      unknown = [];
    };
    // "Rivals Westbrook Athletic had led": a generic plural opening a sentence before a name is a
    // common noun, not the name's first word (an organisation name ending in its head is kept: "Workers Party").
    // (A plural title stays a title: "Justices Ramos and Whitcombe".)
    if (run.length > 1 && sentStarts.has(run[0].s) && run[1].cap && GENERIC_PLURALS.has(foldName(run[0].t)) && !unknownHasOrgHead(run, 1) && !(foldName(run[0].t) in TITLES)) k = 1;
    // "Fourteen Tarvos citizens were evacuated": a number word opening the sentence before a name and a
    // lower-case plural counts that plural; the name is only its modifier ("Seven Seas Shipping said" keeps its number).
    if (k === 0 && run.length > 1 && sentStarts.has(run[0].s) && WORD_NUMBERS[foldName(run[0].t)] !== undefined && run[1].cap && !unknownHasOrgHead(run, 1) && COUNTED_PLURAL_AFTER_RE.test(text.slice(run[run.length - 1].e, run[run.length - 1].e + 30))) k = 1;
    // "Sentencing Pennick, Judge Rusk said": a participle opening the sentence before a name the text
    // uses again, then a comma, is a clause of its own ("Channing"/"Manning" keep their doubled consonant).
    if (k === 0 && run.length === 2 && sentStarts.has(run[0].s) && /^\p{Lu}\p{Ll}{3,}[^\W\d_]ing$/u.test(run[0].t) && !/(\p{L})\1ing$/u.test(run[0].t) && (capCount.get(run[0].t) ?? 0) === 1 && (capCount.get(run[1].t) ?? 0) >= 2 && /^,/.test(text.slice(run[1].e, run[1].e + 1))) k = 1;
    // "Anita Desai KC", "Tom Hale MP": letters after a name are no part of it.
    if (run.length > 2 && POSTNOMINALS.has(run[run.length - 1].t) && run[run.length - 2].cap) run = run.slice(0, -1);
    // "Chipmaker Orbitek Corp", "Rival Quantic Devices": a describing noun opening the sentence.
    let describedOrg = false;
    // A clause start after a quote or a comma counts too ('"…," Challenger Vera Dunic said').
    if (k === 0 && run.length > 1 && (sentStarts.has(run[0].s) || CLAUSE_OPEN_BEFORE_RE.test(text.slice(Math.max(0, run[0].s - 4), run[0].s))) && run[1].cap && foldName(run[0].t) in NAME_DESCRIPTORS) {
      describedOrg = NAME_DESCRIPTORS[foldName(run[0].t)]!;
      k = 1;
    }
    while (k < run.length) {
      const tk = run[k];
      const low = foldName(tk.t);
      // Titles ("President", "Foreign Minister", "Mr"), possibly several words.
      let titleLen = 0;
      let role = '';
      for (let n = Math.min(TITLE_MAX_WORDS, run.length - k); n >= 1; n--) {
        const phrase = run.slice(k, k + n).map((x) => foldName(x.t).replace(/\.$/, '')).join(' ');
        // "Justices Ramos and Whitcombe", "Senators Hale and Ortiz": a plural title before names joined by "and".
        const plural = /s$/.test(phrase) && run.slice(k + n).some((x) => x.t === 'and') ? [phrase.slice(0, -1), phrase.replace(/es$/, '')].find((p) => p in TITLES && TITLES[p]) : undefined;
        if ((phrase in TITLES || plural) && !(n === 1 && run[k + n - 1].poss)) {
          titleLen = n;
          role = TITLES[phrase] || TITLES[plural ?? ''] || '';
          titlesAll = /s$/.test(phrase);
          break;
        }
      }
      // "Striker Tomas Rand", "Playwright Ana Sorel": an occupation before a name is its holder's role.
      if (!titleLen && roleWordBefore(run, k)) {
        titleLen = 1;
        role = low;
        titlesAll = false;
        // "National Security Adviser Ana Roth", "Fifth Doctor Ivo Marsh": words before the role that head
        // no organisation only say which role it is ("Police Constable Tim Vale" keeps "Police")
        if (unknown.length && !unknown.some(orgHead)) unknown = [];
      }
      if (titleLen && k + titleLen < run.length && !unknownHasOrgHead(run, k + titleLen)) {
        // "Ostavian Prime Minister Lena Havel": an -(i)an word right before a title is a demonym.
        if (unknown.length === 1 && role && /^\p{Lu}\p{Ll}{2,}[ai]an$/u.test(unknown[0].t)) titleDemonym.add(unknown[0].t);
        flushUnknown();
        pendingTitle = role || pendingTitle || 'honorific';
        k += titleLen;
        // "President of Veloria Aurel Kastrani": the place after "of" belongs to the title, not the name.
        if (run[k]?.t === 'of' && k + 2 < run.length) {
          const g = matchGazetteer(run, k + 1);
          const n = g ? g.n : run[k + 1].t === 'the' ? 0 : 1;
          if (n > 0 && k + 1 + n < run.length) {
            const s0 = run[k + 1].s, e0 = run[k + n].e;
            if (g) demonymMentions.push({ s: s0, e: e0, text: text.slice(s0, e0), id: g.id, type: gaz.byId.get(g.id)!.type, via: 'gazetteer', first: false, single: n === 1 });
            else chunks.push({ s: s0, e: e0, text: text.slice(s0, e0), type: 'place', first: false, single: true, viaTitleOf: true });
            pendingOf = g ? g.id : null;
            k += 1 + n;
          }
        }
        continue;
      }
      // Gazetteer: longest alias starting here.
      const match = matchGazetteer(run, k);
      if (match) {
        const e0 = gaz.byId.get(match.id)!;
        // "Russian Defence Ministry": a country/demonym followed by unknown words with an org head is one organisation.
        if (match.demonym || e0.kind === 'country') {
          const rest = run.slice(k + match.n);
          const orgEnd = orgHeadEnd(rest);
          if (orgEnd > 0 && !matchGazetteer(run, k + match.n)) {
            flushUnknown();
            const s = tk.s, e = rest[orgEnd - 1].e;
            chunks.push({ s, e, text: text.slice(s, e), type: 'organisation', via: 'name', first: false, single: false });
            // the country is still mentioned
            demonymMentions.push({ s: tk.s, e: run[k + match.n - 1].e, text: text.slice(tk.s, run[k + match.n - 1].e), id: match.id, type: 'place', via: match.demonym ? 'demonym' : 'gazetteer', first: false, single: true });
            k += match.n + orgEnd;
            continue;
          }
          // A country or demonym before a title gives the title's country.
          const nextTitle = titleAt(run, k + match.n);
          if (nextTitle) {
            flushUnknown();
            demonymMentions.push({ s: tk.s, e: run[k + match.n - 1].e, text: text.slice(tk.s, run[k + match.n - 1].e), id: match.id, type: 'place', via: match.demonym ? 'demonym' : 'gazetteer', first: false, single: true });
            pendingOf = match.id;
            k += match.n;
            continue;
          }
        }
        flushUnknown();
        const s = tk.s, e = run[k + match.n - 1].e;
        const c: Chunk = { s, e, text: text.slice(s, e), id: match.id, type: e0.type, via: match.demonym ? 'demonym' : match.acronym ? 'acronym' : 'gazetteer', first: false, single: match.n === 1 };
        if (e0.type === 'person' && pendingTitle) {
          c.title = pendingTitle;
          c.titleOf = pendingOf;
          c.former = former;
        }
        pendingTitle = undefined;
        pendingOf = null;
        (match.demonym ? demonymMentions : chunks).push(c);
        k += match.n;
        continue;
      }
      // "World Health Council", "Central Grain Board", "Northern Rail Authority": a generic stopword
      // opens an organisation name when capitalised words up to an organisation head follow it.
      // ("Velmar Central Bank": also after a name, which then stays the first word of the organisation's)
      if (STOP.has(low) && GENERIC_ORG_OPENERS.has(low) && (!unknown.length || unknown.every((x) => x.cap)) && orgHeadEnd(run.slice(k + 1)) > 0 && !matchGazetteer(run, k + 1)) {
        unknown.push(tk);
        k++;
        continue;
      }
      // "Alpine News Agency", "Sky News": a stopword that heads organisations ("News") stays inside a name it continues.
      if (STOP.has(low) && !(ORG_HEADS.has(low) && unknown.length) && (!unknown.length || tk.cap)) {
        // A capitalised function/calendar word is never inside a name: it ends one.
        flushUnknown();
        pendingTitle = undefined;
        k++;
        continue;
      }
      // Hyphenated compounds ("Russia-Syria", "anti-Assad"): look at the capitalised parts.
      if (tk.t.includes('-') && !unknown.length) {
        const parts = splitHyphen(tk);
        if (parts.length) {
          for (const p of parts) chunks.push(p);
          k++;
          continue;
        }
      }
      unknown.push(tk);
      if (tk.poss) flushUnknown();
      k++;
    }
    flushUnknown();
  }

  /**
   * "Devon" + "Cornwall Fire Brigade": a single name before "and" and a name of two to four words
   * opening with a name and ending in an organisation head is one organisation when the first name
   * never stands alone elsewhere in the text (a surname would: "Rand and Harlow City Council").
   */
  function coordinatedInOrg(a: Token[], b: Token[]): boolean {
    if (a.length !== 1 || b.length < 2 || b.length > 4) return false;
    const x = a[0]!, y = b[0]!;
    const isHead = (t: Token) => ORG_HEADS.has(foldName(t.t)) || PLACE_HEADS.has(foldName(t.t));
    if (!x.cap || !y.cap || x.poss || isHead(x) || isHead(y) || !ORG_HEADS.has(foldName(b[b.length - 1]!.t)) || b.some((t) => !t.cap)) return false;
    // (not "Ostavia and Velorian Foreign Ministry": a demonym opens an organisation of its own)
    const demonymShaped = (w: string) => demonymLike(w) || gaz.demonym.has(foldName(w)) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(w);
    if (demonymShaped(x.t) || demonymShaped(y.t) || STOP.has(foldName(x.t)) || GENERIC_PLURALS.has(foldName(x.t)) || foldName(x.t) in TITLES) return false;
    if (gaz.alias.has(aliasKey(x.t)) && gaz.byId.get(gaz.alias.get(aliasKey(x.t))!)?.type !== 'place') return false;
    const joined = `${x.t} and ${y.t}`;
    return text.split(joined).length - 1 >= (capCount.get(x.t) ?? 0);
  }

  /** The word is used as a place elsewhere in the text ("in Veloria", "Velorian"). */
  function placeElsewhere(w: string, at: number): boolean {
    if (capCount.has(w + 'n') || capCount.has(w + 'ns') || capCount.has(w.replace(/a$/, '') + 'ian')) return true;
    const re = new RegExp(`\\b(?:in|to|from|across|into)\\s+${w.replace(/[^\p{L}\p{M}]/gu, '')}\\b`, 'gu');
    for (const m of text.matchAll(re)) if (m.index! + m[0].length - w.length !== at) return true;
    return false;
  }

  /** A capitalised word that names the people of a place the text also names ("Velorian" / "Veloria"). */
  function demonymLike(w: string): boolean {
    if (!/^\p{Lu}\p{Ll}{2,}(?:ian|an|ians|ans)$/u.test(w)) return false;
    const stem = demonymStem(w);
    return capCount.has(stem) || titleDemonym.has(w) || (/ians?$/.test(w) && adjectiveUse.has(w.replace(/s$/, '')));
  }

  /**
   * An occupation word (ROLE_WORDS) at `k` before a full name ("Nurse Ana Sorel"), or before one name
   * the text uses again when it also writes the word in lower case ("Driver Okafor" … "the driver").
   */
  function roleWordBefore(run: Token[], k: number): boolean {
    const low = foldName(run[k]!.t);
    if (!ROLE_WORDS.has(low) || run[k]!.poss) return false;
    // (a headline capitalises every word: "Suspect Charged", "Striker Signs")
    if (titleCase.size && titleCase.has(sentenceAt(sentences, run[k]!.s))) return false;
    let names = 0;
    while (k + 1 + names < run.length && run[k + 1 + names]!.cap) names++;
    if (names === 0 || names > 4) return false;
    // a person's name: name-shaped words ("Ana", "J.", "O'Neill", "McDonald"; not "KILLED"), no head word
    for (let i = k + 1; i <= k + names; i++) {
      const w = run[i]!.t;
      if (!/^(?:\p{Lu}\.?|\p{Lu}[\p{L}\p{M}'’-]*\p{Ll})$/u.test(w) || orgHead(run[i]!) || PLACE_HEADS.has(foldName(w))) return false;
    }
    const g = matchGazetteer(run, k + 1);
    if (g && gaz.byId.get(g.id)?.type !== 'person') return false;
    if (names >= 2) return true;
    const name = run[k + 1]!;
    // (a name is never written in lower case: "Refugee Action" … "took action" is no person)
    // ("Suspect Charged": no verb form either)
    return k + 2 === run.length && lowerSeen.has(low) && (capCount.get(name.t) ?? 0) >= 2 && !STOP.has(foldName(name.t)) && !lowerSeen.has(name.t.toLowerCase()) && !/\p{Ll}(?:ed|ing)$/u.test(name.t);
  }

  function titleAt(run: Token[], k: number): string | null {
    for (let n = Math.min(TITLE_MAX_WORDS, run.length - k); n >= 1; n--) {
      const phrase = run.slice(k, k + n).map((x) => foldName(x.t)).join(' ');
      if (phrase in TITLES && TITLES[phrase]) return TITLES[phrase];
    }
    return null;
  }

  function unknownHasOrgHead(run: Token[], k: number): boolean {
    // "General Staff", "President's Office": the title word heads an organisation name.
    const rest = run.slice(k);
    return rest.length > 0 && orgHead(rest[rest.length - 1]!) && !matchGazetteer(run, k);
  }

  function orgHeadEnd(rest: Token[]): number {
    // Number of tokens up to and including the last organisation head word (all capitalised).
    let end = 0;
    for (let n = 0; n < rest.length && n < 5; n++) {
      if (!rest[n].cap) break;
      if (orgHead(rest[n]!)) end = n + 1;
      if (rest[n].poss) break;
    }
    return end;
  }

  function matchGazetteer(run: Token[], k: number): { id: string; n: number; demonym: boolean; acronym: boolean } | null {
    if (k >= run.length) return null;
    if (!run[k].cap) return null;
    // Grow the key word by word while it is a prefix of some alias; then try the longest first.
    let max = 0;
    let key = '';
    for (let n = 1; n <= Math.min(gaz.maxWords, run.length - k); n++) {
      const w = foldName(run[k + n - 1].t);
      key = n === 1 ? w : `${key} ${w}`;
      if (!gaz.prefixes.has(key.replace(/\.(?=\s|$)/g, '').replace(/\s*-\s*/g, '-'))) break;
      max = n;
      if (run[k + n - 1].poss) break;
    }
    if (max === 0) {
      const ac = gaz.acronym.get(run[k].t);
      if (ac) return { id: ac, n: 1, demonym: false, acronym: true };
      const d = gaz.demonym.get(foldName(run[k].t));
      return d ? { id: d, n: 1, demonym: true, acronym: false } : null;
    }
    for (let n = max; n >= 1; n--) {
      if (n > 1 && run[k + n - 2].poss) continue; // a possessive ends a name
      const last = run[k + n - 1];
      if (!last.cap) continue;
      if (n === 1) {
        const ac = gaz.acronym.get(run[k].t);
        if (ac) return { id: ac, n: 1, demonym: false, acronym: true };
      }
      const key = aliasKey(run.slice(k, k + n).map((x) => x.t).join(' '));
      const id = gaz.alias.get(key);
      if (id) {
        // Short all-caps tokens must be exact acronyms ("US" is not "us").
        if (n === 1 && /^[A-Z]{2,3}$/.test(run[k].t) && !gaz.acronym.has(run[k].t) && gaz.byId.get(id)?.type !== 'place') continue;
        return { id, n, demonym: false, acronym: false };
      }
      if (n === 1) {
        const d = gaz.demonym.get(foldName(run[k].t));
        if (d) return { id: d, n: 1, demonym: true, acronym: false };
      }
    }
    return null;
  }

  function splitHyphen(tk: Token): Chunk[] {
    const out: Chunk[] = [];
    let off = tk.s;
    for (const part of tk.t.split('-')) {
      const s = off, e = off + part.length;
      off = e + 1;
      if (!/^\p{Lu}/u.test(part)) continue;
      const ac = gaz.acronym.get(part) ?? gaz.acronym.get(part.replace(/\.$/, ''));
      const id = ac ?? gaz.alias.get(aliasKey(part));
      if (id) {
        out.push({ s, e, text: part, id, type: gaz.byId.get(id)!.type, via: 'gazetteer', first: false, single: true });
        continue;
      }
      const d = gaz.demonym.get(foldName(part));
      if (d) {
        out.push({ s, e, text: part, id: d, type: 'place', via: 'demonym', first: false, single: true });
        continue;
      }
      out.push({ s, e, text: part, first: false, single: true });
    }
    // Only worth it when some part is known; "Kurdish-controlled" is not a name at all.
    if (out.some((c) => c.id)) return out.filter((c) => c.id);
    return /-\p{Ll}[\p{L}]*$/u.test(tk.t) ? [{ s: tk.s, e: tk.e, text: tk.t, first: false, single: true, id: '' }] : [];
  }

  // ------------------------------------------------------------ classify unknown chunks
  const roles = new Map<string, PersonRole[]>();
  const addRole = (id: string, role: string | undefined, of: string | null | undefined, former?: boolean) => {
    if (!role || role === 'honorific' || former) return;
    const list = roles.get(id) ?? [];
    if (!list.some((r) => r.role === role && r.of === (of ?? null))) list.push({ role, of: of ?? null });
    roles.set(id, list);
  };
  const stormNames = new Map<string, string>(); // "Meari" -> id of "Typhoon Meari"
  const persons = new Map<string, { name: string; id: string }>(); // surname key -> full-name person in this article
  // Every full name per surname key with where it is first named. A bare shared surname means the
  // first of them the article named ("al-Rahman" is the baker, not the daughter named later, whom
  // news style calls by her first name), not whichever full name came last.
  const personsAt = new Map<string, { name: string; id: string; s: number }[]>();
  const notePerson = (sk: string, name: string, id: string, at: number) => {
    const list = personsAt.get(sk) ?? [];
    if (!list.some((p) => p.id === id)) list.push({ name, id, s: at });
    personsAt.set(sk, list);
  };
  const idName = new Map<string, string>();
  const idVia = new Map<string, MentionVia>();
  const idType = new Map<string, EntityType>();

  const thingAfter = (e: number) => thingAfterAt(text, e);
  const followedBySpeech = (e: number) => {
    const m = /^,?\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?([a-z]+)/.exec(text.slice(e, e + 30));
    // (not an inverted "…, said Devon Fire Brigade" / "…, said the ministry": the speaker comes after the verb)
    return !!m && SPEECH_VERBS.has(m[1]) && !(m[0].startsWith(',') && SPEAKER_AFTER_VERB_RE.test(text.slice(e + m[0].length, e + m[0].length + 12)));
  };

  // A dateline: an upper-case city opening a line before a comma, bracket or dash ("MANCHESTER, England
  // (Reuters) -"), and the region after it before the bracket or dash. Both are places.
  const datelinePlace = (c: Chunk): boolean => {
    const ls = text.lastIndexOf('\n', c.s - 1) + 1;
    const before = text.slice(ls, c.s);
    // (the line goes on to the outlet's bracket or the dash soon: "NATO, the alliance, said" is no dateline)
    if (before.trim() === '' && /^\p{Lu}[\p{Lu}\s.'’-]{2,}$/u.test(c.text) && DATELINE_REST_RE.test(text.slice(c.e, c.e + 48))) return true;
    return /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,},\s+$/u.test(before) && /^\.?\s*(?:\(|[-—–]\s)/.test(text.slice(c.e, c.e + 4));
  };

  // "in Delacroix v. Halvorsen Media": a party to a court case, not where something happened.
  const caseParty = (e: number) => /^\s+(?:v|vs)\.?\s+\p{Lu}/u.test(text.slice(e, e + 8));

  // "goals from Kofi Mensah", "a letter from Ana Roth": what people give or say comes from a person,
  // so the name after "from" keeps the default typing (a place only by its own cues).
  const fromPerson = (s: number) => FROM_PERSON_RE.test(text.slice(Math.max(0, s - 40), s));

  // A role word, then a capitalised name, right after `end` ("… director Mara Ilves", "… Mayor Ivo
  // Kral"): what the words before it are, by the role (MODIFIER_ROLES), else undefined.
  // (A role of one person: "Vera Dunic supporters Thursday" is no one's role, and a calendar or
  // function word after it is no name.)
  const roleOwnerAfter = (end: number): 'place' | 'organisation' | undefined => {
    const m = ROLE_THEN_NAME_RE.exec(text.slice(end, end + 40));
    if (!m) return undefined;
    const role = m[1]!.toLowerCase();
    return /[^s]s$/.test(role) || STOP.has(m[2]!.toLowerCase()) ? undefined : MODIFIER_ROLES[role];
  };

  const speakerOpener = (c: Chunk): boolean => {
    const low = foldName(c.text);
    if (lowerSeen.has(low) || GROUP_NOUNS.has(low) || GROUP_PLURAL_RE.test(low) || !/^\p{Lu}\p{Ll}+$/u.test(c.text)) return false;
    return /^,?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|insisted|warned|stressed|wrote|declared|conceded|vowed|promised)\b/.test(text.slice(c.e, c.e + 30));
  };

  // Sports clubs: "Harlow Rovers", "Kelby United" always; "Denby City" and "the Orlen Falcons" when the
  // article reads like a sports report (two different sports words), since outside sport
  // "X City" is a place and "the X Brothers" a family or firm.
  let sports: boolean | undefined;
  const sportsText = () => (sports ??= new Set([...text.matchAll(SPORTS_CUE_RE)].map((m) => m[0].toLowerCase().replace(/\d+/g, '#'))).size >= 2);
  const isTeamName = (words: string[], lastLow: string, prevWord: string): boolean => {
    if (TEAM_SUFFIXES.has(lastLow)) return true;
    if (!sportsText()) return false;
    // "Sporting Lagoa", "Dynamo Kirov", "Olympique Varenne": club names that open with their kind.
    if (TEAM_PREFIXES.has(foldName(words[0]!))) return true;
    if (TEAM_SUFFIXES_IN_SPORT.has(lastLow)) return true;
    const last = words[words.length - 1];
    return prevWord === 'the' && /^\p{Lu}\p{Ll}+s$/u.test(last) && !PLACE_HEADS.has(lastLow) && !demonymLike(last) && !/(?:ians|ans|ese)$/.test(last);
  };

  let before: Chunk | null = null; // the chunk before this one (its type as decided)
  for (const c of chunks) {
    const prevChunk = before;
    before = c;
    // A title alone ("the President said") is a role noun, not a name.
    if (!c.id && foldName(c.text).replace(/\.$/, '') in TITLES) c.id = '';
    // "Velorian firms": an -ian adjective before a lower-case noun names a country the gazetteer lacks.
    // ("Meridian had expected": a verb after the word makes it a name, not an adjective.)
    const nextWord = /^\s+(\p{Ll}+)/u.exec(text.slice(c.e, c.e + 30))?.[1];
    if (!c.id && c.id !== '' && c.single && /^\p{Lu}\p{Ll}{2,}ian$/u.test(c.text) && nextWord && !STOP.has(nextWord) && !SPEECH_VERBS.has(nextWord)) {
      c.id = 'place:' + slugName(c.text.slice(0, -1));
      c.type = 'place';
      c.via = 'demonym';
      c.guessedName = c.text.slice(0, -1);
      continue;
    }
    if (!c.id && c.id !== '' && titleCase.has(sentenceAt(sentences, c.s)) && !c.title) {
      // In a headline only a single word that names a known person may stand.
      const sk = surnameKey(c.text);
      if (!c.single || !(gaz.surname.has(sk) || chunks.some((o) => o.type === 'person' && o.id && surnameKey(o.text) === sk))) c.id = '';
      c.first = false;
    }
    if (c.id === '') continue;
    // "Workers walked out", "Residents said": a generic plural, or a word the text also writes in
    // lower case, opening a sentence is not a name (whatever head-word rule would type it).
    if (!c.id && c.first && c.single && !c.title && (GENERIC_PLURALS.has(foldName(c.text)) || lowerSeen.has(c.text.toLowerCase()))) {
      c.id = '';
      continue;
    }
    if (c.id) {
      if (c.type === 'person') {
        const g = gaz.byId.get(c.id)!;
        const sk = surnameKey(g.surname ?? g.name);
        if (g.surname !== null) {
          persons.set(sk, { name: g.name, id: c.id });
          notePerson(sk, g.name, c.id, c.s);
        }
        addRole(c.id, c.title, c.titleOf, c.former);
      }
      continue;
    }
    if (c.type === 'organisation') {
      c.id = orgId(c.text);
      continue;
    }
    if (!c.title && datelinePlace(c)) {
      c.type = 'place';
      c.id = 'place:' + slugName(c.text);
      continue;
    }
    // The outlet the article comes from ("LONDON (Meridian Wire) -", "polled by Northstar").
    const outletId = c.title ? null : outletOf(c.text, c.s, c.e);
    if (outletId) {
      c.type = 'organisation';
      c.id = outletId;
      continue;
    }
    // "Typhoon Meari", "Hurricane Ida": a named storm is an event, not a person; "Meari" alone is it too.
    const stormWord = STORM_NAME_RE.exec(c.text);
    if (stormWord && !c.title) {
      c.type = 'other';
      c.id = 'other:' + slugName(c.text);
      stormNames.set(stormWord[1]!, c.id);
      continue;
    }
    if (c.viaTitleOf) {
      c.id = 'place:' + slugName(c.text);
      continue;
    }
    // "Kalmora agreed" in a text that also says "Kalmoran": the name of the demonym's place, not a person.
    if (c.single && !c.title && (capCount.has(c.text + 'n') || capCount.has(c.text + 'ns'))) {
      c.type = 'place';
      c.id = 'place:' + slugName(c.text);
      continue;
    }
    const words = c.text.split(/\s+/);
    const lastLow = foldName(words[words.length - 1]);
    const firstLow = foldName(words[0]);
    const prevWord = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, c.s - 20), c.s))?.[1]?.toLowerCase() ?? '';
    // The words around an untitled name that make it a place; read only when no head word decided.
    const placeByContext = (): boolean => {
      if (c.title) return false;
      const before = text.slice(Math.max(0, c.s - 30), c.s);
      // "a trip to Velgrad", "flew to Dunmor": movement toward a name makes it a place.
      if (MOVED_TO_RE.test(before) || namedWithPlaceNoun(text, c.s, c.e)) return true;
      // "the Alps", "across the Kardaks": a plural place name
      if (c.single && prevWord === 'the' && placeLikePlural(c.text, text)) return true;
      const groupWord = GROUP_BEFORE_PREP_RE.exec(before)?.[1]?.toLowerCase();
      return !!groupWord && (GROUP_NOUNS.has(groupWord) || ORG_HEADS.has(groupWord));
    };
    // "Internet Explorer and other legacy services", "the Skyline browser": a name listed among or
    // before non-human things is a product or service, not a person.
    const thingByContext = !c.title && !followedBySpeech(c.e) && thingAfter(c.e);
    // "Shares in Harrowgate", "a stake in Orbitek": a company, not where something is.
    const inCompany = prevWord === 'in' && HOLDING_IN_RE.test(text.slice(Math.max(0, c.s - 30), c.s));
    // "Safe Passage director Mara Ilves": a name of several words before a role word and a person's
    // name says whose role it is, an organisation's (or a place's: "Nova Brasta mayor Ivo Kral"),
    // not a person's; a place head ("Open Harbour") still makes a place.
    // ("The Golden Compass director Chris Weitz": after an article it may be a film or a book, left to the rule for "the X" below.)
    const owner = !c.title && words.length > 1 && !/^(?:a|an|the)$/.test(prevWord) ? roleOwnerAfter(c.e) : undefined;
    // ("New Year", "New Year's Eve": a holiday, not a place; "Kelmoor Nature Reserve": a place though "Reserve" heads organisations)
    // ("Injured Reserve", "Retired Reserve": a participle before a head that is also a common noun names a status, not a body)
    const statusPhrase = words.length === 2 && PARTICIPLE_BEFORE_HEADS.has(lastLow) && /\p{Ll}(?:ed|ing)$/u.test(words[0]!);
    const placeCompound = words.length >= 2 && PLACE_COMPOUND_HEADS.has(`${foldName(words[words.length - 2]!)} ${lastLow}`);
    const placeNamed = ((PLACE_HEADS.has(lastLow) || PLACE_PREFIXES.has(firstLow)) && words.length > 1 && !(firstLow === 'new' && /^year/.test(foldName(words[1]!)))) || placeCompound;
    // "the County Sheriff said", "a Surgeon General", "SeaMicro CEO": words ending in a title with
    // no name after them describe a role, not a person's name (kept as a name of another kind; the
    // role-noun links find who holds it). Titles that are also surnames ("Billy King") and names
    // with an organisation head ("Department of Justice") are left to the rules below.
    if (!c.title && words.length > 1 && TITLES[lastLow] && !SURNAME_TITLES.has(lastLow) && !words.some((w) => ORG_HEADS.has(foldName(w)))) {
      c.type = 'other';
      c.id = 'other:' + slugName(c.text);
      continue;
    }
    // "Microsoft said": a one-word name the language model knows as an organisation, unless the
    // article or the gazetteer names a person so ("Ford" after "Gerald Ford")
    const knownOrg = !c.title && c.single && knownOrganisation(c.text) && !persons.has(surnameKey(c.text)) && !gaz.surname.has(surnameKey(c.text));
    // "the airline Skerrin Air", "carmaker Vell Motors": a name right after the kind of body it is
    const namedKind = !c.title && ORG_KINDS.has(prevWord);
    // "Nora Pell of Consumer Alert": the name after a person's name and "of" is where she works
    const affiliation = !c.title && !MODIFIES_NOUN_AFTER_RE.test(text.slice(c.e, c.e + 30)) && ((prevChunk?.type === 'person' && /^\s+of\s+$/.test(text.slice(prevChunk.e, c.s))) || ROLE_OF_BEFORE_RE.test(text.slice(Math.max(0, c.s - 40), c.s)));
    if (knownOrg || namedKind || (!c.title && !c.single && GROUPING_AFTER_RE.test(text.slice(c.e, c.e + 14))) || (affiliation && !placeByContext() && !gaz.byId.has('place:' + slugName(c.text))) || (!c.title && c.single && partyByContext(c.text, c.e, prevWord)) || (!c.title && words.length > 1 && isTeamName(words, lastLow, prevWord)) || (ORG_HEADS.has(lastLow) && !(c.single && HEADS_AFTER_A_NAME.has(lastLow)) && !placeCompound && !statusPhrase) || (words.length > 1 && !c.title && !placeCompound && !statusPhrase && words.some((w) => ORG_HEADS.has(foldName(w)))) || (owner === 'organisation' && !placeNamed)) {
      c.type = 'organisation';
      c.id = orgId(c.text);
    } else if (placeNamed || owner === 'place' || (!c.title && COMPASS_BEFORE.has(prevWord) && /^\s$/.test(text.slice(c.s - 1, c.s)) && !ORG_HEADS.has(lastLow)) || (!c.title && PLACE_PREPS.has(prevWord) && !inCompany && !followedBySpeech(c.e) && !caseParty(c.e) && !fromPerson(c.s)) || placeByContext()) {
      c.type = 'place';
      c.id = 'place:' + slugName(c.text);
    } else if (thingByContext || (!c.title && !c.single && MODEL_CODE_RE.test(words[words.length - 1]!))) {
      // (a model code ends a product's name, never a person's: "Ranger XT", "Galaxy S24")
      c.type = 'other';
      c.id = 'other:' + slugName(c.text);
    } else if (!c.title && (prevWord === 'a' || prevWord === 'an' || prevWord === 'the') && !followedBySpeech(c.e)) {
      c.type = 'other'; // "a Santa Monica prosecutor", "the Mean Girls star": not a person's name
    } else if (c.title || (!c.single && /^(?:[\p{Lu}][\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*-?|\p{Lu}\.)$/u.test(words[0]) && words.every((w) => /^(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|al|el|bin|ibn|de|da|van|von|der|den|la|le|du|di|del|della|(?:al|el|ad|as|ash|az|ez)-[\p{Lu}][\p{L}\p{M}'’\-]*)$/u.test(w)) && words.length <= 5) || (followedBySpeech(c.e) && !IN_PHRASE_BEFORE_RE.test(text.slice(Math.max(0, c.s - 12), c.s)))) {
      c.type = 'person';
      if (!c.single) {
        c.id = 'person:' + slugName(c.text, true);
        persons.set(surnameKey(c.text), { name: c.text, id: c.id });
        notePerson(surnameKey(c.text), c.text, c.id, c.s);
        addRole(c.id, c.title, c.titleOf, c.former);
      }
    } else {
      c.type = 'other';
    }
  }
  // Surname-only mentions: link to a full name in this article, else to a gazetteer person.
  for (const c of chunks) {
    if (c.single && stormNames.has(c.text) && !c.title) {
      c.id = stormNames.get(c.text)!;
      c.type = 'other';
      continue;
    }
    if (c.id || c.id === '') continue;
    const words = c.text.split(/\s+/);
    if (words.length > 2) {
      c.id = c.type === 'organisation' ? orgId(c.text) : `${c.type}:${slugName(c.text, c.type === 'person')}`;
      continue;
    }
    const sk = surnameKey(c.text);
    const named = personsAt.get(sk);
    let local = named && named.length > 1 ? named.reduce((a, b) => (b.s < a.s ? b : a)) : persons.get(sk);
    if (!local && c.single) {
      // A given name alone ("Lindsay") for the one person of the article with that first name.
      const byFirst = [...persons.values()].filter((p) => p.name.includes(' ') && foldName(p.name.split(/\s+/)[0]) === foldName(c.text));
      if (byFirst.length === 1) local = byFirst[0];
    }
    const known = gaz.surname.get(sk);
    if (local) {
      c.id = local.id;
      c.type = 'person';
      c.via = 'surname';
    } else if (known) {
      c.id = known;
      c.type = 'person';
      c.via = 'gazetteer-surname';
    } else if (c.first && c.type === 'person' && c.single && !c.title && speakerOpener(c)) {
      // "Kask said he would ...": a sentence opener that is the subject of a speech verb, never
      // written in lower case and not a group word ("Critics said"), is a person's name.
      c.id = 'person:' + slugName(c.text, true);
    } else if (c.first && (lowerSeen.has(foldName(c.text)) || !c.title)) {
      c.id = ''; // a capitalised sentence opener with no other evidence is not a name
    } else if (c.first === false && lowerSeen.has(foldName(c.text)) && !c.title) {
      c.id = '';
    } else if (c.type === 'other' && !c.title && !/[\p{N}]|^[\p{Lu}]{2,}/u.test(c.text) && (capCount.get(c.text) ?? 0) < 2) {
      c.id = ''; // a lone capitalised word with no cue is too weak to call a name
    } else {
      const type = c.type ?? 'other';
      c.id = type === 'organisation' ? orgId(c.text) : `${type}:${slugName(c.text, type === 'person')}`;
    }
    if (c.id && c.type === 'person') addRole(c.id, c.title, c.titleOf, c.former);
  }

  // A lone name opening a sentence ("Ralden left early.") is the person the article names so elsewhere.
  const singlePersons = new Map<string, string>();
  for (const c of chunks) if (c.id && c.single && c.type === 'person' && !gaz.byId.has(c.id)) singlePersons.set(c.text, c.id);
  if (singlePersons.size) {
    for (const c of chunks) {
      if (c.id !== '' || !c.single || !c.first) continue;
      const id = singlePersons.get(c.text);
      if (id && !lowerSeen.has(foldName(c.text))) {
        c.id = id;
        c.type = 'person';
        c.via = 'surname';
      }
    }
  }

  // One name, one entity: mentions of the same unknown name typed differently by their cues
  // ("to Port Ostra" place, "Port Ostra" default person) are merged, strongest cue first.
  const rank = (c: Chunk) => (c.type === 'person' && c.title ? 0 : c.type === 'organisation' ? 1 : c.type === 'place' ? 2 : c.type === 'person' ? 3 : 4);
  const bestByName = new Map<string, Chunk>();
  for (const c of chunks) {
    if (!c.id || gaz.byId.has(c.id)) continue;
    const key = slugName(c.text, true);
    const b = bestByName.get(key);
    if (!b || rank(c) < rank(b)) bestByName.set(key, c);
  }
  for (const c of chunks) {
    if (!c.id || gaz.byId.has(c.id)) continue;
    const b = bestByName.get(slugName(c.text, true))!;
    // (Two surname mentions already linked to different full names stay apart.)
    if (b !== c && b.id !== c.id && (c.via !== 'surname' || b.type === c.type) && !(c.via === 'surname' && b.via === 'surname')) {
      c.id = b.id;
      c.type = b.type;
    }
  }
  // "Dunholt Rovers" ... "the Rovers": a lone word that is the last word of exactly one multiword
  // organisation of the article is that organisation (a short form), not a name of its own.
  const orgsByHead = new Map<string, Set<string>>();
  for (const c of chunks) {
    if (c.type !== 'organisation' || !c.id || c.single) continue;
    const words = c.text.split(/\s+/);
    if (words.length < 2) continue;
    const head = foldName(words[words.length - 1]);
    const set = orgsByHead.get(head) ?? new Set<string>();
    set.add(c.id);
    orgsByHead.set(head, set);
    // "Halvorsen Media Inc." ... "Halvorsen said": the first word is the short form when the rest
    // only says what kind of organisation it is.
    const core = withoutLegalSuffix(c.text).split(/\s+/);
    // ("Orbitek Corp." ... "Orbitek shares fell": a name that is all but its legal form is the short form too)
    // ("Dynamo Kirov" ... "the highest Dynamo have paid": a club's kind word opening its name stands for it too)
    if (((core.length >= 2 && (core.slice(1).every((w) => COMPANY_WORDS.has(foldName(w)) || TEAM_SUFFIXES.has(foldName(w))) || TEAM_PREFIXES.has(foldName(core[0]!)))) || (core.length === 1 && words.length > 1)) && !/[.]$/.test(core[0]!)) {
      const key = '^' + foldName(core[0]!);
      const first = orgsByHead.get(key) ?? new Set<string>();
      first.add(c.id);
      orgsByHead.set(key, first);
    }
  }
  if (orgsByHead.size) {
    for (const c of chunks) {
      // (a surname linked to a full name stays that person's; a lone opener linked to another lone
      // "person" of the same word, "Velta said" beside "Velta Motor Co.", is the company's short form)
      if (!c.single || c.title || (c.id && gaz.byId.has(c.id)) || (c.id && c.via === 'surname' && (c.type !== 'person' || !c.id.endsWith(':' + slugName(c.text, true)) || [...persons.values()].some((p) => p.id === c.id)))) continue;
      const low = foldName(c.text);
      // (a place's name is not a company's short form: "Boston" beside "Boston Media"; gazetteer ids were skipped above)
      const ids = orgsByHead.get(low) ?? (c.type === 'place' ? undefined : orgsByHead.get('^' + low));
      if (!ids || ids.size !== 1 || lowerSeen.has(low)) continue;
      const [only] = ids;
      if (c.id === only) continue;
      // A name some person of the article bears ("Halden" for Ana Halden) stays theirs.
      if (c.id && c.type === 'person' && [...persons.values()].some((p) => p.id === c.id)) continue;
      c.id = only;
      c.type = 'organisation';
      c.via = 'name';
    }
  }
  linkModifiers();
  linkDefinedAcronyms(text, chunks, gaz);
  // Demonyms of places the gazetteer does not know ("Ostavian" for Ostavia): link to that place.
  const localPlaces = [...bestByName.values()].filter((c) => (c.type === 'place' || c.type === 'other') && c.single && c.text.length >= 4);
  for (const c of chunks) {
    // (Also words dropped above as too weak: matching a place of the article is evidence enough.)
    if (c.id === undefined || gaz.byId.has(c.id) || !c.single || !/(?:an|ans|ian|ians|ese|i|is|ish)$/.test(c.text)) continue;
    const p = localPlaces.find((pl) => pl !== c && pl.id !== c.id && c.text.startsWith(pl.text.slice(0, -1)) && c.text.length > pl.text.length - 2);
    if (p) {
      if (p.type !== 'place') {
        const placeId = 'place:' + slugName(p.text);
        const oldId = p.id;
        for (const o of chunks) if (o.id === oldId) {
          o.id = placeId;
          o.type = 'place';
        }
      }
      c.id = p.id;
      c.type = 'place';
      c.via = 'demonym';
    }
  }

  const mentions: EntityMention[] = [];
  const push = (c: Chunk) => {
    if (!c.id) return;
    const type = c.type ?? gaz.byId.get(c.id)?.type ?? 'other';
    mentions.push({ id: c.id, type, via: c.via ?? 'name', start: c.s, end: c.e, text: c.text, sentence: sentenceAt(sentences, c.s) });
    const g = gaz.byId.get(c.id);
    const name = g ? g.name : c.guessedName ?? c.text;
    const prev = idName.get(c.id);
    if (!prev || (!g && c.via !== 'demonym' && name.length > prev.length) || (prev && c.via !== 'demonym' && !g && idVia.get(c.id) === 'demonym') || (c.guessedName && idVia.get(c.id) === 'demonym' && !prev)) {
      idName.set(c.id, name);
      idVia.set(c.id, c.via ?? 'name');
    }
    idType.set(c.id, type);
  };
  for (const c of chunks) push(c);
  for (const c of demonymMentions) push(c);

  // Role nouns: "the Russian president", "Russia's leader" -> the person the article named with that role.
  const roleRe = /\b(the\s+)?([\p{Lu}][\p{L}\p{M}\-]+)(?:['’]s)?\s+([Pp]resident|[Ll]eader|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|head of state|[Kk]ing|[Ss]upreme [Ll]eader|top diplomat|[Ss]ecretary of [Ss]tate)\b(?!\s+[\p{Lu}])/gu;
  const places = mentions.filter((m) => m.type === 'place');
  const placeAt = new Map(places.map((m) => [m.start, m]));
  let rm: RegExpExecArray | null;
  roleRe.lastIndex = 0;
  const personIds = [...new Set(mentions.filter((m) => m.type === 'person').map((m) => m.id))];
  while ((rm = roleRe.exec(text))) {
    const wordStart = rm.index + (rm[1] ? rm[1].length : 0);
    const country = placeAt.get(wordStart);
    if (!country) continue;
    const roleWord = ROLE_NOUNS[rm[3].toLowerCase()];
    if (!roleWord) continue;
    const cands = personIds.filter((pid) => hasRole(pid, roleWord, country.id));
    if (cands.length !== 1) continue;
    // Not when the words are a title directly before a name (handled above).
    mentions.push({ id: cands[0], type: 'person', via: 'role-noun', start: rm.index, end: rm.index + rm[0].length, text: rm[0], sentence: sentenceAt(sentences, rm.index) });
  }

  // "the prime minister" with no country: the one person the article gave that role (any country).
  const bareRoleRe = /\bthe\s+(president|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|king|supreme leader|governor|mayor|spokes(?:man|woman|person))\b(?!\s+(?:of\b|[\p{Lu}]))/gu;
  bareRoleRe.lastIndex = 0;
  while ((rm = bareRoleRe.exec(text))) {
    const roleWord = ROLE_NOUNS[rm[1]] ?? TITLES[rm[1]];
    if (!roleWord) continue;
    const cands = personIds.filter((pid) => (roles.get(pid) ?? []).some((r) => r.role === roleWord));
    if (cands.length !== 1) continue;
    mentions.push({ id: cands[0], type: 'person', via: 'role-noun', start: rm.index, end: rm.index + rm[0].length, text: rm[0], sentence: sentenceAt(sentences, rm.index) });
  }

  // Role nouns the article gives one named person, in any of three places: before the name
  // ("Kremlin spokesman Dmitar Pelkov", "its chief executive, Mara Lind,"), or in an apposition after
  // it ("Pelkov, the Kremlin's spokesman,", "Erlind, a spokesman for the group,"). A later "the
  // spokesman", "the Kremlin spokesman" or "Kaldor's spokesman" refers back to that person when
  // exactly one person named earlier holds that role noun.
  const holders = roleHolders(text, mentions, roles);
  if (holders.size) {
    const taken = new Set(mentions.filter((m) => m.via === 'role-noun').map((m) => m.start));
    ROLE_BACK_RE.lastIndex = 0;
    const possessorAt = new Map(mentions.map((m) => [m.start, m]));
    while ((rm = ROLE_BACK_RE.exec(text))) {
      if (taken.has(rm.index)) continue;
      // The exact word first ("the spokeswoman" beside a spokesman), then its key ("spokesperson").
      const earlierOf = (key: string) => [...new Set((holders.get(key) ?? []).filter((h) => h.at < rm!.index).map((h) => h.id))];
      let earlier = earlierOf('=' + rm[1].toLowerCase());
      if (earlier.length !== 1) earlier = earlierOf(roleKey(rm[1]));
      if (earlier.length !== 1) continue;
      const [pid] = earlier;
      // "Pelkov's spokesman" is someone else; "the Velorian minister" is for the country rules above.
      const owner = possessorAt.get(rm.index) ?? possessorAt.get(rm.index + 4);
      if (owner && (owner.id === pid || owner.type === 'place')) continue;
      mentions.push({ id: pid, type: 'person', via: 'role-noun', start: rm.index, end: rm.index + rm[0].length, text: rm[0], sentence: sentenceAt(sentences, rm.index) });
      taken.add(rm.index);
    }
  }

  /**
   * "The Kelby coach", "Dunmere mayor": a capitalised word right before a lower-case role noun is a
   * modifier naming whose role it is. It is the organisation or place of the article with that name
   * or with that first/last word ("Kelby Rovers"); else a place or organisation by the role noun.
   */
  function linkModifiers(): void {
    // Folded words of each organisation/place chunk, split once (a chunk's text never changes).
    const foldedWords = new Map<Chunk, string[]>();
    const wordsOf = (o: Chunk) => foldedWords.get(o) ?? foldedWords.set(o, o.text.split(/\s+/).map(foldName)).get(o)!;
    for (const c of chunks) {
      if (!c.single || c.title || (c.id && (gaz.byId.has(c.id) || c.type === 'organisation' || c.type === 'place'))) continue;
      if (c.via === 'surname' || c.via === 'gazetteer-surname' || titleCase.has(sentenceAt(sentences, c.s))) continue;
      const low = foldName(c.text);
      if (low in TITLES || STOP.has(low) || lowerSeen.has(c.text.toLowerCase()) || GENERIC_PLURALS.has(low) || PORTFOLIOS.has(low)) continue;
      const role = /^[ \u00a0]+(\p{Ll}+)\b/u.exec(text.slice(c.e, c.e + 24))?.[1];
      const kind = role ? MODIFIER_ROLES[role] : undefined;
      if (!kind) continue;
      const known = new Set<string>();
      let knownType: EntityType | undefined;
      for (const o of chunks) {
        if (o === c || !o.id || (o.type !== 'organisation' && o.type !== 'place')) continue;
        const ws = wordsOf(o);
        if ((ws.length === 1 && ws[0] === low) || (ws.length > 1 && (ws[0] === low || ws[ws.length - 1] === low))) {
          known.add(o.id);
          knownType = o.type;
        }
      }
      if (known.size === 1) {
        c.id = [...known][0];
        c.type = knownType;
      } else {
        c.type = kind;
        c.id = kind === 'organisation' ? orgId(c.text) : `place:${slugName(c.text)}`;
      }
      c.via = 'name';
    }
  }

  function hasRole(pid: string, role: string, of: string): boolean {
    const fits = (r: PersonRole) => r.of === of && (r.role === role || (role === 'leader' && HEAD_ROLES.has(r.role)) || (role === 'premier' && r.role === 'prime minister'));
    if ((roles.get(pid) ?? []).some(fits)) return true;
    return (gaz.byId.get(pid)?.roles ?? []).some((r) => fits({ role: r.role, of: r.of }));
  }

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    let e = byId.get(m.id);
    if (!e) {
      e = { id: m.id, name: idName.get(m.id) ?? m.text, type: idType.get(m.id) ?? m.type, mentions: [] };
      byId.set(m.id, e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
  }
  for (const m of mentions) m.type = idType.get(m.id) ?? m.type;
  const list = [...byId.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  return { list, mentions, roles, types: idType };
}

/** One key per role noun: gendered forms and a title's head word meet ("Spokeswoman" / "spokesperson"). */
function roleKey(role: string): string {
  const r = role.toLowerCase().replace(/\s+/g, ' ');
  if (/^spokes(?:man|woman|person)$/.test(r) || r === 'press secretary') return 'spokesman';
  if (/^chair(?:man|woman|person)?$/.test(r)) return 'chairman';
  if (r === 'ceo') return 'chief executive';
  return r;
}

// A role noun closing the words just before a full name ("Kremlin spokesman ", "club coach ").
const ROLE_BEFORE_NAME_RE = new RegExp(`\\b(${ROLE_HEADS})\\s+$`, 'iu');
// An apposition after a name: ", the Kremlin's spokesman", ", a spokesman for", ", Kremlin spokesman,".
const ROLE_AFTER_NAME_RE = new RegExp(`^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}\\p{M}'’-]+\\s+){0,3}?(${ROLE_HEADS})\\b(?=\\s*(?:,|for\\b|of\\b|at\\b|with\\b|to\\b|in\\b|who\\b|said\\b|told\\b|$))`, 'iu');

/** Role key -> persons the article gives that role, with where it first does so. */
function roleHolders(text: string, mentions: EntityMention[], roles: Map<string, PersonRole[]>): Map<string, { id: string; at: number }[]> {
  const out = new Map<string, { id: string; at: number }[]>();
  const add = (role: string, id: string, at: number) => {
    const head = role.toLowerCase().split(/\s+/).pop()!;
    const keys = new Set(['=' + role.toLowerCase(), '=' + head, roleKey(role), roleKey(head)]);
    for (const k of keys) {
      const list = out.get(k) ?? [];
      list.push({ id, at });
      out.set(k, list);
    }
  };
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (m.type === 'person' && !firstAt.has(m.id)) firstAt.set(m.id, m.start);
  // Titles ("Foreign Minister Ana Roth", "Spokeswoman Elin Sarka").
  for (const [id, list] of roles) for (const r of list) if (firstAt.has(id)) add(r.role, id, firstAt.get(id)!);
  for (const m of mentions) {
    if (m.type !== 'person' || m.via === 'role-noun' || !/\s/.test(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    // "the company's chief executive, Mara Lind": the older appositive form, with its determiner.
    const ap = APPOSITIVE_ROLE_RE.exec(before);
    const pre = ap ?? ROLE_BEFORE_NAME_RE.exec(before);
    if (pre) add(pre[1], m.id, m.start);
    const post = ROLE_AFTER_NAME_RE.exec(text.slice(m.end, m.end + 80));
    if (post) add(post[1], m.id, m.start);
  }
  return out;
}
