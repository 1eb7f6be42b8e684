// Readability keeps the best-scoring block and only siblings that score well enough, so on pages
// made of many short entries of the same kind (live blogs, timelines, Q&A lists) it drops the
// shorter ones. When what it kept sits inside such repeated entries (same tag and class under one
// parent), the dropped entries that read as prose are put back in page order.

export interface EntryNode {
  nodeType: number;
  nodeName: string;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<EntryNode>;
  children: ArrayLike<EntryNode>;
  parentElement: EntryNode | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): Iterable<EntryNode>;
}

// Repeated blocks that are not the story: comments, other stories, widgets.
const NOT_STORY = /\b(comment|related|recommend|sidebar|widget|popular|trending|footer|teaser|newsletter|promo|card|share|nav|menu)/i;

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The members of a DOM element entryOf reads (EntryNode here, LiveNode in live-blog.ts). */
interface TreeNode<N> {
  tagName: string;
  parentElement: N | null;
  children: ArrayLike<N>;
  getAttribute(name: string): string | null;
}

const sig = (e: TreeNode<unknown>): string => `${e.tagName}.${e.getAttribute('class') ?? ''}`;

/**
 * Children per signature under each parent, shared across the entryOf calls of one scan of an
 * unchanging document (each parent's children are counted once, not once per paragraph).
 */
export type SiblingCounts<N> = Map<N, Map<string, number>>;

/** The lowest ancestor of `p` (up to 6 levels) that is one of at least 3 same-tag, same-class siblings. */
export function entryOf<N extends TreeNode<N>>(p: N, counts: SiblingCounts<N> = new Map()): N | null {
  let a: N | null = p.parentElement;
  for (let depth = 0; a && a.parentElement && depth < 6; depth++, a = a.parentElement) {
    const parent = a.parentElement!;
    let bySig = counts.get(parent);
    if (!bySig) {
      counts.set(parent, (bySig = new Map()));
      for (let i = 0; i < parent.children.length; i++) {
        const s = sig(parent.children[i]!);
        bySig.set(s, (bySig.get(s) ?? 0) + 1);
      }
    }
    const same = bySig.get(sig(a)) ?? 0;
    if (same >= 3 && (a.getAttribute('class') || /^(ARTICLE|SECTION|LI)$/i.test(a.tagName))) return a;
  }
  return null;
}

/** Prose a reader would miss: a sentence of 8+ words, not mostly link text. */
function readsAsProse(e: EntryNode, text: string): boolean {
  if (!/(^|\n)[^\n]*(\S+\s+){7,}\S+[.!?…"”»)]/.test(text)) return false;
  let linked = 0;
  for (const a of e.querySelectorAll('a')) linked += norm(a.textContent ?? '').length;
  return linked < 0.3 * norm(text).length;
}

export function restoreDroppedEntries(doc: EntryNode, text: string, textOf: (n: EntryNode) => string): string {
  const paras = text.split(/\n{2,}/);
  const kept = new Set(paras.map(norm).filter((p) => p.length >= 40));
  if (kept.size === 0) return text;
  let group: EntryNode[] | null = null;
  const counts: SiblingCounts<EntryNode> = new Map();
  for (const p of doc.querySelectorAll('p')) {
    if (!kept.has(norm(p.textContent ?? ''))) continue;
    const entry = entryOf(p, counts);
    if (!entry || NOT_STORY.test(`${entry.getAttribute('class') ?? ''} ${entry.getAttribute('id') ?? ''}`)) continue;
    const parent = entry.parentElement!;
    const s = sig(entry);
    group = Array.from({ length: parent.children.length }, (_, i) => parent.children[i]!).filter((c) => sig(c) === s);
    break;
  }
  if (!group) return text;
  const texts = group.map((e) => textOf(e));
  const isKept = texts.map((t) => t.split(/\n{2,}/).some((p) => kept.has(norm(p))));
  const restore = texts.map((t, i) => !isKept[i] && readsAsProse(group![i]!, t));
  if (!restore.some(Boolean)) return text;
  // replace the run of paragraphs that came from the entries by all entries worth reading, in page order
  const inEntries = (p: string) => norm(p).length > 0 && texts.some((t, i) => isKept[i] && norm(t).includes(norm(p)));
  const first = paras.findIndex(inEntries);
  let last = -1;
  paras.forEach((p, i) => {
    if (inEntries(p)) last = i;
  });
  if (first < 0) return text;
  const entries = texts.filter((_, i) => isKept[i] || restore[i]);
  return [...paras.slice(0, first), ...entries, ...paras.slice(last + 1)].join('\n\n');
}
