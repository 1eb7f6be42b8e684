// Quotes grouped by speaker. The same words carried by several outlets are matched even
// when translated differently (word overlap, containment of a partial quote, embeddings);
// sentences aligned with a quote but without quotation marks are listed as paraphrases.
import type { UnitGroup } from './align.ts';
import { cosine, embedAll } from './embed.ts';
import { contentStems } from './tokens.ts';
import type { Citation, Conflict, QuoteGroup, QuoteVariant, SpeakerQuotes } from './types.ts';
import { cite, type EventText, type Unit } from './units.ts';
import { escapeRegExp } from '../util/regex.ts';

interface Q {
  k: number;
  unit: Unit;
  variant: QuoteVariant;
  speakerId: string | null;
  firm: boolean; // speaker named next to the quote, not guessed from a pronoun or a previous paragraph
  stems: string[];
}

/** "Aurel Kastrani" and "President Aurel Kastrani" (or "Kastrani") name one person. */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const ta = a.toLowerCase().split(/[\s’'-]+/).filter(Boolean);
  const tb = b.toLowerCase().split(/[\s’'-]+/).filter(Boolean);
  const [s, l] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return s.every((t) => l.includes(t)) || ta[ta.length - 1] === tb[tb.length - 1];
}

/**
 * A body credited with a quote in a sentence that also names the other speaker ("Mirela Antic, a
 * spokeswoman for the Housing Coalition, said …"): a person and the body they speak for, not
 * two different attributions.
 */
function speaksFor(ev: EventText, q: Q, other: string | null): boolean {
  const type = ev.items[q.unit.item]!.analysis.entities.find((e) => e.id === q.speakerId)?.type;
  if (type !== 'organisation') return false;
  const last = other?.split(/[\s’'-]+/).filter(Boolean).pop();
  if (!last || last.length < 3) return false;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'iu').test(q.unit.text);
}

// Overlap at which two quotes are the same words, whoever they are credited to.
const SAME_WORDS = 0.85;

/** Two lists of speaker names that both name someone and share no person. */
export function otherSpeakers(a: Iterable<string>, b: Iterable<string>): boolean {
  const xs = [...a];
  const ys = [...b];
  return xs.length > 0 && ys.length > 0 && !xs.some((x) => ys.some((y) => sameName(x, y)));
}

const WEAK_RULE = /pronoun|continuation|previous-paragraph|no-speaker/;

function containment(a: string[], b: string[]): number {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 3) return 0;
  const L = new Set(l);
  return s.filter((w) => L.has(w)).length / s.length;
}

export async function groupQuotes(
  ev: EventText,
  groups: UnitGroup[],
  groupIndex: Map<number, number[]>,
  useEmbeddings: boolean,
): Promise<{ quotes: SpeakerQuotes[]; conflicts: Conflict[] }> {
  const qs: Q[] = [];
  for (const it of ev.items) {
    const text = it.article.text;
    const units = ev.byArticle.get(it.article.id) ?? [];
    const analysed = it.analysis.quotes.filter((q) => q.kind !== 'scare');
    const marks = (ev.marks.get(it.article.id) ?? []).filter((m) => m.kind !== 'scare');
    // analysed quotes first; marked spans the analysis missed fill in without a speaker
    const spans = [
      ...analysed.map((q) => ({ start: q.start, end: q.end, kind: q.kind, name: q.speaker_name, id: q.speaker_entity_id, rule: q.rule })),
      ...marks
        .filter((m) => !analysed.some((q) => q.start < m.end && q.end > m.start))
        .map((m) => ({ start: m.start, end: m.end, kind: m.kind, name: m.speaker, id: null as string | null, rule: 'quotation-marks' })),
    ];
    for (const s of spans) {
      const words = text.slice(s.start, s.end);
      const stems = contentStems(words);
      if (stems.length < 2) continue;
      const unit = units.find((u) => u.start <= s.start && u.end > s.start) ?? units.find((u) => u.end > s.start);
      if (!unit) continue;
      qs.push({
        k: qs.length,
        unit,
        speakerId: s.id,
        firm: !!s.id && !WEAK_RULE.test(s.rule ?? ''),
        stems,
        variant: {
          text: words.trim(),
          kind: s.kind,
          outlet: unit.source.name,
          source: unit.source.key,
          speaker_name: s.name,
          citation: cite(unit),
          quote_start: s.start,
          quote_end: s.end,
        },
      });
    }
  }
  // plain set overlap: with a handful of quotes, idf would punish exactly the shared words
  const sets = qs.map((q) => new Set(q.stems));
  const overlapCos = (a: Set<string>, b: Set<string>) => {
    let n = 0;
    for (const w of a) if (b.has(w)) n++;
    return a.size && b.size ? n / Math.sqrt(a.size * b.size) : 0;
  };
  const emb = useEmbeddings && qs.length > 1 ? await embedAll(qs.map((q) => q.variant.text)) : null;
  const parent = qs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const how = new Map<number, Set<string>>();
  const pairs: [number, number, number, string, number][] = [];
  for (const a of qs)
    for (const b of qs) {
      if (b.k <= a.k || a.unit.article_id === b.unit.article_id) continue;
      const lex = overlapCos(sets[a.k]!, sets[b.k]!);
      const cont = containment(a.stems, b.stems);
      const e = emb ? cosine(emb[a.k]!, emb[b.k]!) : 0;
      let by = '';
      if (lex >= 0.5 || cont >= 0.8) by = 'lexical';
      else if (e >= 0.75 && (lex >= 0.2 || cont >= 0.4)) by = 'embedding';
      if (by) pairs.push([Math.max(lex, cont, e), a.k, b.k, by, Math.max(lex, cont)]);
    }
  pairs.sort((x, y) => y[0] - x[0]);
  const arts = new Map<number, Set<string>>(qs.map((q) => [q.k, new Set([q.unit.article_id])]));
  const names = new Map<number, Set<string>>(qs.map((q) => [q.k, new Set(q.variant.speaker_name ? [q.variant.speaker_name] : [])]));
  for (const [, a, b, by, words] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const A = arts.get(ra)!;
    const B = arts.get(rb)!;
    if ([...B].some((x) => A.has(x))) continue; // one variant per article
    // words only partly alike, credited to two different people, are two statements — one may
    // echo the other ("Tarvos does not negotiate with terrorists, it says, yet …"); the same
    // words credited to two people stay one quote with an attribution conflict
    if (words < SAME_WORDS && otherSpeakers(names.get(ra)!, names.get(rb)!)) continue;
    parent[rb] = ra;
    for (const x of B) A.add(x);
    for (const x of names.get(rb)!) names.get(ra)!.add(x);
    const h = how.get(ra) ?? new Set<string>();
    for (const x of how.get(rb) ?? []) h.add(x);
    h.add(by);
    how.set(ra, h);
  }
  const clusters = new Map<number, Q[]>();
  for (const q of qs) {
    const r = find(q.k);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(q);
  }
  const out: QuoteGroup[] = [];
  const conflicts: Conflict[] = [];
  for (const [root, list] of clusters) {
    // a lone scrap of two or three words is not worth listing
    if (list.length === 1 && list[0]!.stems.length < 3) continue;
    const counts = new Map<string, number>();
    for (const q of list) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    const speakerId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const speakerName = list.find((q) => q.speakerId === speakerId && q.variant.speaker_name)?.variant.speaker_name ?? list.find((q) => q.variant.speaker_name)?.variant.speaker_name ?? null;
    const paraphrases: Citation[] = [];
    const inGroup = new Set(list.map((q) => q.unit.article_id));
    for (const q of list) {
      for (const u of (groupIndex.get(q.unit.i) ?? []).flatMap((g) => groups[g]!.units)) {
        if (inGroup.has(u.article_id) || u.quoted > 0.3) continue;
        if (!paraphrases.some((c) => c.article_id === u.article_id && c.sentence === u.sentence)) paraphrases.push(cite(u));
      }
    }
    const group: QuoteGroup = {
      id: '',
      speaker_entity_id: speakerId,
      speaker_name: speakerName,
      variants: list.map((q) => q.variant),
      sources: [...new Set(list.map((q) => q.variant.outlet))],
      paraphrases,
      matched_by: [...(how.get(root) ?? [])],
    };
    out.push(group);
    // differing attributions count only where each outlet names the speaker next to the quote,
    // and only between names that cannot be the same person written two ways
    const firmQs = list.filter((q) => q.firm);
    const firm = new Set(firmQs.map((q) => q.speakerId));
    const distinct = firmQs.some((a) =>
      firmQs.some(
        (b) =>
          a.speakerId !== b.speakerId &&
          !sameName(a.variant.speaker_name, b.variant.speaker_name) &&
          !speaksFor(ev, a, b.variant.speaker_name) &&
          !speaksFor(ev, b, a.variant.speaker_name),
      ),
    );
    if (firm.size >= 2 && distinct) {
      const bySpeaker = new Map<string, Q[]>();
      for (const q of list) if (q.firm && q.speakerId) bySpeaker.set(q.speakerId, [...(bySpeaker.get(q.speakerId) ?? []), q]);
      const srcs = new Set([...bySpeaker.values()].map((l) => l.map((q) => q.unit.source.key).join()));
      if (srcs.size >= 2)
        conflicts.push({
          id: '',
          kind: 'attribution',
          measure: list[0]!.variant.text.slice(0, 120),
          sides: [...bySpeaker].map(([, l]) => ({
            text: l[0]!.variant.speaker_name ?? l[0]!.speakerId!,
            speaker: l[0]!.variant.speaker_name ?? l[0]!.speakerId,
            sources: [...new Set(l.map((q) => q.variant.outlet))],
            citations: l.map((q) => q.variant.citation),
          })),
          note: 'the same quote is attributed to different speakers',
        });
    }
  }
  // by speaker, most quoted first; groups carried by most outlets first
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const g of out) {
    const key = g.speaker_entity_id ?? (g.speaker_name ? `name:${g.speaker_name.toLowerCase()}` : '(unattributed)');
    if (!bySpeaker.has(key)) bySpeaker.set(key, { speaker_entity_id: g.speaker_entity_id, speaker_name: g.speaker_name, groups: [] });
    bySpeaker.get(key)!.groups.push(g);
  }
  const speakers = [...bySpeaker.values()];
  for (const s of speakers) s.groups.sort((a, b) => b.sources.length - a.sources.length || b.variants.length - a.variants.length);
  // a speaker quoted by more outlets before one only a single outlet quotes, at equal counts
  const reach = (x: SpeakerQuotes) => Math.max(...x.groups.map((g) => g.sources.length));
  speakers.sort(
    (a, b) =>
      Number(a.speaker_name === null && a.speaker_entity_id === null) - Number(b.speaker_name === null && b.speaker_entity_id === null) ||
      b.groups.length - a.groups.length ||
      reach(b) - reach(a),
  );
  let n = 0;
  for (const s of speakers) for (const g of s.groups) g.id = `q${++n}`;
  return { quotes: speakers, conflicts };
}
