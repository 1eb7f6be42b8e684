// Readings on a named scale: "a magnitude 6.1 earthquake", "a 6.3-magnitude quake", "measured 6.1
// on the Richter scale". Each agency's reading of one quake is the same measured thing, whatever
// the sentence around it says; an aftershock's magnitude is another.

const BEFORE = /\bmagnitude(?:\s+of)?\s*[-–]?\s*(?:(?:about|around|nearly|almost|some|roughly|preliminary)\s+)?$/i;
const AFTER = /^\s*[-–]?\s*(?:magnitude\b|on\s+the\s+(?:richter|moment[-\s]magnitude)\s+scale\b)/i;
// what the reading is of, in the words right after it or before it
const SHOCK = /\b(aftershocks?|foreshocks?|tremors?|earthquakes?|quakes?)\b/i;

/** The scale a figure is a reading on ("magnitude", "aftershock magnitude"), or null. */
export function scaleOf(sentence: string, qStart: number, qEnd: number): string | null {
  const before = sentence.slice(Math.max(0, qStart - 30), qStart);
  const after = sentence.slice(qEnd, qEnd + 40);
  if (!BEFORE.test(before) && !AFTER.test(after)) return null;
  // "a magnitude 5.2 aftershock", "an aftershock of magnitude 5.2"
  const near = `${sentence.slice(Math.max(0, qStart - 25), qStart)} ${after.slice(0, 25)}`;
  const shock = SHOCK.exec(near)?.[1]?.toLowerCase() ?? '';
  return /^(?:after|fore)shock/.test(shock) ? `${shock.replace(/s$/, '')} magnitude` : 'magnitude';
}
