// Article date: metadata when it gives a year, else inferred from the text with explicit evidence.
// Never invents precision: the result is a day, month, year, month-day (year open) or range.
import type { DatedValue, Evidence, Sentence, TimeExpression, TimeValue, Warning } from '../../types.ts';
import {
  addDays, addMonths, daysInMonth, dayValue, isoDate, isValidDate, isValidMonthDay, monthDayValue, MONTH_NAMES, parseIso,
  rangeValue, WEEKDAY_NAMES, weekdayValue, yearsWhere,
} from '../../util/calendar.ts';
import type { FoundEntities } from '../entities/find.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { timesFacts, type FoundTime } from '../times/find.ts';
import { absoluteValue } from '../times/resolve.ts';
import { combineConstraints, toDated, type DateConstraint } from './combine.ts';

export interface DatingInput {
  text: string;
  sentences: Sentence[];
  times: TimeExpression[];
  metadata: DatedValue | null;
  entities?: FoundEntities;
  gazetteer?: Gazetteer;
  /** YYYY-MM-DD; nothing is dated after it. Default: the clock. */
  today?: string;
  warnings?: Warning[];
}

const STRENGTH = { metadata: 100, today: 95, dateline: 90, reporting: 80, anchored: 70, completedSpan: 60, lowerBound: 50, weekday: 45, leadDate: 40, role: 20, window: 5 };
const WINDOW_YEARS = 30;

const ev = (rule: string, t: { start: number; end: number; text: string } | null, note: string): Evidence => (t ? { rule, start: t.start, end: t.end, text: t.text.slice(0, 120), note } : { rule, note });

