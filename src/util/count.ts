// "1 article", "3 articles": counts in the text people read (reports, CLI summaries, pages).
/** `n` and the noun, plural unless n is 1 (regular plurals; pass `plural` for the others). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
