// The records that flow through the pipeline. Every stage is a function from one of
// these to the next; warnings travel with the record they are about.
//
//   ingest:  input -> RawDocument
//   extract: RawDocument -> Article
//   analyze: Article -> AnalyzedArticle
//   events:  AnalyzedArticle[] -> Event[], Storyline[]
//   brief:   Event + its articles -> Brief

/** A message attached to the record it concerns (cf. vfile messages). */
export interface Warning {
  code: string; // stable machine-readable code, e.g. "boilerplate-removed", "invalid-utf8"
  message: string; // human sentence
  line?: number; // 1-based line in the input, when it has lines
  start?: number; // char offsets into Article.text when it is about the text
  end?: number;
}

/** Why a statement is believed: which article, which characters, which rule. */
export interface Evidence {
  rule: string; // e.g. "dateline", "via-line", "weekday+month-day", "corpus:month-year-mention"
  article_id?: string;
  start?: number; // char offsets into that article's stored `text`
  end?: number;
  text?: string; // the quoted words (short)
  note?: string; // one-line explanation a person can read
  line?: number; // 1-based input line, for evidence removed from the text (sign-off, Via line)
}

/**
 * A point or span in time, honest about what is not known.
 * `start`/`end` are inclusive ISO dates (YYYY-MM-DD) bounding every date still possible;
 * null means unbounded on that side. When the year is open, `month`/`day`/`weekday`
 * keep what *is* known and `years` lists the few candidate years (if constrained).
 */
export type Precision = 'day' | 'month' | 'year' | 'month-day' | 'range' | 'unknown';
export interface TimeValue {
  start: string | null;
  end: string | null;
  precision: Precision;
  month?: number; // 1-12, when known but the year is not
  day?: number; // 1-31, when known but the year is not
  weekday?: number; // 0=Sunday..6, when the text names one
  years?: number[]; // candidate years, ascending, when only some fit
  label: string; // human form: "2021-09-13", "September 2021", "13 September (year not stated)"
}
export interface DatedValue extends TimeValue {
  evidence: Evidence[];
  /**
   * Publication instant when the input gave a time of day (start/end stay dates): ISO 8601,
   * ending in "Z" when the zone was known (a UTC instant), without a zone suffix when it was not.
   */
  timestamp?: string;
}

// ---------------------------------------------------------------- ingest

export type InputKind = 'text' | 'html' | 'json' | 'feed' | 'url';

/** Known fields an input may carry explicitly (JSON fields, front matter, HTML meta, feed items). */
export interface DocumentFields {
  id?: string;
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  outlet?: string;
  published?: string;
  language?: string;
  author?: string;
  /** Title of the feed (RSS channel, Atom feed, JSON Feed) the item came from: weak outlet evidence. */
  feed_title?: string;
}

/** One document as read from an input, decoded to a JS string, before extraction. */
export interface RawDocument {
  input: string; // where it came from: path, path:line, path#item-3, URL, "-"
  kind: InputKind;
  body: string; // decoded content (HTML, plain text, or text of a JSON item)
  fields: DocumentFields; // explicit metadata found by the reader
  warnings: Warning[];
}

/** An input item that could not become a document, with a specific reason. */
export interface Rejection {
  input: string; // file, file:line, URL
  reason: string;
}

// ---------------------------------------------------------------- extract

export type Ownership = 'state' | 'public-service' | 'private' | 'unknown';

export interface OutletRef {
  name: string;
  id: string | null; // registry id when the outlet is known to the registry
  country?: string | null;
  ownership?: Ownership;
  evidence: Evidence[];
}

export interface Article {
  id: string;
  input: string;
  title: string;
  text: string; // clean text; all offsets elsewhere point into this string
  url: string | null;
  outlet: OutletRef | null;
  published: DatedValue | null; // from metadata/dateline; analysis may refine it
  /** Date of the page's last change as the input declares it (ISO instant, or YYYY-MM-DD); never the publication date. */
  modified?: string;
  language: string | null;
  author?: string | null;
  duplicate_of: string | null; // earliest stored copy this is an exact/near copy of
  content_hash: string; // hash of normalised text, for exact-duplicate detection
  minhash?: number[]; // signature for near-duplicate detection
  warnings: Warning[];
}

// ---------------------------------------------------------------- analyze

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface Mention extends Span {
  text: string;
  sentence: number;
}

export interface Entity {
  id: string; // canonical id shared across the corpus, e.g. "person:vladimir-putin"
  name: string; // canonical name
  type: EntityType;
  mentions: Mention[];
}

export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  resolved: TimeValue | null; // null when it cannot be resolved without a reference date
  /** What the words say, independent of any reference date (for the dating step). */
  symbolic?: {
    year?: number;
    month?: number;
    day?: number;
    weekday?: number;
    relative?: string; // e.g. "last-week", "yesterday", "this-year", "a-month-after"
    duration?: { years?: number; months?: number; days?: number }; // "10-year conflict"
    span?: string; // "first-half", "second-half", "early", "late", "q1".."q4"
  };
}

export interface Quantity extends Span {
  text: string;
  value: number;
  qualifier: string | null; // "more than", "at least", "nearly", "about", ...
  unit: string | null; // "%", "times", "USD", ...
  counts: string | null; // what is counted: "people killed", "sorties", "of the territory"
  sentence: number;
  score?: [number, number]; // a result "3–1" / tally "52-48" (unit 'score' or 'tally'): both sides; value is the first
  range?: { low: number; high: number }; // a stated range ("5.25%-5.5%", "between 30 and 40 people"): value is low; the span is the low figure
}

export type QuoteKind = 'speech' | 'partial' | 'scare';

export interface Quote extends Span {
  text: string; // the words inside the marks (without the marks)
  speaker_entity_id: string | null;
  speaker_name: string | null;
  kind: QuoteKind;
  sentence: number; // first sentence the quote touches
  rule: string; // which attribution rule found the speaker
}

export interface AnalyzedArticle {
  article_id: string;
  version: number; // analyzer version; re-run when it changes
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  quantities: Quantity[];
  quotes: Quote[];
  published: DatedValue | null; // best article date: metadata, else inferred from text
  warnings: Warning[];
}

// ---------------------------------------------------------------- events

export interface Assignment {
  article_id: string;
  event_id: string;
  score: number;
  runner_up: { event_id: string; score: number } | null;
  shared_terms: string[];
  shared_entities: string[];
  date_gap_days: number | null;
  rule: string; // "joined", "opened-new-event", "merged-on-consolidation", "duplicate-of"
}

export interface Event {
  id: string;
  title: string;
  date: DatedValue;
  article_ids: string[];
  entity_ids: string[];
  storyline_id: string | null;
}

export interface Storyline {
  id: string;
  title: string;
  event_ids: string[]; // in date order
  entity_ids: string[];
}

/** What the event and brief stages read: an article with its analysis. */
export interface ArticleWithAnalysis {
  article: Article;
  analysis: AnalyzedArticle;
}
