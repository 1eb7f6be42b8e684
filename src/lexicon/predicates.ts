// Predicate classes: verbs (and a few adjectives) that say the same thing happened to what a
// figure counts. "Hackers stole the data of 4.2 million customers" and "the attack exposed
// records of 4.5 million customers" both count the customers a breach affected; "the bank has
// 12 million customers" counts something else. Two figures of one event counting one noun under
// one class are one measured thing even when their sentences are worded apart; two figures under
// different classes ("evacuated 3,000 residents" / "40 residents missing") never are. The table is
// data: common news predicates (evacuated, arrested, missing, rescued, wounded, fined, jailed,
// elected, raised/cut rates, released …), each word in one class.

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
  // removed or lowered: jobs cut, a rate cut, a forecast trimmed
  cut: [
    'cut', 'cuts', 'cutting', 'axed', 'axing', 'shed', 'shedding', 'slashed', 'eliminated', 'eliminating', 'laid', 'lay', 'layoffs', 'redundant',
    'lose', 'losing', 'lost', 'lowered', 'lowering', 'reduced', 'reducing', 'trimmed', 'trimming',
  ],
  // a rate, price or target put up by a decision ("raised rates by 25 basis points")
  raised: ['raised', 'raising', 'raises', 'hiked', 'hiking', 'hikes'],
  // people moved out of harm's way
  displaced: ['displaced', 'evacuated', 'evacuating', 'evacuees', 'evacuation', 'fled', 'fleeing', 'homeless', 'relocated', 'uprooted', 'sheltering'],
  rescued: ['rescued', 'rescuing', 'saved', 'pulled', 'airlifted'],
  missing: ['missing', 'unaccounted'],
  // tolls (compared by their own rules too): killed, hurt, arrested
  killed: ['killed', 'killing', 'dead', 'died', 'deaths', 'fatalities', 'perished'],
  injured: ['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized'],
  detained: ['arrested', 'arresting', 'arrests', 'detained', 'detaining', 'detention', 'custody', 'rounded up', 'apprehended'],
  // let go by captors or by a court
  released: ['released', 'releasing', 'freed', 'freeing', 'swapped', 'exchanged', 'handed over'],
  damaged: ['damaged', 'destroyed', 'flattened', 'collapsed', 'razed', 'gutted', 'burned', 'burnt', 'flooded'],
  recalled: ['recalled', 'recalling', 'withdrawn', 'withdrew'],
  voted: ['voted', 'voting', 'cast', 'turned out'],
  // a result: what a candidate or party won ("won 52%", "secured 41 seats")
  elected: ['elected', 're-elected', 'won', 'winning', 'secured', 'securing', 'garnered'],
  // what one side asks for and what the other offers are two figures, not one disputed value
  demanded: ['demanding', 'demanded', 'demand', 'demands', 'seeking', 'sought', 'seek', 'wants', 'wanted', 'calling for', 'called for', 'asking', 'asked'],
  offered: ['offered', 'offering', 'offer', 'offers', 'proposed', 'proposing', 'tabled'],
  sentenced: ['sentenced', 'jailed', 'imprisoned', 'sentence', 'term'],
  fined: ['fined', 'fining', 'penalty', 'penalties', 'penalised', 'penalized'],
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

/**
 * Two figures whose clauses say different things happened to what they count ("evacuated 300"
 * / "300 missing", "won 52%" / "52% turned out"): never one measured thing. Unknown classes may
 * still be either.
 */
export function otherPredicates(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}
