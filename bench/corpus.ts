// Deterministic synthetic news stream for benchmarks: many invented events, each covered by
// 2–8 articles from different invented outlets with varied wording. `event` is GOLD: benches
// use it only to score results and must never feed it to the system.

export interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  url: string;
  outlet: string;
  published: string | null;
  /** GOLD event id — for scoring only, never an input to the system. */
  event: string;
  /** GOLD event kind (summit, earthquake, ...) — for scoring only. */
  kind: string;
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SYL = ['ka', 'ro', 'vel', 'mi', 'dan', 'tor', 'shi', 'len', 'bar', 'os', 'ul', 'fen', 'gri', 'zan', 'pol', 'ter', 'ix', 'mar', 'dov', 'sel', 'qua', 'nor', 'bel', 'this', 'ven', 'rak', 'lu', 'hem', 'cor', 'ast'];
function word(r: Rand, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, SYL);
  return cap(w);
}
/** Invented pools, built once per seed so names are stable within a corpus. */
function pools(seed: number) {
  const r = prng(seed ^ 0x5eed);
  const uniq = (make: () => string, n: number): string[] => {
    const s = new Set<string>();
    while (s.size < n) s.add(make());
    return [...s];
  };
  const people = uniq(() => `${word(r, int(r, 1, 2))} ${word(r, int(r, 2, 3))}`, 600);
  const countries = uniq(() => word(r, 2) + pick(r, ['ia', 'land', 'stan', 'ova', 'ar']), 60);
  const cities = uniq(() => word(r, int(r, 2, 3)), 300).map((c, i) => ({ city: c, country: countries[i % countries.length]! }));
  const outlets = uniq(() => `The ${word(r, 2)} ${pick(r, ['Herald', 'Post', 'Times', 'Courier', 'Gazette', 'Observer', 'Ledger', 'Dispatch', 'Tribune', 'Wire'])}`, 60);
  const orgs = uniq(() => `${word(r, 2)} ${pick(r, ['Union', 'Council', 'Party', 'Federation', 'Institute', 'Alliance', 'Group', 'Agency'])}`, 150);
  return { people, countries, cities, outlets, orgs };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface EventSpec {
  id: string;
  kind: string;
  actors: string[];
  org: string;
  city: string;
  country: string;
  date: Date;
  n1: number;
  n2: number;
  left: number;
  outlets: string[];
}

// Slot grammar: {A},{B},{C} actors; {O} org; {P} city; {Q} country; {N},{M} numbers; {D} date words.
const KINDS: Record<string, { heads: string[]; leads: string[]; body: string[]; quotes: string[] }> = {
  summit: {
    heads: ['{A} and {B} meet in {P} for talks', '{Q} hosts summit of {A} and {B}', 'Leaders {A}, {B} hold talks in {P}', '{B} visits {P} to meet {A}'],
    leads: ['{A} met {B} in {P} on {D} to discuss trade and security.', 'Talks between {A} and {B} opened in {P} on {D}, officials said.', '{B} arrived in {P} on {D} for a summit with {A}.'],
    body: ['The two leaders signed {N} agreements on energy and transport.', 'Officials said the talks lasted more than {N} hours.', 'The {O} welcomed the meeting as a step toward normal relations.', 'It was their first meeting in {M} years.', 'Delegations discussed a trade volume that grew {N} percent last year.', 'Security in {P} was tightened ahead of the visit.'],
    quotes: ['"We agreed to deepen our cooperation," {A} said.', '"This visit opens a new page," {B} told reporters.', '"Our countries have much to do together," {A} said after the talks.'],
  },
  earthquake: {
    heads: ['Magnitude {N}.{M} earthquake strikes near {P}', 'Quake kills {N} in {Q}', 'Strong earthquake hits {P}, dozens missing', 'Rescuers search rubble after {P} quake'],
    leads: ['An earthquake of magnitude {N}.{M} struck near {P} on {D}, killing at least {N} people.', 'A powerful quake shook {P} in {Q} on {D}, officials said.', 'At least {N} people died when an earthquake hit the region around {P} on {D}.'],
    body: ['Rescue teams pulled {M} survivors from collapsed buildings.', 'The {O} said more than {N} homes were damaged.', 'Aftershocks continued through the night.', 'Hospitals in {P} asked for blood donations.', 'Power was cut to {N} thousand households.', '{A}, who leads the rescue effort, said the toll could rise.'],
    quotes: ['"We are still searching for people under the rubble," {A} said.', '"The shaking lasted almost a minute," a resident told local radio.', '"Help is on its way," {B} said.'],
  },
  strike: {
    heads: ['Workers strike at {P} plants', '{O} calls national strike in {Q}', 'Strike halts transport in {P}', 'Thousands walk out in {P} pay dispute'],
    leads: ['Thousands of workers walked out in {P} on {D}, demanding a {N} percent pay rise.', 'The {O} began a strike across {Q} on {D}.', 'Transport in {P} came to a standstill on {D} as a strike began.'],
    body: ['Union leader {A} said the strike would last {M} days.', 'Management offered a raise of {M} percent, which the union rejected.', 'About {N} thousand workers joined the action.', 'Talks mediated by {B} broke down late in the evening.', 'Trains and buses in {P} did not run.'],
    quotes: ['"We will not go back without a fair deal," {A} said.', '"The offer is final," {B} said.', '"Our members are united," {A} told a rally in {P}.'],
  },
  election: {
    heads: ['{A} wins {Q} presidential election', '{Q} votes as {A} faces {B}', 'Early results put {A} ahead in {Q}', '{B} concedes defeat to {A}'],
    leads: ['{A} won the presidential election in {Q} with {N} percent of the vote, the commission said on {D}.', 'Voters in {Q} went to the polls on {D} in a race between {A} and {B}.', 'Preliminary results on {D} gave {A} a lead over {B}.'],
    body: ['Turnout was {N} percent, the {O} said.', '{B} received {M} percent of the vote.', 'Observers reported minor irregularities in {P}.', 'The campaign focused on prices and jobs.', 'Supporters gathered in central {P} to celebrate.'],
    quotes: ['"The people have spoken," {A} told supporters in {P}.', '"We accept the result," {B} said.', '"This vote was free and fair," an observer from the {O} said.'],
  },
  trial: {
    heads: ['Trial of {A} opens in {P}', 'Court in {P} sentences {A} to {M} years', '{A} denies charges as trial begins', 'Verdict in {A} case expected'],
    leads: ['The trial of former minister {A} opened in {P} on {D} on corruption charges.', 'A court in {P} sentenced {A} to {M} years in prison on {D}.', '{A} pleaded not guilty in a {P} court on {D}.'],
    body: ['Prosecutors say {N} million was diverted from public contracts.', 'Judge {B} rejected a defence motion to delay the case.', 'The {O} called the case politically motivated.', 'More than {M} witnesses are expected to testify.', 'The defence said it would appeal.'],
    quotes: ['"I am innocent," {A} told the court.', '"The evidence is overwhelming," prosecutor {C} said.', '"Justice has been served," {B} said after the verdict.'],
  },
  flood: {
    heads: ['Floods displace thousands in {Q}', 'River bursts banks in {P}', 'Heavy rain floods {P}, {N} dead', 'Evacuations as water rises in {P}'],
    leads: ['Flooding in {P} killed {N} people and forced thousands from their homes on {D}.', 'Days of heavy rain caused rivers to burst their banks around {P} on {D}.'],
    body: ['The {O} opened {M} shelters.', 'Water levels rose {M} metres above normal.', 'Roads to {P} were cut off.', '{A} declared a state of emergency.', 'Crops on {N} hectares were destroyed.'],
    quotes: ['"We lost everything," a farmer near {P} said.', '"The army will help evacuate residents," {A} said.'],
  },
  protest: {
    heads: ['Thousands protest in {P}', 'Police disperse protest in {P}', 'Protesters demand resignation of {A}', 'Rally against {O} in {P}'],
    leads: ['Thousands of people marched through {P} on {D} to demand the resignation of {A}.', 'Police in {P} used tear gas on {D} to disperse protesters.'],
    body: ['Organisers put the crowd at {N} thousand; police said {M} thousand.', '{N} people were detained.', 'The {O} organised the rally.', '{B} called on both sides to show restraint.'],
    quotes: ['"We will come back every week," an organiser said.', '"The protest was illegal," {A} said.'],
  },
  merger: {
    heads: ['{O} agrees takeover worth {N} billion', 'Merger creates giant in {Q}', 'Shareholders back {O} deal'],
    leads: ['The {O} agreed on {D} to buy a rival for {N} billion, the companies said.', 'Two of the largest firms in {Q} announced a merger on {D}.'],
    body: ['The deal must be approved by regulators in {Q}.', 'Chief executive {A} said about {M} hundred jobs would go.', 'Shares rose {M} percent after the announcement.', 'The combined group will be based in {P}.'],
    quotes: ['"This deal makes us stronger," {A} said.', '"We will look at it closely," regulator {B} said.'],
  },
};
const KIND_NAMES = Object.keys(KINDS);

const FILLER = [
  'Analysts said the developments would be watched closely across the region.',
  'Local media reported that the situation in {P} remained tense.',
  'The events come after months of uncertainty in {Q}.',
  'Officials did not respond to requests for comment.',
  'Further details were expected in the coming days.',
  'Residents of {P} described a day unlike any other.',
  'The {O} said it was following the situation.',
  'Critics questioned how the authorities had handled the matter.',
  'Several foreign governments issued statements.',
  'The news was widely shared on social media.',
];

function fill(r: Rand, t: string, e: EventSpec, date: string): string {
  return t.replace(/\{([A-Z])\}/g, (_, k: string) => {
    switch (k) {
      case 'A': return e.actors[0]!;
      case 'B': return e.actors[1]!;
      case 'C': return e.actors[2] ?? e.actors[0]!;
      case 'O': return e.org;
      case 'P': return e.city;
      case 'Q': return e.country;
      case 'D': return date;
      case 'N': return String(e.n1 + int(r, 0, 2));
      case 'M': return String(e.n2);
      default: return k;
    }
  });
}

// Compositional sentences give every article its own wording, so articles of one event share
// some sentences (as real coverage does) without being near-duplicates of each other.
const OPEN = ['On the ground,', 'Later that day,', 'Meanwhile,', 'According to witnesses,', 'In a statement,', 'By the evening,', 'Earlier,', 'For many in the area,', 'Separately,', 'In recent weeks,'];
const ROLE = ['a spokesman for the {O}', 'local official {W}', 'resident {W}', 'analyst {W}', 'a senior diplomat', 'lawmaker {W}', 'a witness, {W},', 'economist {W}', 'the mayor of {P}', 'a regional governor'];
const VERB = ['said', 'warned', 'noted', 'argued', 'insisted', 'told reporters', 'wrote on social media', 'suggested', 'cautioned', 'added'];
const CLAIM = ['that the situation in {P} was changing quickly', 'that more help would be needed', 'that {N} people had been affected', 'that the authorities had acted too slowly', 'that the decision was long overdue', 'that {Q} would respond in its own time', 'that the costs could reach {N} million', 'that talks would resume within {M} days', 'that the public deserved answers', 'that the region had seen nothing like it since {Y}', 'that prices in {P} had risen {M} percent', 'that schools in {P} would stay closed'];

function composed(r: Rand, e: EventSpec, date: string, people: string[]): string {
  const s = `${pick(r, OPEN)} ${pick(r, ROLE)} ${pick(r, VERB)} ${pick(r, CLAIM)}.`
    .replace(/\{W\}/g, () => pick(r, people))
    .replace(/\{Y\}/g, () => String(e.date.getUTCFullYear() - int(r, 3, 40)));
  return fill(r, s, e, date);
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/**
 * n articles, deterministic for (n, seed). Articles of one event are interleaved with others,
 * like a real stream. Some events repeat an earlier one's kind, place and actors at another date
 * (a "sequel"), so clustering by topic alone scores badly.
 */
export function* generateCorpus(n: number, seed = 1): Generator<CorpusArticle> {
  const r = prng(seed);
  const P = pools(seed);
  const active: EventSpec[] = [];
  const recent: EventSpec[] = [];
  let eventCount = 0;
  const base = Date.UTC(2008, 0, 1);
  const newEvent = (): EventSpec => {
    const id = `e-${String(eventCount++).padStart(6, '0')}`;
    const left = int(r, 2, 8);
    const outlets = [...P.outlets].sort(() => r() - 0.5).slice(0, left);
    if (recent.length > 0 && r() < 0.25) {
      // sequel: same kind, place and actors, a different day months or years later
      const prev = pick(r, recent);
      const date = new Date(prev.date.getTime() + int(r, 40, 1500) * 86400000);
      return { ...prev, id, date, n1: int(r, 3, 90), n2: int(r, 2, 15), left, outlets };
    }
    const loc = pick(r, P.cities);
    const e: EventSpec = {
      id,
      kind: pick(r, KIND_NAMES),
      actors: [pick(r, P.people), pick(r, P.people), pick(r, P.people)],
      org: pick(r, P.orgs),
      city: loc.city,
      country: loc.country,
      date: new Date(base + int(r, 0, 16 * 365) * 86400000),
      n1: int(r, 3, 90),
      n2: int(r, 2, 15),
      left,
      outlets,
    };
    recent.push(e);
    if (recent.length > 500) recent.shift();
    return e;
  };
  for (let i = 0; i < n; i++) {
    while (active.length < 40) active.push(newEvent());
    const k = Math.floor(r() * active.length);
    const e = active[k]!;
    const outlet = e.outlets[e.left - 1] ?? pick(r, P.outlets);
    e.left--;
    if (e.left <= 0) active.splice(k, 1);
    yield article(r, e, outlet, i, P.people);
  }
}

function article(r: Rand, e: EventSpec, outlet: string, i: number, people: string[]): CorpusArticle {
  const T = KINDS[e.kind]!;
  const m = e.date.getUTCMonth();
  const d = e.date.getUTCDate();
  const y = e.date.getUTCFullYear();
  const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][e.date.getUTCDay()]!;
  const dateWords = pick(r, [`${MONTHS[m]} ${d}`, `${d} ${MONTHS[m]} ${y}`, weekday, `${MONTHS[m]} ${d}, ${y}`]);
  const title = fill(r, pick(r, T.heads), e, dateWords);
  const target = int(r, 1500, 3900);
  const paras: string[] = [];
  const dl = r();
  let lead = fill(r, pick(r, T.leads), e, dateWords);
  if (dl < 0.35) lead = `${e.city.toUpperCase()}, ${MONTHS[m]} ${d} (${outlet.replace(/^The /, '')}) - ${lead}`;
  paras.push(lead);
  const pool = [...T.body, ...T.quotes, ...FILLER];
  let len = title.length + lead.length;
  let para: string[] = [];
  let paraLen = int(r, 1, 3);
  while (len < target) {
    const s = pool.length > 0 && r() < 0.55
      ? fill(r, pool.splice(Math.floor(r() * pool.length), 1)[0]!, e, dateWords)
      : composed(r, e, dateWords, people);
    para.push(s);
    len += s.length + 1;
    if (para.length >= paraLen) {
      paras.push(para.join(' '));
      para = [];
      paraLen = int(r, 1, 3);
    }
  }
  if (para.length) paras.push(para.join(' '));
  let text = paras.join('\n\n');
  if (text.length > 4000) text = text.slice(0, text.lastIndexOf('.', 3990) + 1);
  const pubOffset = int(r, 0, 2);
  const published = r() < 0.2 ? null : iso(new Date(e.date.getTime() + pubOffset * 86400000));
  const host = slug(outlet).replace(/^the-/, '').replace(/-/g, '') + '.example';
  return {
    id: `c-${String(i).padStart(7, '0')}`,
    title,
    text,
    url: `https://${host}/${y}/${slug(title)}-${i}`,
    outlet,
    published,
    event: e.id,
    kind: e.kind,
  };
}
