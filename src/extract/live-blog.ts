// Live blogs: one page made of many timestamped updates, newest first. Their first <time> is the
// newest entry, not the publication, and their text is many reports, not one. Entries are found
// as repeated blocks (same tag and class under one parent) that each carry a <time datetime> with
// a time of day and whose prose is part of the extracted text (so a rail of other stories is not one).
import { CHROME_TAGS } from './dom-like.ts';
import { entryOf, norm, type SiblingCounts } from './html-entries.ts';
import { instantKey } from './json-ld.ts';

export interface LiveNode {
  tagName: string;
  textContent: string | null;
  parentElement: LiveNode | null;
  children: ArrayLike<LiveNode>;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): Iterable<unknown>;
}

export interface LiveEntries {
  /** The entry blocks, in page order, each with the datetime of its first timestamp. */
  entries: { el: LiveNode; time: string; timeEl: LiveNode }[];
}

export interface LiveBlogSummary {
  /** Number of updates on the page. */
  count: number;
  /** Earliest and latest entry time as written, when entries carry times. */
  first?: string;
  last?: string;
  /** Where the count came from. */
  source: 'json-ld' | 'html';
}

// Containers whose repeated timestamped blocks are not the story: comments, other stories, widgets.
const NOT_STORY = /\b(comment|related|recommend|sidebar|widget|more-|popular|trending|footer|teaser|newsletter|promo)/i;
const WITH_CLOCK = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
function outsideChrome(el: LiveNode): boolean {
  for (let p = el.parentElement; p; p = p.parentElement)
    if (CHROME_TAGS.has(p.tagName.toUpperCase()) || NOT_STORY.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return false;
  return true;
}

/**
 * The largest group of repeated, timestamped entries on the page (3 or more, times of day on them),
 * or null. `inText` is the extracted main text: at least half the entries' prose (as `textOf` reads
 * a block) must be in it.
 */
export function liveEntries(doc: { querySelectorAll(sel: string): Iterable<unknown> }, inText: string, textOf: (n: LiveNode) => string): LiveEntries | null {
  const groups = new Map<LiveNode, Map<LiveNode, { time: string; timeEl: LiveNode }>>();
  const counts: SiblingCounts<LiveNode> = new Map();
  for (const node of doc.querySelectorAll('time[datetime]')) {
    const t = node as LiveNode;
    const v = t.getAttribute('datetime')?.trim() ?? '';
    if (!WITH_CLOCK.test(v) || !outsideChrome(t)) continue;
    const entry = entryOf(t, counts);
    if (!entry || NOT_STORY.test(`${entry.getAttribute('class') ?? ''} ${entry.getAttribute('id') ?? ''}`)) continue;
    const g = groups.get(entry.parentElement!) ?? new Map();
    if (!g.has(entry)) g.set(entry, { time: v, timeEl: t });
    groups.set(entry.parentElement!, g);
  }
  let best: LiveEntries | null = null;
  const text = norm(inText);
  for (const g of groups.values()) {
    if (g.size < 3 || (best && g.size <= best.entries.length)) continue;
    const entries = [...g].map(([el, x]) => ({ el, ...x }));
    if (new Set(entries.map((e) => e.time)).size < 2) continue;
    // an entry is read when its longest line of 40+ characters is in the text
    const read = entries.filter((e) => {
      const lines = textOf(e.el).split(/\n+/).map(norm).filter((l) => l.length >= 40);
      const longest = lines.sort((a, b) => b.length - a.length)[0];
      return !!longest && text.includes(longest);
    }).length;
    if (read >= 2 && read * 2 >= entries.length) best = { entries };
  }
  return best;
}

/** Earliest and latest of some date strings (by instant when they are ISO-like, else as written). */
export function timeSpan(times: string[]): { first: string; last: string } | null {
  const sorted = times
    .map((t, i) => ({ t, k: instantKey(t), i }))
    .sort((a, b) => (Number.isNaN(a.k) || Number.isNaN(b.k) ? a.i - b.i : a.k - b.k));
  return sorted.length ? { first: sorted[0]!.t, last: sorted[sorted.length - 1]!.t } : null;
}

/** The warning a reader of a live blog needs: the text is many updates, over this time span. */
export function liveBlogMessage(s: LiveBlogSummary): string {
  const span = s.first && s.last && s.first !== s.last ? `, from ${s.first} to ${s.last}` : s.first ? `, at ${s.first}` : '';
  const what = s.count ? `${s.count} timestamped update${s.count === 1 ? '' : 's'}${span}` : 'updates without per-entry times';
  return `live blog (${s.source === 'json-ld' ? 'declared by LiveBlogPosting metadata' : 'repeated timestamped entries'}): the text is ${what}, not one report; its date is when coverage started`;
}
