// Photo captions left in an article's text. A caption describes a picture, not what happened:
// it reads in the present tense ("President A meets President B at the palace in C on
// November 20."), often carries a credit ("(Photo: Agency)", "REUTERS/Name"), and pages often
// print it twice (alt text and caption). Captions stay evidence (facts, dates, places) but never
// become summary lines.
import { wordCount } from './tokens.ts';

// What a picture shows someone doing, in the present tense (singular and plural forms).
const SHOWN =
  'meets?|attends?|speaks?|greets?|shakes?\\s+hands|arrives?|waves?|address(?:es)?|poses?|gestures?|listens?|walks?|delivers?|signs?|inspects?|chairs?|gathers?|march(?:es)?|holds?|stands?|sits?|looks?\\s+on|reacts?|chants?|search(?:es)?|carry|carries|rally|rallies|prays?|mourns?|celebrates?|watch(?:es)?|waits?|embraces?|hugs?|shouts?|lays?|pays?\\s+(?:tribute|respects|homage)|casts?|visits?|leaves?|takes?\\s+part|queues?|lines?\\s+up|smiles?|laughs?|cries|cry|kneels?|clears?|removes?|tours?|(?:is|are)\\s+(?:seen|pictured|shown|photographed)';
// The subject: one to ten words, no verb among them (a capitalised first word; names, titles, "A man", "Rescue workers").
// (no verb, no "to", no preposition but "of" in it: "Pelosi and Mnuchin plan to speak", "X
// amplified the claim at a rally" are no captions)
const SUBJECT =
  "(?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+(?!(?:said|says|was|were|is|are|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|not|to|at|in|on|for|with|from|by|into|plans?|wants?|expects?|hopes?|later|then|also|again)\\b)(?!\\p{Ll}+ed\\b)[\\p{L}.'’-]+){0,9}?";
const PRESENT_CAPTION = new RegExp(`^${SUBJECT}\\s+(?:${SHOWN})\\b`, 'u');
// When or where the picture was taken, at the end: "on November 20", "on Tuesday", "in Velgrad", "(2024)".
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WHEN_WHERE = new RegExp(
  `(?:\\b(?:on|in|at|near|outside|inside)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4}|\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\b${MONTH}\\s+\\d{1,2}|\\b\\d{1,2}\\s+${MONTH}|\\b(?:19|20)\\d{2})[,\\s\\d]*\\)?[.!]?["”’]?$`,
  'u',
);
// A finite verb of narration: a caption shows, a report tells what happened.
const NARRATION = /\b(?:said|says|told|tells|was|were|had|has|have|will|would|did|according\s+to)\b/i;
// "-ed" words as past verbs, unless they modify a noun ("an injured man") or are passive after "is/are".
const PAST_ED = /(?<!\b(?:a|an|the|is|are|be|been|being|its|their|his|her|newly|recently|badly|heavily)\s)\b\p{Ll}{2,}ed\b/u;
// A picture credit glued to the sentence: "(Photo: Agency)", "REUTERS/Jane Doe", "AFP via Getty Images", "© Agency".
const CREDIT =
  /\((?:photo|photograph|picture|image|file\s+photo|pictured|credit)\b[^)]*\)\s*[.!]?$|\bvia\s+getty\s+images\b|©/iu;
// "… in Orsk. Photo: Nordpress", "Photograph: Ana Lee/Agency": a label, then only names
const LABEL_CREDIT = /(?:^|[.)]\s+|\s[|–—-]\s*)(?:Photo|Photograph|Picture|Image)s?(?:\s+credit)?\s*[:|]\s*\p{Lu}[\p{L}.'’\/-]*(?:\s*(?:\p{Lu}[\p{L}.'’\/-]*|\/|for|via))*\s*\.?$/u;
const AGENCY_CREDIT = /\b(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|Getty\s+Images|Anadolu|Xinhua|TASS|Shutterstock)\s*\/\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*[.]?$/u;

const MAX_WORDS = 40;

/** A caption by its own words: a credit, or a present-tense "X meets Y … on <date>/in <place>" with no narration. */
export function captionText(text: string): boolean {
  const t = text.trim();
  if (CREDIT.test(t) || LABEL_CREDIT.test(t) || AGENCY_CREDIT.test(t)) return true;
  if (wordCount(t) > MAX_WORDS) return false;
  return PRESENT_CAPTION.test(t) && WHEN_WHERE.test(t) && !NARRATION.test(t) && !PAST_ED.test(t);
}

/** No finite narration at all (a doubled line with it is a repeated paragraph, not a caption). */
function showsOnly(text: string): boolean {
  return wordCount(text) <= MAX_WORDS && !NARRATION.test(text) && !PAST_ED.test(text);
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Which of an article's sentences (in reading order) are captions: by their own words, or printed
 * twice in a row — next to each other in the text, or with the copy the extraction dropped
 * (`removed` holds the starts of lines it dropped as repeated) — while narrating nothing.
 */
export function captionFlags(texts: string[], removed: string[] = []): boolean[] {
  const n = texts.map(norm);
  const dropped = removed.map(norm).filter((r) => r.length >= 20);
  return texts.map((t, k) => {
    if (captionText(t)) return true;
    if (!n[k] || n[k]!.length < 20) return false;
    const doubled = n[k - 1] === n[k] || n[k + 1] === n[k] || dropped.some((r) => n[k]!.startsWith(r));
    return doubled && showsOnly(t);
  });
}

// "removed (repeated-line): President A meets President B at the …" (src/extract/boilerplate.ts)
const REPEATED = /^removed \((?:repeated-line|repeated-caption)\):\s*(.*?)(?:\.\.\.|…)?$/;

/** Starts of the lines the extraction dropped as repeats of a line it kept. */
export function repeatedLines(warnings: { code: string; message: string }[]): string[] {
  return warnings.filter((w) => w.code === 'boilerplate-removed').flatMap((w) => REPEATED.exec(w.message)?.[1] ?? []);
}
