// The article's publication date from every signal the input gives, strongest first: a declared
// date (field or page metadata), a date line above the story, an agency dateline with a full date,
// the date in the URL path, a partial dateline. An all-numeric date whose day/month order the
// page's locale does not settle is settled by another signal (URL path, dateline) when one agrees
// with exactly one reading, else kept as the span between both readings, with a warning.
import type { DatedValue, DocumentFields, Evidence, TimeValue, Warning } from '../types.ts';
import type { CleanResult } from './boilerplate.ts';
import type { PageFields } from './html.ts';
import { liveBlogMessage } from './live-blog.ts';
import { clockTimestamp } from './clock.ts';
import { dayValue, isValidDate } from '../util/calendar.ts';
import { foreignDate } from './month-names.ts';
import { dateOrderFor, parseNumericDate } from './numeric-date.ts';
import { parseDateString, parseTimestamp, type Dateline } from './published.ts';

export interface DateSignals {
  fields: DocumentFields;
  /** What the page declares (html.ts): besides the common fields, where each date came from, the last change, a live blog. */
  meta: PageFields;
  /** The page's language tag with region ("en-US"), when it declares one. */
  locale?: string;
  clean: CleanResult;
  dateline: Dateline | null;
  urlDay: { value: TimeValue; text: string } | null;
}

const NUMERIC_IN = /\d{1,2}([./-])\d{1,2}\1\d{4}/;

/** True when `hint` (a day, month, or yearless month-day) allows the day `r`. */
function agrees(r: TimeValue, hint: TimeValue): boolean {
  const [y, m, d] = r.start!.split('-').map(Number) as [number, number, number];
  if (hint.precision === 'month-day') return hint.month === m && hint.day === d && (!hint.years || hint.years.includes(y));
  return !!hint.start && !!hint.end && hint.start <= r.start! && r.start! <= hint.end;
}

/**
 * The publication date, with the page's notes about its dates added to `warnings`: unreadable
 * metadata, a live blog (many updates, dated by when coverage started), a page that only says when
 * it was last changed (that date is never taken for the publication).
 */
export function publicationDate(s: DateSignals, warnings: Warning[]): DatedValue | null {
  const { meta } = s;
  for (const p of meta.metaProblems ?? []) warnings.push({ code: 'json-ld-invalid', message: p });
  if (meta.liveBlog) warnings.push({ code: 'live-blog', message: liveBlogMessage(meta.liveBlog) });
  const published = publishedDate(s, warnings);
  if (!published && meta.modified)
    warnings.push({
      code: 'only-modified-date',
      message: `only a modification date was found (${meta.modified}, ${meta.modifiedFrom ?? 'page metadata'}); the page was published on or before it, so it is not taken for the publication date`,
    });
  return published;
}

/** The language whose date order reads the page's dates: the input's, else the page's locale, else its declared language. */
const pageLanguage = (s: Pick<DateSignals, 'fields' | 'meta' | 'locale'>): string | undefined => s.fields.language ?? s.locale ?? s.meta.language;

/** The page's date of last change as ISO 8601: the instant (or wall-clock time) when it gives one, else the day; null when none is declared or readable. */
export function modifiedDate(s: Pick<DateSignals, 'fields' | 'meta' | 'locale'>): string | null {
  const str = s.meta.modified;
  if (!str) return null;
  const ts = parseTimestamp(str);
  if (ts) return ts;
  const v = parseDateString(str, dateOrderFor(pageLanguage(s)));
  return v?.precision === 'day' ? v.start : null;
}

