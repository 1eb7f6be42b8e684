// One-word names that the language model shipped in the `compromise` npm package knows as
// organisations ("Microsoft said", "Boeing announced", "NATO warned"): companies, agencies and
// alliances, not people. Read from the package's lexicon on first use (~0.25 s), never copied here.
import { createRequire } from 'node:module';

let orgs: Set<string> | null = null;

function load(): Set<string> {
  try {
    const nlp = createRequire(import.meta.url)('compromise/two') as { model(): { one: { lexicon: Record<string, string> } } };
    const lex = nlp.model().one.lexicon;
    return new Set(Object.keys(lex).filter((w) => lex[w] === 'Organization' && !/\s/.test(w)));
  } catch {
    return new Set(); // without the package, names keep the rules' reading
  }
}

/** True when the one-word name is an organisation the lexicon knows ("Microsoft", "Interpol"). */
export function knownOrganisation(word: string): boolean {
  orgs ??= load();
  return orgs.has(word.toLowerCase());
}
