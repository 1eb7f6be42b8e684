// Predicate classes: verbs (and a few adjectives) that say the same thing happened to what a
// figure counts. "Hackers stole the data of 4.2 million customers" and "the attack exposed
// records of 4.5 million customers" both count the customers a breach affected; "the bank has
// 12 million customers" counts something else. Two figures of one event counting one noun under
// one class are one measured thing even when their sentences are worded apart.

const CLASSES: Record<string, string[]> = {
  // harmed, exposed or taken in an attack, breach, leak or outage
  affected: [
    'affected', 'affecting', 'affects', 'impacted', 'impacting', 'exposed', 'exposing', 'compromised', 'stole', 'stolen', 'steal',
    'leaked', 'leaking', 'breached', 'accessed', 'hacked', 'hit', 'caught up', 'involved', 'belonging', 'harvested', 'scraped',
  ],
  // taking part in a strike, protest or walkout
  striking: [
    'striking', 'strike', 'struck', 'strikes', 'walked', 'walk', 'walking', 'joined', 'joining', 'join', 'marched', 'marching',
    'protested', 'protesting', 'rallied', 'rallying', 'gathered', 'stopped', 'downed', 'participated', 'took part', 'taking part', 'went out',
  ],
  // jobs removed
  cut: ['cut', 'cuts', 'cutting', 'axed', 'axing', 'shed', 'shedding', 'slashed', 'eliminated', 'eliminating', 'laid', 'lay', 'layoffs', 'redundant', 'lose', 'losing', 'lost'],
  // people moved out of harm's way
  displaced: ['displaced', 'evacuated', 'evacuating', 'fled', 'fleeing', 'homeless', 'relocated', 'uprooted'],
  rescued: ['rescued', 'rescuing', 'saved', 'pulled'],
  missing: ['missing', 'unaccounted'],
  damaged: ['damaged', 'destroyed', 'flattened', 'collapsed', 'razed', 'gutted', 'burned', 'burnt', 'flooded'],
  recalled: ['recalled', 'recalling', 'withdrawn', 'withdrew'],
  voted: ['voted', 'voting', 'cast', 'turned out'],
  // what one side asks for and what the other offers are two figures, not one disputed value
  demanded: ['demanding', 'demanded', 'demand', 'demands', 'seeking', 'sought', 'seek', 'wants', 'wanted', 'calling for', 'called for', 'asking', 'asked'],
  offered: ['offered', 'offering', 'offer', 'offers', 'proposed', 'proposing', 'tabled'],
  sentenced: ['sentenced', 'jailed', 'imprisoned', 'sentence', 'term'],
};

const BY_WORD = new Map<string, string>();
for (const [cls, words] of Object.entries(CLASSES)) for (const w of words) if (!BY_WORD.has(w)) BY_WORD.set(w, cls);

// Clause boundaries: a predicate across them belongs to another statement.
const BOUNDARY = /[;:()]|,\s|\s(?:while|whereas|but|and|after|before|when|as)\s/i;

/**
 * The predicate class of the clause holding a figure at [qStart, qEnd) of a sentence: the class
 * word nearest to the figure (before it within 80 characters, or after it within 50), or null.
 */
export function predicateClass(sentence: string, qStart: number, qEnd: number): string | null {
  const before = sentence.slice(Math.max(0, qStart - 80), qStart);
  const after = sentence.slice(qEnd, qEnd + 50);
  const clauseBefore = before.split(BOUNDARY).pop() ?? '';
  const clauseAfter = after.split(BOUNDARY)[0] ?? '';
  const classOf = (words: string[]) => {
    for (let k = 0; k < words.length; k++) {
      const two = k + 1 < words.length ? `${words[k]} ${words[k + 1]}` : '';
      const c = BY_WORD.get(two) ?? BY_WORD.get(words[k]!);
      if (c) return { c, at: k };
    }
    return null;
  };
  const words = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []);
  const b = words(clauseBefore).reverse();
  // reversed: a two-word class ("turned out") is read in its written order
  const back = (() => {
    for (let k = 0; k < b.length; k++) {
      const two = k + 1 < b.length ? `${b[k + 1]} ${b[k]}` : '';
      const c = BY_WORD.get(two) ?? BY_WORD.get(b[k]!);
      if (c) return { c, at: k };
    }
    return null;
  })();
  const fwd = classOf(words(clauseAfter));
  if (back && fwd) return back.at <= fwd.at ? back.c : fwd.c;
  return back?.c ?? fwd?.c ?? null;
}
