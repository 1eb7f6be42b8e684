// The known fields an input may carry. Anything else in the input is ignored, never a signal.
import type { DocumentFields } from '../types.ts';

const ALIASES: Record<string, keyof DocumentFields> = {
  id: 'id',
  title: 'title',
  text: 'text',
  html: 'html',
  url: 'url',
  outlet: 'outlet', source: 'outlet',
  published: 'published', date: 'published',
  language: 'language',
  author: 'author',
};

function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const name = (v as Record<string, unknown>).name; // {"source": {"name": "..."}}
    if (typeof name === 'string' && name.trim()) return name;
  }
  return undefined;
}

/** Known fields from a plain object (JSON item, front matter). The first spelling present wins. */
export function pickFields(obj: Record<string, unknown>): DocumentFields {
  const out: DocumentFields = {};
  for (const [key, value] of Object.entries(obj)) {
    const f = ALIASES[key.toLowerCase()];
    if (!f || out[f] !== undefined) continue;
    const s = asString(value);
    if (s !== undefined) out[f] = s;
  }
  return out;
}
