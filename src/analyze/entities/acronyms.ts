// Acronyms an article defines itself: "the Office of Public Integrity (OPI)" makes every later
// "OPI" a mention of that organisation, whatever cue typed the bare acronym on its own.
import type { EntityType } from '../../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { MentionVia } from './find.ts';

interface NameChunk {
  s: number;
  e: number;
  text: string;
  id?: string;
  type?: EntityType;
  via?: MentionVia;
}

// Lower-case words a name may hold that acronyms skip ("Office of Public Integrity" -> OPI).
const SKIPPED = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'de', 'la', 'du', 'des', 'del', 'at', '&']);

/** True when `acr` spells the initials of `name` (skipping "of", "for", "the"...; hyphenated parts may count). */
export function spellsInitials(acr: string, name: string): boolean {
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > 10) return false;
  const words = name.split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  const strict = words.map((w) => w[0]).join('').toUpperCase();
  if (strict === letters) return true;
  // "Trans-Pacific Partnership (TPP)": the parts of a hyphenated word may each give a letter.
  const loose = words.flatMap((w) => w.split('-')).map((w) => w[0] ?? '').join('').toUpperCase();
  return loose === letters;
}

/** Links each bare acronym to the name it was defined after, in place. */
export function linkDefinedAcronyms(text: string, chunks: NameChunk[], gaz: Gazetteer): void {
  const defined = new Map<string, NameChunk>();
  for (const c of chunks) {
    if (!c.id || c.type === 'person' && !/\s/.test(c.text)) continue;
    const m = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(text.slice(c.e, c.e + 16));
    if (!m || !/^\p{Lu}{2,}/u.test(m[1]) || !spellsInitials(m[1], c.text)) continue;
    if (!defined.has(m[1])) defined.set(m[1], c);
  }
  if (!defined.size) return;
  for (const c of chunks) {
    const def = defined.get(c.text);
    if (!def || !def.id || c === def || gaz.byId.has(c.id ?? '')) continue;
    // The article's own definition beats the cue that typed the bare acronym ("The OPI said" is no person).
    c.id = def.id;
    c.type = def.type;
    c.via = 'acronym';
  }
}
