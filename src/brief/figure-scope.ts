// The scope of a figure inside its clause: "1.1 million customers in Europe alone", "of whom
// 300 were children", "including 40 in the capital" count a part of the whole another outlet
// gives. Figures compared across sentences that are not aligned as one fact must have the same
// scope, or a part would read as a disputed total.

// Words right around the figure that make it a part of a larger count.
const PART_BEFORE = /\b(?:including|of whom|of them|of those|of which|among them|among whom|among|excluding|only|just|alone)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const PART_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:alone|of them|of those|of whom|among them)\b/iu;
// A named place or group narrowing it: "in Europe", "across the Kessel region", "outside Tarsen".
const PLACE = /(?:^|\s)(?:[Ii]n|[Aa]cross|[Oo]utside|[Ii]nside|[Ww]ithin|[Ff]rom|[Aa]t|[Nn]ear)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

const CLAUSE = /[;:()]|,\s/;
const FRONTED = /^((?:In|Across|Outside|Inside|Within|Among|From)\s[^,;:]{1,60}),\s/u;

export interface FigureScope {
  part: boolean; // worded as a part of a larger count
  places: string[]; // named places in the figure's own clause, lowercase
}

export function scopeOf(sentence: string, qStart: number, qEnd: number): FigureScope {
  const before = sentence.slice(0, qStart).split(CLAUSE).pop() ?? '';
  const after = sentence.slice(qEnd).split(CLAUSE)[0] ?? '';
  // "In Europe alone, the attack exposed 1.1 million records": a fronted phrase scopes the whole sentence
  const lead = FRONTED.exec(sentence.slice(0, qStart))?.[1] ?? '';
  const part = PART_BEFORE.test(before.slice(-60)) || PART_AFTER.test(after) || /\balone\b/i.test(lead);
  const places = new Set<string>();
  // the figure's clause up to 60 characters each side: a place elsewhere in a long sentence
  // ("the bank, based in Orvik, said …") says where the speaker is, not what was counted
  for (const m of `${lead} ${before.slice(-60)} ${after.slice(0, 60)}`.matchAll(PLACE)) places.add(m[1]!.toLowerCase());
  return { part, places: [...places].sort() };
}

/** Two figures counted over the same scope: neither is a part, and they name the same places (or none). */
export function sameScope(a: FigureScope, b: FigureScope): boolean {
  return !a.part && !b.part && a.places.join('|') === b.places.join('|');
}

// Words that place a sentence at another time or incident than the event's own ("earlier this
// year, a separate breach exposed …"): its figures are not compared with sentences not aligned with it.
const OTHER_INCIDENT = /\b(?:earlier this (?:year|month|week)|last (?:year|month|week|spring|summer|autumn|fall|winter)|previous(?:ly)?|a separate|an earlier|another (?:attack|breach|incident|strike|quake|earthquake|election|case|trial|leak)|a similar|(?:years?|months?|weeks?) ago)\b/i;

export function otherIncident(sentence: string): boolean {
  return OTHER_INCIDENT.test(sentence);
}
