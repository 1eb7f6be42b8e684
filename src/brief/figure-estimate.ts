// Figures given as someone's estimate of a named thing: "the coalition put the number at about
// 120", "police estimated the crowd at 5,000", "a parallel count gave him 48%". What they measure
// is the thing named ("the crowd"), or, for "the number" / "him", what the figure before it in
// the same article measures ("62 people were detained; the coalition put the number at 120").
import { contentStems } from './tokens.ts';
import { GENERIC, measureKey } from './figure-measure.ts';

const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|only|just|more than|at least|at most|over|under|up to|just over|just under|close to)\s+)?`;
const SET_AT = new RegExp(
  String.raw`\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing|pegged|pegs|set|sets)\s+(?:the|its|their|his|her|a|an)\s+((?:[\p{L}'’-]+\s+){1,4}?)at\s+` + HEDGE + '$',
  'iu',
);
// "gave him 48%", "credited her with 31%", "put them at 12%": a share given to someone already named
const GAVE = new RegExp(String.raw`\b(?:gave|gives|giving|handed|hands|credited|credits|put|puts)\s+(?:him|her|them|it)(?:\s+(?:at|on|with))?\s+` + HEDGE + '$', 'iu');
// nouns that only point back to a figure already given
const ANAPHORIC = new Set(['number', 'figure', 'toll', 'total', 'count', 'tally', 'estim', 'estimate']);

export type Estimate = { measure: string[] } | 'anaphoric' | null;

/** What an estimate right before a number measures: its named stems, 'anaphoric' (the figure before it), or null. */
export function estimateOf(before: string): Estimate {
  if (GAVE.test(before)) return 'anaphoric';
  const m = SET_AT.exec(before);
  if (!m) return null;
  const stems = contentStems(m[1]!).filter((w) => !GENERIC.has(w) && !/^\d/.test(w));
  // "the death toll" is a toll; "the number" alone points back
  const named = stems.filter((w) => !ANAPHORIC.has(w) || measureKey(w) !== w);
  const own = named.filter((w) => !(w === 'toll' && stems.length > 1));
  return own.length ? { measure: [...new Set(own.map(measureKey))] } : 'anaphoric';
}
