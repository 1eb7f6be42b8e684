// Dates that aligned sentences give for the same happening. Two outlets saying the same
// thing "on 12 May" and "on 14 May" conflict; the day a report came out ("reported on
// 14 May") is not the day of the event and is left out.
import { shareGroup, type UnitGroup } from './align.ts';
import type { Conflict } from './types.ts';
import { trimSpan } from './trim.ts';
import { cite, isProse, type EventText, type Unit } from './units.ts';

const REPORTING_BEFORE = /\b(reported|said|announced|published|posted|told|stated|wrote|tweeted|released|added|confirmed)\b[^.;,]{0,40}$/i;

interface DayMention {
  unit: Unit;
  text: string;
  month: number;
  day: number;
  year: number | null;
}

// "burned 4,000 hectares by Monday afternoon", "since Sunday", "until Friday": the day a state
// was reached or a period starts or ends, not the day the reported thing happened.
const BOUND_BEFORE = /\b(?:by|since|until|till|through|as of)\s+(?:early\s+|late\s+|the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?$/i;

function mentions(ev: EventText, u: Unit): DayMention[] {
  const it = ev.items[u.item]!;
  const out: DayMention[] = [];
  // a dateline's date is when the report was filed ("SARONIA CITY, Aug 4 (GWS) - ")
  const body = u.start + trimSpan(u.text, { attribution: 'none' }).start;
  for (const t of it.analysis.times) {
    if (t.start < body || t.end > u.end) continue;
    const before = it.article.text.slice(u.start, t.start);
    if (REPORTING_BEFORE.test(before) || BOUND_BEFORE.test(before)) continue;
    const r = t.resolved;
    let month = r?.month ?? t.symbolic?.month;
    let day = r?.day ?? t.symbolic?.day;
    let year: number | null = t.symbolic?.year ?? null;
    if (r && r.precision === 'day' && r.start) {
      const [y, m, d] = r.start.split('-').map(Number);
      year = y!;
      month = m;
      day = d;
    }
    if (!month || !day || t.symbolic?.relative) continue;
    out.push({ unit: u, text: t.text, month, day, year });
  }
  return out;
}

export function compareDates(ev: EventText, groups: UnitGroup[], index: Map<number, number[]>): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (new Set(g.units.map((u) => u.source.key)).size < 2) continue;
    // one stated day per sentence, else we cannot tell which day is the event's
    const days = g.units.filter(isProse).map((u) => mentions(ev, u)).filter((m) => m.length === 1).map((m) => m[0]!);
    for (let a = 0; a < days.length; a++)
      for (let b = a + 1; b < days.length; b++) {
        const x = days[a]!;
        const y = days[b]!;
        if (x.unit.source.key === y.unit.source.key || !shareGroup(index, x.unit.i, y.unit.i)) continue;
        const differ = x.month !== y.month || x.day !== y.day || (x.year !== null && y.year !== null && x.year !== y.year);
        if (!differ) continue;
        const key = [x.unit.i, y.unit.i].sort().join('-');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          id: '',
          kind: 'date',
          measure: 'date of the same reported happening',
          sides: [x, y].map((d) => ({ text: d.text, sources: [d.unit.source.name], citations: [cite(d.unit)] })),
          note: 'sentences that report the same thing give different dates',
        });
      }
  }
  return out;
}