function publishedDate(s: DateSignals, warnings: Warning[]): DatedValue | null {
  const { fields: f, meta, clean, dateline, urlDay } = s;
  const language = pageLanguage(s);
  const order = dateOrderFor(language);
  const hints: [TimeValue, string][] = [];
  if (urlDay) hints.push([urlDay.value, `the date in the URL (${urlDay.text})`]);
  if (dateline?.date) hints.push([dateline.date.value, `the dateline "${dateline.text}"`]);

  /** A date string read in the page's order; an ambiguous numeric one settled by a hint, or kept as a span. */
  const read = (str: string): { value: TimeValue; note?: string } | null => {
    const n = parseNumericDate(str);
    if (!n) {
      // "7 février 2024": a month name of another language
      const foreign = foreignDate(str);
      const v = parseDateString(str, order) ?? (foreign && str.trim().length - foreign.text.length < 30 ? parseDateString(foreign.iso) : null);
      return v ? { value: v } : null;
    }
    if (!n.readings) return { value: n.value };
    const { dmy, mdy } = n.readings;
    if (order) return { value: order === 'dmy' ? dmy : mdy, note: `read ${order === 'dmy' ? 'day' : 'month'} first, as dates are written in the input's language (${language})` };
    for (const [h, what] of hints) {
      const a = agrees(dmy, h), b = agrees(mdy, h);
      if (a !== b) return { value: a ? dmy : mdy, note: `day/month order settled by ${what}` };
    }
    warnings.push({ code: 'ambiguous-date', message: `"${str.trim()}" may be ${dmy.label} (day first) or ${mdy.label} (month first) and nothing on the page says which; kept as the span between them` });
    return { value: n.value };
  };
  const withTime = (v: TimeValue, str: string, metadata: boolean): string | null => {
    if (v.precision !== 'day' || !v.start) return null;
    // "June 4, 2025 3:21 PM EDT" and other forms parseTimestamp does not know: the clock beside the date
    if (metadata) {
      const ts = parseTimestamp(str);
      if (ts || /^\d{4}-\d{2}-\d{2}/.test(str.trim())) return ts;
    }
    return clockTimestamp(str.replace(NUMERIC_IN, ' '), v.start);
  };
  const dated = (r: { value: TimeValue; note?: string }, ev: Evidence, ts: string | null): DatedValue => {
    const out: DatedValue = { ...r.value, evidence: [r.note ? { ...ev, note: `${ev.note}; ${r.note}` } : ev] };
    if (ts) out.timestamp = ts;
    return out;
  };

  const declared = f.published ?? meta.published;
  if (declared) {
    const r = read(declared);
    const from = !f.published && meta.publishedFrom ? ` (${meta.publishedFrom})` : '';
    if (r) return dated(r, { rule: f.published ? 'explicit-field' : 'page-metadata', text: declared, note: `publication date declared by the input${from}` }, withTime(r.value, declared, true));
    warnings.push({ code: 'unparsed-date', message: `publication date "${declared}" not understood; ignored` });
  }
  const stamp = clean.stamps.find((x) => x.kind === 'published') ?? clean.stamps[0];
  const stampRead = stamp ? read(stamp.date) : null;
  if (stamp && stampRead) {
    // "Published: 2 May 2023, 16:40 GMT": the time of day on the line is kept beside the day
    const ts = withTime(stampRead.value, stamp.text.replace(stamp.date, ' '), false);
    return dated(stampRead, { rule: 'date-stamp', text: stamp.text, note: `date line (input line ${stamp.line}, removed from the text)` }, ts);
  }
  const fromDateline = (): DatedValue => {
    const d = dateline!.date!;
    return { ...d.value, evidence: [{ rule: 'dateline', start: d.start, end: d.end, text: d.text, note: `dateline "${dateline!.text}"` }] };
  };
  if (dateline?.date?.value.precision === 'day') return fromDateline();
  // "LONDON, May 13 (Reuters)" on a page whose URL holds /2024/05/: the year and month agree, so the day is known
  const dv = dateline?.date?.value;
  if (urlDay?.value.precision === 'month' && dv?.precision === 'month-day' && urlDay.value.start!.slice(5, 7) === String(dv.month).padStart(2, '0')) {
    const y = +urlDay.value.start!.slice(0, 4);
    if (isValidDate(y, dv.month!, dv.day!)) {
      const out = fromDateline();
      return { ...dayValue(y, dv.month!, dv.day!), evidence: [...out.evidence, { rule: 'url-date', text: urlDay.text, note: 'year from the date in the article URL path' }] };
    }
  }
  if (urlDay && (urlDay.value.precision === 'day' || !dateline?.date))
    return { ...urlDay.value, evidence: [{ rule: 'url-date', text: urlDay.text, note: 'date in the article URL path' }] };
  return dateline?.date ? fromDateline() : null;
}
