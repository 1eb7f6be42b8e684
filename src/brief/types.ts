// The brief of one event: every statement in it points at source sentences
// (article id + sentence index + char offsets into that article's stored `text`).
import type { Ownership } from '../types.ts';

export interface Citation {
  article_id: string;
  sentence: number; // Sentence.index in that article's analysis
  start: number; // char offsets into Article.text
  end: number;
}

/** One independent source: an outlet (all its articles and any copies of them count once). */
export interface SourceRef {
  source: string; // stable key: registry id, else outlet name, else article id
  outlet: string; // display name
  article_ids: string[];
}

export interface SummarySentence {
  text: string; // exactly article.text.slice(citations[0].start, citations[0].end)
  citations: Citation[]; // the sentence it came from first, then sentences elsewhere saying the same
  opening?: true; // text is only the first words of its sentence (the budget ran out): show it followed by " …"
}

export type FactStatus = 'corroborated' | 'single-source' | 'contested';

export interface Fact {
  id: string;
  text: string; // the representative sentence (first citation)
  status: FactStatus;
  sources: SourceRef[];
  citations: Citation[]; // one per aligned sentence, representative first
  signals: string[]; // what aligned it: lexical, entities, quantities, embedding, clause
  score: number; // weakest alignment score inside the group (1 for single sentences)
  note: string;
}

export interface ConflictSide {
  text: string; // the value as written, e.g. "more than 400,000"
  value?: number;
  qualifier?: string | null;
  unit?: string | null;
  speaker?: string | null; // for attribution conflicts
  claimed_by?: string[]; // for figures: who the outlets credit with this value ("the health ministry (Outlet)")
  sources: string[]; // outlet names
  citations: Citation[];
}

export type ConflictKind = 'quantity' | 'date' | 'place' | 'attribution';

export interface Conflict {
  id: string;
  kind: ConflictKind;
  measure: string; // what is measured ("people killed", "of the territory", quote text…)
  sides: ConflictSide[];
  note: string;
}

/** A measured thing reported by several articles, with the verdict on whether the values fit. */
export interface FigureGroup {
  measure: string;
  verdict: 'agree' | 'conflict' | 'context';
  sides: ConflictSide[];
  note: string;
}

export interface QuoteVariant {
  text: string; // the words inside the marks
  kind: 'speech' | 'partial' | 'scare';
  outlet: string;
  source: string;
  speaker_name: string | null;
  citation: Citation; // the sentence carrying the quote
  quote_start: number; // offsets of the quoted words in Article.text
  quote_end: number;
}

export interface QuoteGroup {
  id: string;
  speaker_entity_id: string | null;
  speaker_name: string | null;
  variants: QuoteVariant[]; // one per article, side by side
  sources: string[]; // outlet names carrying it
  paraphrases: Citation[]; // sentences without quote marks aligned with it
  matched_by: string[]; // lexical / embedding (empty when only one variant)
}

export interface SpeakerQuotes {
  speaker_entity_id: string | null;
  speaker_name: string | null;
  groups: QuoteGroup[];
}

export type Voice = 'own' | 'quoted' | 'attributed' | 'scare';

export interface TermUse {
  group: string; // lexicon group id, e.g. "armed-opponents"
  term: string; // canonical alternative, e.g. "terrorists"
  surface: string; // the words as written
  voice: Voice;
  neutral: boolean; // the plain alternative of its group ("government", "killed")
  marker: string | null; // why it is not own voice: "inside quote", "what X called", …
  citation: Citation;
  start: number; // offsets of the term in Article.text
  end: number;
}

export interface HedgeUse {
  word: string;
  citation: Citation;
  start: number;
  end: number;
}

export interface ContextItem {
  text: string;
  citation: Citation;
}

export interface OutletFraming {
  source: string;
  outlet: string;
  terms: TermUse[];
  hedges: HedgeUse[];
  scare_quotes: ContextItem[];
  unique_context: ContextItem[]; // sentences only this outlet gives (no other source aligns)
}

/** For one lexicon group: which alternative each outlet picks in its own voice vs attributed. */
export interface FramingContrast {
  group: string;
  label: string;
  by_outlet: { outlet: string; own: string[]; attributed: string[] }[];
}

export interface Framing {
  outlets: OutletFraming[];
  contrasts: FramingContrast[];
}

export interface CoverageOutlet {
  outlet: string;
  id: string | null;
  country: string | null;
  ownership: Ownership;
  article_ids: string[];
}

export interface CoverageFlag {
  code: 'single-source' | 'single-ownership' | 'single-country';
  message: string;
}

export interface Coverage {
  outlets: CoverageOutlet[];
  countries: string[];
  ownership: Ownership[];
  independent_sources: number;
  flags: CoverageFlag[];
}

export interface Brief {
  event_id: string;
  summary: SummarySentence[];
  facts: Fact[];
  conflicts: Conflict[];
  quotes: SpeakerQuotes[];
  framing: Framing;
  coverage: Coverage;
  figures: FigureGroup[]; // every measured thing reported more than once, agreeing or not
  warnings: string[];
}

export interface BriefOptions {
  words?: number; // summary word budget (default 80)
  wholeSentences?: boolean; // summary lines are whole sentences only: no opening of one more sentence (see summary.ts fill)
  embed?: boolean; // use sentence embeddings when aligning (default true)
  maxSentences?: number; // sentences aligned at most; a larger event is sampled (default MAX_BRIEF_SENTENCES)
}
