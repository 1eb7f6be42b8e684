// Why two reports of one story are separate events, or one although their days differ — what
// apartFactor (anchors.ts) found between an article and another event: different lede acts on
// different named days ("resumed" vs "signed"), a back-reference to the other's day as an
// earlier happening, different measures (another quake's magnitude); or, keeping them together,
// the later reports telling the earlier act as part of their own happening. For `parallax why`:
// recomputed from the articles (features are a pure function of an article and its analysis),
// so the clusterer keeps no notes.
import type { ArticleWithAnalysis } from '../types.ts';
import { articleFeatures, type ArticleFeatures } from './features.ts';
import { AnchorSide, anchorKeys, apartFactor, type ApartNote } from './anchors.ts';
import { leadActWords } from './lead-acts.ts';
import { actWords } from './act-words.ts';
import { isoFromDay } from './time-feature.ts';

export interface ApartReason {
  /** The apartFactor rule ("apart:different-acts", "together:continues", …). */
  rule: ApartNote['rule'];
  /** What it multiplied the score by (1 for a "together:" rule). */
  factor: number;
  /** The rule in words, with the words of the texts: "different acts on adjacent days (2025-06-04 vs 2025-06-05): 'resumed' vs 'signed'". */
  note: string;
}

interface Side {
  items: ArticleWithAnalysis[];
  feats: ArticleFeatures[];
  side: AnchorSide;
  day: number | null;
}

function sideOf(items: ArticleWithAnalysis[], today: string | undefined): Side {
  const feats = items.map((it) => articleFeatures(it, today));
  const m = new Map<string, number>();
  for (const f of feats) for (const k of new Set(anchorKeys(f))) m.set(k, (m.get(k) ?? 0) + 1);
  // the day most of the side's texts name for their event (as the clusterer's namedDay)
  const named = feats.filter((f) => f.date?.named && f.date.lo !== null && f.date.lo === f.date.hi).map((f) => f.date!.lo!);
  const day = named.length * 2 > feats.length ? Math.round(named.reduce((s, d) => s + d, 0) / named.length) : null;
  return { items, feats, side: new AnchorSide(m, feats.length), day };
}

/** The words by which a side's ledes tell an act key ("act:resum" -> "resumed"), first found. */
function leadWord(s: Side, key: string): string {
  const k = key.replace(/^act:/, '');
  for (let i = 0; i < s.items.length; i++) {
    const d = s.feats[i]!.date;
    const w = leadActWords(s.items[i]!, d && d.lo === d.hi ? d.lo : null).find((a) => a.key === k);
    if (w) return w.word;
  }
  return k;
}

/** The words by which a side's texts tell an act key anywhere ("collapsed", "the collapse"). */
function toldWord(s: Side, key: string): string {
  const k = key.replace(/^act:/, '');
  for (const it of s.items) {
    const w = actWords(it.article.text).find((a) => a.key === k);
    if (w) return w.word;
  }
  return k;
}

const quote = (xs: string[]) => [...new Set(xs)].map((x) => `'${x}'`).join(', ');

/**
 * What apartFactor found between an article (`item`) and the articles of another event
 * (`others`: the article itself left out), as reasons in words. Empty when their texts do not
 * name different days for their events, or nothing set them apart or kept them together.
 */
export function apartReasons(item: ArticleWithAnalysis, others: ArticleWithAnalysis[], today?: string): ApartReason[] {
  if (!others.length) return [];
  const a = sideOf([item], today);
  const b = sideOf(others, today);
  if (a.day === null || b.day === null || a.day === b.day) return [];
  const notes: ApartNote[] = [];
  apartFactor(a.side, a.day, b.side, b.day, notes);
  const [early, late] = a.day < b.day ? [a, b] : [b, a];
  const days = Math.abs(a.day - b.day);
  const when = `${days === 1 ? 'adjacent days' : `days ${days} apart`} (${isoFromDay(early.day!)} vs ${isoFromDay(late.day!)})`;
  const out: ApartReason[] = [];
  for (const n of notes) {
    let note: string;
    switch (n.rule) {
      case 'apart:different-acts': {
        const ea = early.side.core('act:').map((k) => leadWord(early, k));
        const la = late.side.core('act:').map((k) => leadWord(late, k));
        note = `different acts on ${when}: ${quote(ea)} vs ${quote(la)}`;
        break;
      }
      case 'apart:refers-back': {
        const day = Number(n.keys[0]!.slice('prior:'.length));
        const from = day === a.day ? b : a;
        note = `the reports of ${isoFromDay(from.day!)} refer back to ${isoFromDay(day)} as an earlier happening ("a day after …", "Monday's …")`;
        break;
      }
      case 'apart:measure':
        note = `different measures on ${when}: ${n.values![0]} vs ${n.values![1]} (another happening, not a revised figure)`;
        break;
      case 'together:continues':
        note = `one happening on ${when}: the later reports tell the earlier act ${quote(n.keys.map((k) => leadWord(early, k)))} as ${quote(n.keys.map((k) => toldWord(late, k)))}, hours on, not as a day of its own`;
        break;
      case 'together:ongoing':
        note = `one happening on ${when}: the later reports say it is still going on, or revise its toll`;
        break;
      case 'together:told-before':
        note = `one happening on ${when}: the earlier reports already tell ${quote(n.keys.map((k) => leadWord(late, k)))}`;
        break;
    }
    out.push({ rule: n.rule, factor: n.factor, note });
  }
  return out;
}
