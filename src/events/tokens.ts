// Tokens for event clustering: lowercase word tokens, a light suffix-stripping "lemma",
// and capitalised name phrases as a fallback when the analysis has no entities.
// Kept dependency-free and fast: the clusterer tokenises every article once.

const STOP = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with ' +
    'about as into over after before under between through during without within against among ' +
    'is are was were be been being am has have had having do does did done doing will would shall should ' +
    'can could may might must it its it\'s he she they them his her their hers theirs him we us our you your ' +
    'i me my mine who whom whose which what when where why how all any both each few more most other some ' +
    'such no nor not only own same so too very just also up down out off again further once said says say ' +
    'told tell new one two first last year years time times day days week weeks month months per cent percent ' +
    'mr mrs ms dr s t re ve ll d m don didn doesn isn wasn weren aren hasn haven hadn won wouldn couldn shouldn ' +
    'while since until because although though however yet still even ever never now well much many like ' +
    'get got make made take took go went come came back way according including around another whether ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'january february march april may june july august september october november december ' +
    'via www http https com html php htm'
  ).split(/\s+/),
);

export function isStopword(w: string): boolean {
  return STOP.has(w);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Lowercased word tokens (digits kept: counts, magnitudes and years discriminate events). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.includes('.') && !/^\d+(\.\d+)*$/.test(w)) w = w.replace(/\./g, '');
    if (w.length === 0) continue;
    out.push(w);
  }
  return out;
}

/** A cheap English-leaning lemma: strips inflectional suffixes so "checks/checked/checking" meet. */
export function stem(w: string): string {
  if (w.length <= 4 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Content tokens: words minus stopwords and one-letter tokens. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

const NAME = /\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:al|bin|de|del|da|van|von|der|la|le)[\-\s])?\p{Lu}[\p{L}'’\-]+)*/gu;

/**
 * Capitalised phrases ("Betty Ford Center", "Tara Reid"), lowercased. Sentence-initial
 * single capitalised stopwords are dropped. Used only when the analysis supplies no entities.
 */
export function namePhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const phrase = m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    const parts = phrase.split(/\s+/).filter((p) => !STOP.has(p));
    if (parts.length === 0) continue;
    out.push(parts.join(' '));
  }
  return out;
}
