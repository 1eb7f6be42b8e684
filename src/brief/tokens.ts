// Word tokens for comparing sentences inside one event: lowercased, light suffix stripping,
// stopwords out. Numbers are kept (they carry facts); "%"/"percent" become one token.

const STOP = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with ' +
    'about as into over after before under between through during without within against among upon ' +
    'is are was were be been being am has have had having do does did done doing will would shall should ' +
    "can could may might must it its it's he she they them his her their hers theirs him we us our you your " +
    'i me my mine who whom whose which what when where why how all any both each few more most other some ' +
    'such no nor not only own same so too very just also up down out off again further once ' +
    'while because although though however yet still even ever now well much many like ' +
    'mr mrs ms dr s t re ve ll d m one'
  ).split(/\s+/),
);

export function isStop(w: string): boolean {
  return STOP.has(w);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’,.\-]*[\p{L}\p{N}]|[\p{L}\p{N}%]/gu;

/** Lowercased surface words, "%" and "percent" unified, "400,000" kept whole. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (/^\d[\d,.]*\d$/.test(w)) w = w.replace(/,/g, '');
    else if (/[,.]/.test(w)) {
      for (const part of w.split(/[,.]+/)) if (part) out.push(part);
      continue;
    }
    if (w === 'percent' || w === 'pct') w = '%';
    else if (w === 'cent' && out[out.length - 1] === 'per') {
      out[out.length - 1] = '%'; // "per cent"
      continue;
    }
    out.push(w);
  }
  return out;
}

/** A cheap lemma so "terrorists/terrorist", "controls/controlled", "territories/territory" meet. */
export function stem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 5) return w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (/(ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1); // "liberate/liberated/liberating" -> "liberat"
  return w;
}

/** Content stems of a text: stopwords and lone letters dropped, hyphenated compounds split. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  // "third-quarter" is the words of "third quarter": compounds meet their spaced spelling
  for (const w of words(text).flatMap((x) => (/\p{L}-|-\p{L}/u.test(x) ? x.split('-').filter(Boolean) : [x]))) {
    if (w.length < 2 && !/[\d%]/.test(w)) continue;
    if (STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Number of words as a reader counts them (for word budgets). */
export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.filter((t) => /[\p{L}\p{N}]/u.test(t)).length : 0;
}
