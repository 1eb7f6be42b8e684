// Ranges: "5.25%-5.5%", "5.25-5.5%", "5.25% to 5.5%", "between 30 and 40 people", "30 to 40
// people". One quantity whose value is the low end, with `range: { low, high }`, so that a report of
// "30" and one of "between 30 and 40" can be compared as agreeing. A change from one figure to
// another ("rose from 5.25% to 5.5%", "fell 4% to 12%") is two figures, never a range.

// What joins the two ends: a dash (spaces allowed), "to", or "and" after "between".
const SEP_RE = /^(?:\s?([-–—])\s?|\s+(to|and)\s+)(?=[$€£¥₹]|[A-Z]{1,3}\$|\d|[a-z])/;
const BETWEEN_BEFORE_RE = /\bbetween\s+$/i;
// Words before the first figure that make "X to Y" a change or a movement, not a span.
const CHANGE_BEFORE_RE = /\b(?:from|by|rose|rise|rises|rising|fell|fall|falls|falling|increased|increase|increases|decreased|decrease|decreases|raised|raise|raises|cut|cuts|lowered|lower|lowers|lifted|lift|jumped|climbed|dropped|grew|grow|gained|lost|slipped|slid|went|moved|changed|narrowed|widened|up|down|revised|upgraded|downgraded|reduced|boosted|doubled|halved|surged|soared|plunged|tumbled|declined|edged|eased|dipped|rallied|slumped|expanded|shrank|contracted)\s+(?:by\s+)?$/i;
// Words before a dashed pair that make it a reference or code, not a span ("pages 10-12", "flight 12-14").
const REFERENCE_BEFORE_RE = /\b(?:pages?|pp?\.?|chapters?|sections?|articles?|paragraphs?|clauses?|rooms?|nos?\.?|numbers?|lines?|verses?|call|phone|tel\.?|route|flight|platform|gate|rows?|junctions?|exits?|code|ref\.?)\s*$/i;

// A capitalised word right before the first figure, other than a sentence-opening "Between"/"From".
const NAME_BEFORE_RE = /(?<![\p{L}\d])(?!(?:Between|From|Some|About|Around|Roughly|Nearly|Almost|Only|Just|Up)\s)\p{Lu}[\p{L}\d-]*\s+$/u;

export interface RangeSeparator {
  kind: 'dash' | 'to' | 'and';
  end: number; // where the second figure starts
}

/**
 * The separator after a first figure ending at `at` that may open a range, given where the first
 * figure (with its qualifier) starts: "and" only after "between", "to" not after a verb of change.
 */
export function rangeSeparator(text: string, start: number, at: number): RangeSeparator | null {
  const m = SEP_RE.exec(text.slice(at, at + 8));
  if (!m) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const kind = m[1] ? 'dash' : (m[2] as 'to' | 'and');
  if (kind === 'and' && !BETWEEN_BEFORE_RE.test(before)) return null;
  if (kind === 'to' && CHANGE_BEFORE_RE.test(before)) return null;
  // ("Boeing 737-800", "Route 9-11": a name before a dashed pair makes it a model or a code)
  if (kind === 'dash' && (REFERENCE_BEFORE_RE.test(before) || NAME_BEFORE_RE.test(before))) return null;
  return { kind, end: at + m[0].length };
}

/** Digits of a numeral (word numbers count as short). */
export function digitCount(numText: string): number {
  return (numText.split('.')[0]!.match(/\d/g) ?? []).length;
}