/** A dateline at the start of a paragraph: "MOSCOW, September 14. /TASS/" or "DAMASCUS (Reuters) -". */
const DATELINE_RE = /(?:^|\n)[ \t]*([A-Z][A-Z .'\-]{2,40}),?\s+(?:\([^)]{1,30}\)\s*)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?/g;

const MONTH_IDX: Record<string, number> = Object.fromEntries(MONTH_NAMES.flatMap((m, i) => [[m.toLowerCase(), i + 1], [m.slice(0, 3).toLowerCase(), i + 1], ['sept', 9]]));

function todayIso(today?: string): string {
  if (today && parseIso(today)) return today;
  return new Date().toISOString().slice(0, 10);
}

/** The first body sentence (long enough, ending like prose): it tells the main event. */
function leadSentences(text: string, sentences: Sentence[], personSentences: Set<number> | null): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    // With entities known, the lead is the first such sentence that names someone (skips site furniture).
    if (t.split(/\s+/).length >= 6 && /[.!?"”]$/.test(t) && (!personSentences || !personSentences.size || personSentences.has(s.index))) out.add(s.index);
    if (out.size >= 1) break;
  }
  return out;
}

/** All constraints the text and metadata give on the article date (exported for event dating). */
export function articleDateConstraints(input: DatingInput): DateConstraint[] {
  const { text, sentences } = input;
  const times: FoundTime[] = timesFacts(input.times, text, sentences);
  const out: DateConstraint[] = [];
  const today = todayIso(input.today);
  out.push({ value: rangeValue(null, today), strength: STRENGTH.today, evidence: { rule: 'not-after-today', note: `upper bound from the run date (${today}), not from the text: an article cannot be later than the day it is analysed` }, narrowOnly: true, runDate: true });

  // 1. Metadata.
  const md = input.metadata;
  let hasDateline = false;
  if (md && md.precision !== 'unknown') {
    const { evidence: _e, ...value } = md;
    const isMonthDay = md.precision === 'month-day';
    hasDateline = isMonthDay;
    out.push({ value, strength: isMonthDay ? STRENGTH.dateline : STRENGTH.metadata, evidence: { ...(md.evidence[0] ?? {}), rule: md.evidence[0]?.rule ?? 'metadata', note: md.evidence[0]?.note ?? `publication date from metadata: ${md.label}` } });
  }
  // 2. Dateline in the text (when metadata did not already give it).
  if (!md || md.precision === 'unknown' || md.precision === 'month-day') {
    DATELINE_RE.lastIndex = 0;
    const m = DATELINE_RE.exec(text.slice(0, 3000));
    if (m) {
      const mo = MONTH_IDX[m[2].toLowerCase().replace(/\.$/, '')];
      const d = +m[3];
      const at = m.index + m[0].indexOf(m[1]);
      const t = { start: at, end: m.index + m[0].length, text: text.slice(at, m.index + m[0].length) };
      if (m[4] && isValidDate(+m[4], mo, d)) out.push({ value: dayValue(+m[4], mo, d), strength: STRENGTH.dateline, evidence: ev('dateline', t, 'dateline gives the date of the report') });
      else if (!hasDateline && isValidMonthDay(mo, d)) {
        out.push({ value: monthDayValue(mo, d), strength: STRENGTH.dateline, evidence: ev('dateline', t, 'dateline gives the month and day of the report, not the year') });
        hasDateline = true;
      }
    }
  }
  const metaHasYear = !!md && !!md.start && ['day', 'month', 'year'].includes(md.precision);

  // 2b. A dateline day and a reporting weekday near the top ("…, the press service said on Wednesday")
  // name the same day of reporting: only years where that day is that weekday fit.
  if (hasDateline && !metaHasYear) {
    const topEnd = sentences[Math.min(sentences.length - 1, 5)]?.end ?? text.length;
    const wd = times.find((t) => t.kind === 'weekday' && t.reporting && t.start < topEnd && !t.symbolic?.relative);
    if (wd) {
      out.push({
        value: weekdayValue(wd.symbolic!.weekday!),
        strength: STRENGTH.weekday,
        narrowOnly: true,
        evidence: ev('dateline+reporting-weekday', wd, `the report is dated by its dateline and said to be made on a ${WEEKDAY_NAMES[wd.symbolic!.weekday!]}: only years where the dateline day is a ${WEEKDAY_NAMES[wd.symbolic!.weekday!]} fit`),
      });
    }
  }

  // 3. Reporting dates: "state media reported on September 14".
  if (!hasDateline && !metaHasYear) {
    const rep = times.find((t) => t.reporting && (t.kind === 'month-day' || t.kind === 'date') && t.tense !== 'future' && !t.invalid);
    if (rep) {
      const v = absoluteValue(rep);
      if (v) out.push({ value: v, strength: STRENGTH.reporting, evidence: ev('reporting-date', rep, 'the text reports statements made on this date; the article appeared then') });
    }
  }

  // 4. Durations anchored to a start date: "10-year conflict, which began ... in March 2011",
  // "the conflict, now in its sixth year, was unleashed ... in March 2014"; or, for a war/conflict,
  // the one start date the article gives elsewhere ("since the uprising ... in March 2014").
  const START_VERB = /\b(?:began|begun|started|erupted|broke out|launched|beginning|starting|unleashed|sparked|triggered|since)\b/;
  const isAnchor = (a: FoundTime) => (a.kind === 'month-year' || a.kind === 'date' || a.kind === 'year') && !a.invalid && a.tense !== 'future';
  const conflictStarts: FoundTime[] = [];
  for (const a of times) {
    if (!isAnchor(a)) continue;
    const sent = sentences[a.sentence];
    if (!sent) continue;
    const before = text.slice(Math.max(sent.start, a.start - 90), a.start);
    if (START_VERB.test(before) && /\b(?:war|conflict|uprising|crisis|fighting|revolution|insurgency|unrest|rebellion|civil war)\b/i.test(text.slice(sent.start, sent.end))) conflictStarts.push(a);
  }
  const distinctStarts = [...new Set(conflictStarts.map((a) => absoluteValue(a)?.start))];
  for (const t of times) {
    if (t.kind !== 'duration' || !t.symbolic?.duration || t.tense === 'future') continue;
    const dur = t.symbolic.duration;
    if (!dur.years || dur.months || dur.days) continue;
    const sent = sentences[t.sentence];
    if (!sent) continue;
    const after = text.slice(t.end, Math.min(sent.end, t.end + 300));
    const verb = START_VERB.exec(after);
    const verbAt = verb ? t.end + verb.index : -1;
    let anchor = verb ? times.find((a) => a.start > verbAt && a.start < sent.end && isAnchor(a)) : undefined;
    const warLike = /^duration-(?:war|civil-war|conflict|crisis|insurgency|fighting|ordinal-year|uprising|occupation)$/.test(t.symbolic.relative ?? '');
    if (!anchor && warLike && distinctStarts.length === 1) anchor = conflictStarts[0];
    if (!anchor) continue;
    const av = absoluteValue(anchor);
    if (!av || !av.start) continue;
    const lo = addMonths(av.start, dur.years * 12);
    const hiStart = addMonths(av.start, (dur.years + 1) * 12);
    const hi = hiStart ? addDays(hiStart, -1) : null;
    if (!lo || !hi) continue;
    out.push({
      value: rangeValue(lo, hi),
      strength: STRENGTH.anchored,
      evidence: {
        rule: 'duration-anchor',
        start: Math.min(t.start, anchor.start),
        end: Math.max(t.end, anchor.end),
        text: anchor.start > t.start && anchor.sentence === t.sentence ? text.slice(t.start, anchor.end).slice(0, 160) : `${t.text} … ${anchor.text}`,
        note: `${dur.years} full year${dur.years === 1 ? '' : 's'} since ${av.label} ("${t.text}") puts the article between ${lo} and ${hi}`,
      },
    });
  }

  // 5. A completed part of a year ("in the first half of 2021, trade increased"): after it, same year.
  for (const t of times) {
    if (t.kind !== 'span' || t.tense === 'future' || !t.symbolic?.year) continue;
    const span = t.symbolic.span;
    if (!span || !['first-half', 'q1', 'q2', 'q3'].includes(span) || t.symbolic.month) continue;
    const v = absoluteValue(t);
    if (!v || !v.end) continue;
    const y = t.symbolic.year;
    const lo = addDays(v.end, 1);
    if (!lo) continue;
    out.push({
      value: rangeValue(lo, isoDate(y, 12, 31)),
      strength: STRENGTH.completedSpan,
      evidence: ev('completed-span', t, `figures for ${t.text.replace(/^(in|the)\s+/i, '')} are reported as complete: the article is from later in ${y}`),
    });
  }

  // 6. Explicit dates the article looks back on: it is not earlier than the latest of them.
  let latest: { t: FoundTime; v: TimeValue } | null = null;
  for (const t of times) {
    if (t.tense === 'future' || t.invalid || !['date', 'month-year', 'year', 'span', 'decade'].includes(t.kind)) continue;
    const v = absoluteValue(t);
    if (!v || !v.start) continue;
    if (!latest || v.start > latest.v.start!) latest = { t, v };
  }
  if (latest) out.push({ value: rangeValue(latest.v.start, null), strength: STRENGTH.lowerBound, evidence: ev('latest-mentioned-date', latest.t, `the article refers back to ${latest.v.label}, so it is not earlier`) });

  // 7. Month-days without a year (when no dateline/reporting date): the latest cluster of them.
  if (!hasDateline && !metaHasYear && !out.some((c) => c.evidence.rule === 'reporting-date')) {
    // Only days told of the article's main event count: in the lead, in a sentence naming a person
    // the lead names, or an "as of" date. Background dates ("launched on September 30") do not.
    const persons = input.entities ? input.entities.mentions.filter((m) => m.type === 'person') : null;
    const lead = leadSentences(text, sentences, persons ? new Set(persons.map((m) => m.sentence)) : null);
    const leadPeople = new Set(persons ? persons.filter((m) => lead.has(m.sentence)).map((m) => m.id) : []);
    const sharesPerson = (si: number) => !persons || persons.some((m) => m.sentence === si && leadPeople.has(m.id));
    const anchored = (t: FoundTime) => lead.has(t.sentence) || sharesPerson(t.sentence) || /\bas of\b[^.]{0,20}$/i.test(text.slice(Math.max(0, t.start - 40), t.start));
    const mds = times.filter((t) => t.kind === 'month-day' && t.tense !== 'future' && !t.invalid && anchored(t));
    if (mds.length) {
      const key = (t: FoundTime) => t.symbolic!.month! * 100 + t.symbolic!.day!;
      const maxKey = Math.max(...mds.map(key));
      const cluster = mds.filter((t) => {
        const k = key(t);
        return maxKey - k <= 7 && Math.floor(maxKey / 100) === Math.floor(k / 100) || (Math.floor(maxKey / 100) - Math.floor(k / 100) === 1 && (maxKey % 100) + 31 - (k % 100) <= 7);
      });
      const keys = [...new Set(cluster.map(key))].sort((a, b) => a - b);
      const last = cluster.filter((t) => key(t) === maxKey);
      const mo = Math.floor(maxKey / 100), day = maxKey % 100;
      if (keys.length === 1) {
        out.push({ value: monthDayValue(mo, day), strength: STRENGTH.leadDate, evidence: ev('latest-month-day', last[0], 'the latest day the article reports on; the year is not stated') });
        // 8. A weekday told of the same event: pair it with the day.
        // The weekday must be told of the same event: same sentence, or a nearby sentence naming the same person.
        const dayPeople = new Set(persons ? persons.filter((m) => last.some((d) => d.sentence === m.sentence)).map((m) => m.id) : []);
        const samePerson = (si: number) => !persons || persons.some((m) => m.sentence === si && dayPeople.has(m.id));
        const wds = times.filter((t) => t.kind === 'weekday' && !t.reporting && t.tense !== 'future' && !t.symbolic?.relative && (last.some((d) => d.sentence === t.sentence) || samePerson(t.sentence)));
        let best: FoundTime | null = null;
        let bestDist = Infinity;
        for (const w of wds) {
          for (const d of last) {
            const dist = Math.abs(w.sentence - d.sentence);
            if (dist < bestDist) {
              bestDist = dist;
              best = w;
            }
          }
        }
        if (best && bestDist <= 3) {
          out.push({
            value: weekdayValue(best.symbolic!.weekday!),
            strength: STRENGTH.weekday,
            evidence: ev('weekday+month-day', best, `the same event is placed on a ${WEEKDAY_NAMES[best.symbolic!.weekday!]} and on ${day} ${MONTH_NAMES[mo - 1]}: only years where that day is a ${WEEKDAY_NAMES[best.symbolic!.weekday!]} fit`),
          });
        }
      } else {
        const first = cluster.find((t) => key(t) === keys[0])!;
        const m0 = Math.floor(keys[0] / 100), d0 = keys[0] % 100;
        const label = m0 === mo ? `${d0}–${day} ${MONTH_NAMES[mo - 1]}` : `${d0} ${MONTH_NAMES[m0 - 1]} – ${day} ${MONTH_NAMES[mo - 1]}`;
        const v: TimeValue = { start: null, end: null, precision: 'range', label: `${label} (year not stated)` };
        if (m0 === mo) v.month = mo;
        out.push({ value: v, strength: STRENGTH.leadDate, evidence: { rule: 'reported-days', start: first.start, end: last[0].end, text: `${first.text} … ${last[0].text}`, note: `the article reports on ${label}; the year is not stated` }, narrowOnly: false, ...{ mdRange: { m0, d0, m1: mo, d1: day } } } as DateConstraint);
      }
    }
  }

  // 8b. A weekday with a month-day but no year: candidate years are listed within a news window.
  if (out.some((c) => c.evidence.rule === 'weekday+month-day' || c.evidence.rule === 'dateline+reporting-weekday')) {
    const ty = +today.slice(0, 4);
    out.push({
      value: rangeValue(`${String(ty - WINDOW_YEARS).padStart(4, '0')}-01-01`, today),
      strength: STRENGTH.window,
      narrowOnly: true,
      runDate: true,
      evidence: { rule: 'news-window', note: `candidate years are listed within the last ${WINDOW_YEARS} years up to the run date ${today} (an assumption, not evidence)` },
    });
  }

  // 9. Roles the text gives known people ("Russian President Vladimir Putin"): the article is within their terms.
  if (input.entities && input.gazetteer) {
    for (const [pid, roles] of input.entities.roles) {
      const g = input.gazetteer.byId.get(pid);
      if (!g?.roles) continue;
      for (const r of roles) {
        const terms = g.roles.filter((gr) => gr.role === r.role && gr.of === r.of && gr.from);
        if (!terms.length) continue;
        const years = new Set<number>();
        let lo = '9999-12-31', hi = '0001-01-01';
        for (const term of terms) {
          const a = term.from!, b = term.to ?? today;
          if (a < lo) lo = a;
          if (b > hi) hi = b;
          for (let y = +a.slice(0, 4); y <= +b.slice(0, 4); y++) years.add(y);
        }
        if (lo > hi) continue;
        const mention = input.entities.mentions.find((m) => m.id === pid);
        const v: TimeValue = rangeValue(lo, hi);
        const ys = [...years].sort((a, b) => a - b);
        if (ys.length < +hi.slice(0, 4) - +lo.slice(0, 4) + 1) {
          v.precision = 'range';
          v.years = ys;
        }
        out.push({
          value: v,
          strength: STRENGTH.role,
          narrowOnly: true,
          runDate: hi === today && terms.some((x) => !x.to),
          evidence: { rule: 'role-term', start: mention?.start, end: mention?.end, text: mention?.text, note: `${g.name} is called ${r.role}${r.of ? ' of ' + (input.gazetteer.byId.get(r.of)?.name ?? r.of) : ''}, a role held ${terms.map((x) => `${x.from!.slice(0, 4)}–${x.to ? x.to.slice(0, 4) : 'now'}`).join(', ')} (gazetteer)` },
        });
      }
    }
  }
  return out;
}

/** The article date with evidence, or null when nothing in metadata or text dates it. */
export function inferArticleDate(input: DatingInput): DatedValue | null {
  const md = input.metadata;
  if (md && md.start && md.end && ['day', 'month', 'year'].includes(md.precision)) return md;
  const cs = articleDateConstraints(input);
  return markRunDateBound(withoutAssumedStart(inferFrom(cs), cs), cs, todayIso(input.today));
}

/**
 * A month-day whose candidate years are only listed within the news window ("Tuesday 3 March" in an
 * undated wire): the window is an assumption, so it must not bound the date. The start is then the
 * bound the evidence gives (none: null) and the label says the listed years are the window's.
 */
function withoutAssumedStart(v: DatedValue | null, cs: DateConstraint[]): DatedValue | null {
  if (!v || v.precision !== 'month-day' || !v.start || !v.evidence.some((e) => e.rule === 'news-window')) return v;
  const without = inferFrom(cs.filter((c) => c.evidence.rule !== 'news-window'));
  const start = without?.start ?? null;
  if (start !== null && start >= v.start) return v;
  const years = v.years ?? [];
  const base = v.label.replace(/\s*\(year [^)]*\)+$/, '').replace(/\s*\(year not stated[^)]*\)$/, '');
  const listed = years.length ? `; ${years.length > 6 ? `${years.length} candidate years` : years.join(', ')} in the last ${WINDOW_YEARS} years` : '';
  return { ...v, start, label: `${base} (year not stated${listed})` };
}

