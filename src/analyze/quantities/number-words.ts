// Word numbers, shared by the quantity reader (find.ts) and the participant-count rules (participants.ts).

/** Word numbers and their values (no "one": "one" is read where it counts, see find.ts). */
export const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a thousand': 1000, 'a dozen': 12, dozen: 12,
};

/** Regex alternation of the one-word word numbers ("two|three|…|ninety|hundred|dozen"). */
export const NUMBER_WORD_ALT = Object.keys(WORD_NUMBERS).filter((w) => !w.includes(' ')).join('|');
