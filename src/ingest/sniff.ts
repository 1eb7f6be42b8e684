// What a document really is, from its first characters, whatever its extension says.
import type { InputKind } from '../types.ts';

export type FileKind = Exclude<InputKind, 'url'> | 'jsonl';

const EXT: Record<string, FileKind> = {
  txt: 'text', text: 'text', md: 'text', markdown: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
  rss: 'feed', atom: 'feed', xml: 'feed',
};

export function kindFromExtension(path: string): FileKind | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  if (!m) return null;
  return EXT[m[1]!.toLowerCase()] ?? null;
}

export const hasExtension = (path: string): boolean => /\.[A-Za-z0-9]{1,8}$/.test(path.split(/[\\/]/).pop() ?? '');

function wholeObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Content-based kind, or null when the start says nothing (plain text). */
export function sniffKind(text: string): FileKind | null {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    // several top-level objects on separate lines => JSONL
    const lines = text.slice(0, 65536).split('\n').filter((l) => l.trim());
    // (a first line that is a whole object is enough: a broken later line is then that line's error)
    if (lines.length > 1 && (lines.slice(0, 3).every((l) => l.trim().startsWith('{') && l.trim().endsWith('}')) || wholeObject(lines[0]!))) return 'jsonl';
    return 'json';
  }
  if (head.startsWith('[') && /^\[\s*(\{|\]|")/.test(head)) return 'json';
  const lower = head.slice(0, 1024).toLowerCase();
  if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower) && (lower.startsWith('<?xml') || /^<(rss|feed|rdf:rdf)/.test(lower) || lower.startsWith('<!doctype'))) return 'feed';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || /^<(head|body|meta|title|article|div|p)[\s>]/.test(lower)) return 'html';
  if (lower.startsWith('<?xml') && /<html[\s>]/.test(lower)) return 'html';
  return null;
}

/** Extension unless the content clearly says otherwise. */
export function resolveKind(path: string, text: string): FileKind | null {
  const byExt = kindFromExtension(path);
  const sniffed = sniffKind(text);
  // structure found in the content wins over the name (JSONL saved as .json, HTML saved as .txt)
  if (sniffed && sniffed !== byExt) return sniffed;
  return byExt ?? sniffed;
}
