// Which stored events a user asks for: a period, the people/places/organisations involved, the
// outlets covering them, words of the title. `parallax events` and `GET /api/events` share it,
// so a question asked on the command line and over HTTP gets the same answer.
import type { Event } from '../types.ts';
import type { Store } from '../store/store.ts';
import { eventCoverage } from '../events/cli/outlets.ts';
import { byTimeline } from '../events/order.ts';
import { slugName } from '../analyze/entities/normalize.ts';
import { daysInMonth, isoDate } from '../util/calendar.ts';

export interface EventFilter {
  /** First day of interest, inclusive (YYYY, YYYY-MM or YYYY-MM-DD: the start of that period). */
  since?: string;
  /** Last day of interest, inclusive (YYYY, YYYY-MM or YYYY-MM-DD: the end of that period). */
  until?: string;
  /** Every one must be among the event's entities ("Putin", "place:moscow"). */
  entities?: string[];
  /** One of the event's outlets must match each (case-insensitive substring). */
  outlets?: string[];
  /** Every word must appear in the title (case-insensitive). */
  text?: string;
}

/** A filter value the user got wrong: the caller reports it (CLI exit 2, HTTP 400). */
export class FilterError extends Error {
  constructor(
    /** The parameter at fault ("since"); the CLI writes it as an option, HTTP as a query parameter. */
    readonly param: string,
    readonly reason: string,
  ) {
    super(`${param} ${reason}`);
  }
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first or last day of a period written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function periodBound(raw: string, side: 'start' | 'end', name: string): string {
  const m = PERIOD.exec(raw.trim());
  const bad = () => new FilterError(name, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${raw}"`);
  if (!m) throw bad();
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : side === 'start' ? 1 : 12;
  if (month < 1 || month > 12) throw bad();
  const last = daysInMonth(year, month);
  const day = m[3] ? Number(m[3]) : side === 'start' ? 1 : last;
  if (day < 1 || day > last) throw bad();
  return isoDate(year, month, day);
}

/**
 * An entity query matches an id when it names the type too and is equal, or is a run of whole
 * words of the name; names are slugged as the analysis slugs them for ids ("Vladimir Putin" ->
 * "vladimir-putin").
 */
function entityMatches(query: string, id: string): boolean {
  const q = query.trim().toLowerCase();
  const colon = q.indexOf(':');
  if (colon > 0) return id === `${q.slice(0, colon)}:${slugName(q.slice(colon + 1))}`;
  return `-${id.slice(id.indexOf(':') + 1)}-`.includes(`-${slugName(q)}-`);
}

/**
 * Checks the filter's values up front (so a typo is an error, not an empty answer) and returns
 * the test an event must pass. Dates compare the event's whole range: an event whose range
 * overlaps the period is in it; an undated event is in no period.
 */
export function eventFilter(f: EventFilter, outletsOf: (e: Event) => string[]): (e: Event) => boolean {
  const since = f.since ? periodBound(f.since, 'start', 'since') : null;
  const until = f.until ? periodBound(f.until, 'end', 'until') : null;
  if (since && until && since > until) throw new FilterError('since', `(${f.since}) is after until (${f.until})`);
  const entities = (f.entities ?? []).map((x) => x.trim()).filter(Boolean);
  const outlets = (f.outlets ?? []).map((x) => x.trim().toLowerCase()).filter(Boolean);
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (e) => {
    if (since || until) {
      const { start, end } = e.date;
      if (!start || !end) return false;
      if (since && end < since) return false;
      if (until && start > until) return false;
    }
    if (!entities.every((q) => e.entity_ids.some((id) => entityMatches(q, id)))) return false;
    if (outlets.length) {
      const names = outletsOf(e).map((o) => o.toLowerCase());
      if (!outlets.every((q) => names.some((n) => n.includes(q)))) return false;
    }
    const title = e.title.toLowerCase();
    return words.every((w) => title.includes(w));
  };
}

/** True when the filter asks for anything (an empty filter keeps every event). */
export function isFiltering(f: EventFilter): boolean {
  return !!(f.since || f.until || f.entities?.length || f.outlets?.length || f.text?.trim());
}

/** The stored events the filter asks for, in timeline order (throws FilterError on a bad value). */
export function filteredTimeline(store: Store, f: EventFilter): Event[] {
  const keep = eventFilter(f, (e) => eventCoverage(store, e).outlets);
  return [...store.events().events].sort(byTimeline).filter(keep);
}
