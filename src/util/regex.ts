// Literal text inside a RegExp: names and lexicon phrases become patterns.
/** `s` with every RegExp metacharacter escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
