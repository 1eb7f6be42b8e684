// Name normalisation shared by the gazetteer and the entity finder, so ids agree across articles.

/** Folds diacritics and typographic variants; lower-cases. "Erdoğan’s" -> "erdogan's". */
const foldCache = new Map<string, string>();

export function foldName(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (foldCache.size > 50_000) foldCache.clear(); // bounded: names repeat across articles
  foldCache.set(s, out);
  return out;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lookup key for an alias: folded, dots dropped ("U.N." -> "un" is NOT done: case-exact acronyms use another map). */
export function aliasKey(s: string): string {
  return foldName(s).replace(/\.(?=\s|$)/g, '').replace(/\s*-\s*/g, '-');
}

const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'az', 'ez', 'at', 'ibn']);
const SPELLING: Record<string, string> = { defense: 'defence', organization: 'organisation', center: 'centre' };

/** Slug for ids: "Bashar al-Assad" -> "bashar-assad" (Arabic article particles dropped so variants agree). */
export function slugName(s: string, dropParticles = false): string {
  const words = foldName(s)
    .replace(/'s\b/g, '')
    .replace(/['.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => SPELLING[w] ?? w);
  const kept = dropParticles ? words.filter((w, i) => !(PARTICLES.has(w) && i < words.length - 1)) : words;
  return (kept.length ? kept : words).join('-') || 'unnamed';
}

/** Last significant word of a person's name ("Bashar al-Assad" -> "assad"). */
export function surnameKey(name: string): string {
  const words = foldName(name).replace(/\./g, '').split(/[\s]+/).filter(Boolean);
  let last = words[words.length - 1] ?? '';
  last = last.replace(/^(?:al|el|ad|as|ash|an|ar|az|ez|at)-/, '');
  return last;
}

// A company's legal form after its name ("Halvorsen Media Inc.", "Norvik plc"): the same company
// with or without it, so it is left out of the id.
const LEGAL_SUFFIX_RE = /\s+(?:Inc|Corp|Ltd|LLC|L\.L\.C|PLC|plc|Co|S\.?A|AG|N\.?V|GmbH|SE|Oyj|ASA|Pty(?:\s+Ltd)?|Limited)\.?$/;

/** The name without a trailing legal form (kept when nothing else would remain). */
export function withoutLegalSuffix(name: string): string {
  const out = name.replace(LEGAL_SUFFIX_RE, '');
  return out.trim() ? out : name;
}

/** Id of an organisation named `name` (legal form dropped): "org:halvorsen-media". */
export const orgId = (name: string): string => 'org:' + slugName(withoutLegalSuffix(name));