/**
 * Same input, same run date, same answer; but a reader must see when the latest possible date is
 * only the day of the analysis run: the label says so (the evidence note of that bound too).
 */
function markRunDateBound(v: DatedValue | null, cs: DateConstraint[], today: string): DatedValue | null {
  if (!v || v.end !== today || v.start === today) return v;
  const used = new Set(v.evidence);
  const fromText = cs.some((c) => !c.runDate && used.has(c.evidence) && c.value.end === today);
  if (fromText || !cs.some((c) => c.runDate && used.has(c.evidence))) return v;
  return { ...v, label: `${v.label} (latest date is the run date ${today}, not stated in the text)` };
}

function inferFrom(cs: DateConstraint[]): DatedValue | null {
  const mdRange = cs.find((c) => (c as DateConstraint & { mdRange?: unknown }).mdRange) as (DateConstraint & { mdRange: { m0: number; d0: number; m1: number; d1: number } }) | undefined;
  const rest = cs.filter((c) => c !== mdRange);
  const combined = combineConstraints(rest);
  if (!mdRange) return toDated(combined);
  // Several reported days ("13–14 September"): apply them once the other evidence fixes the year.
  const v = combined.value;
  const { m0, d0, m1, d1 } = mdRange.mdRange;
  const y0 = v?.start ? +v.start.slice(0, 4) : null, y1 = v?.end ? +v.end.slice(0, 4) : null;
  if (v && y0 !== null && y0 === y1 && isValidDate(y0, m0, d0) && isValidDate(y0, m1, Math.min(d1, daysInMonth(y0, m1)))) {
    const r = rangeValue(isoDate(y0, m0, d0), isoDate(y0, m1, d1));
    const both = combineConstraints([...rest, { ...mdRange, value: r }]);
    if (both.value) return toDated(both);
  }
  const evidence = [...combined.used.map((c) => c.evidence), mdRange.evidence];
  const out: DatedValue = { ...mdRange.value, evidence };
  if (v && (v.start || v.end)) {
    out.start = v.start && y0 !== null && isValidDate(y0, m0, d0) ? isoDate(y0, m0, d0) : v.start;
    out.end = v.end && y1 !== null && isValidDate(y1, m1, d1) ? isoDate(y1, m1, d1) : v.end;
    if (v.years && v.years.length <= 12) out.years = v.years;
    out.label = `${mdRange.value.label.replace(/ \(year not stated\)$/, '')} (year not stated${out.years ? `; ${out.years.join(', ')} possible` : ''})`;
  }
  for (const d of combined.dropped) evidence.push({ ...d.evidence, note: `ignored (contradicts stronger evidence): ${d.evidence.note ?? ''}` });
  return out;
}

export { yearsWhere };
