// Offsets without a reference word ("A year earlier", "two days later", "the previous day") count
// from the date the text named just before them (earlier in the same sentence, or in the sentence
// before), never from the article date: "The plant opened on 3 May 2029. A year earlier, ..." is 2028.
import type { TimeValue } from '../../types.ts';
import { addMonths, dayNumber, dayNumberToIso, dayValue, fromDayNumber, isoDate, monthValue, parseIso, rangeValue, yearValue } from '../../util/calendar.ts';
import type { FoundTime } from './find.ts';

const OFFSET_RE = /^(\d+|the)-(year|month|week|day|decade|hour)-(ago|earlier|later|after|before)$/;

/** The offset's value from its anchor, or null when the anchor is too coarse for the unit. */
function shift(anchor: TimeValue, n: number | 'the', unit: string, sign: 1 | -1): TimeValue | null {
  const a = parseIso(anchor.start);
  if (!a) return null;
  const count = n === 'the' ? 1 : n;
  const day = (z: number) => {
    const p = fromDayNumber(z);
    return dayValue(p.y, p.m, p.d);
  };
  if (unit === 'year' || unit === 'decade') {
    if (!['day', 'month', 'year'].includes(anchor.precision)) return null;
    return yearValue(a.y + sign * count * (unit === 'decade' ? 10 : 1));
  }
  if (unit === 'month') {
    if (anchor.precision !== 'day' && anchor.precision !== 'month') return null;
    const x = parseIso(addMonths(isoDate(a.y, a.m, 1), sign * count));
    return x ? monthValue(x.y, x.m) : null;
  }
  if (anchor.precision !== 'day') return null;
  const d = dayNumber(a.y, a.m, a.d);
  if (unit === 'day' || unit === 'hour') return day(d + sign * (unit === 'hour' ? Math.max(1, Math.round(count / 24)) : count));
  if (n === 'the') {
    // "the following week": the calendar week (Monday..Sunday) after the anchor's; "the previous week" before it.
    const monday = d - ((((d + 4) % 7) + 6) % 7);
    return rangeValue(dayNumberToIso(monday + sign * 7), dayNumberToIso(monday + sign * 7 + 6));
  }
  const c = d + sign * 7 * count; // "a week later": about seven days on
  return rangeValue(dayNumberToIso(c - 2), dayNumberToIso(c + 2));
}

/** True when "before"/"after" ends the phrase (adverb), not a preposition with its own anchor ("two days before the vote"). */
function adverbial(t: FoundTime, text: string): boolean {
  const after = text.slice(t.end, t.end + 12);
  if (/(?:after|before)$/i.test(t.text)) return /^\s*(?:[,.;:!?)\u2014\u2013]|-{1,2}\s|$)/.test(after);
  return !/^\s+than\b/i.test(after);
}

/** Fills in `resolved` for anchored offsets, in text order (a resolved offset can anchor the next one). */
export function anchorOffsets(found: FoundTime[], resolved: (TimeValue | null)[], text: string): void {
  for (let i = 0; i < found.length; i++) {
    const t = found[i]!;
    if (t.kind !== 'offset' || resolved[i]) continue;
    const m = OFFSET_RE.exec(t.symbolic?.relative ?? '');
    if (!m || m[3] === 'ago' || !adverbial(t, text)) continue;
    // The nearest earlier mention in this sentence or the one before that resolved to a concrete date.
    let anchor: TimeValue | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const a = found[j]!;
      if (a.sentence < t.sentence - 1 || a.sentence < 0) break;
      if (a.kind === 'duration' || a.reporting) continue;
      const v = resolved[j];
      if (v && v.start && (v.precision === 'day' || v.precision === 'month' || v.precision === 'year')) {
        anchor = v;
        break;
      }
    }
    if (!anchor) continue;
    const sign = m[3] === 'earlier' || m[3] === 'before' ? -1 : 1;
    resolved[i] = shift(anchor, m[1] === 'the' ? 'the' : +m[1]!, m[2]!, sign);
  }
}
