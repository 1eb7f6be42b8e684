// A sentence cited without the dateline or agency tag it may open with ("SARONIA CITY, Sept 15
// (GWS) - ", "Nov 4 (GWS) - "): what the outlet states, for facts and context lines.
import type { Citation } from './types.ts';
import { trimSpan } from './trim.ts';
import { cite, type Unit } from './units.ts';

export function bodyCite(u: Unit): Citation {
  const t = trimSpan(u.text, { attribution: 'none' });
  const c = cite(u);
  return t.cuts.includes('dateline') ? { ...c, start: u.start + t.start, end: u.start + t.end } : c;
}
