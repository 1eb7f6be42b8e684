// Plain text, optionally with a YAML front matter block (--- ... ---) or a header block
// ("Title: ...\nSource: ...\nPublished: ...\n\n") carrying known fields.
import { parse as parseYaml } from 'yaml';
import type { RawDocument } from '../types.ts';
import { pickFields } from './fields.ts';

export function readText(input: string, text: string): RawDocument {
  const doc: RawDocument = { input, kind: 'text', body: text, fields: {}, warnings: [] };
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return headerBlock(doc, text);
  let meta: unknown = null;
  try {
    meta = parseYaml(m[1]!) as unknown;
  } catch (e) {
    // Hand-written front matter often has an unquoted colon in a value ("title: Talks: a deal"):
    // read it as one "key: value" per line when every line has that shape.
    meta = lenientFrontMatter(m[1]!);
    const how = meta ? 'read line by line' : 'ignored';
    doc.warnings.push({ code: 'front-matter-invalid', message: `front matter is not valid YAML (${how}): ${(e as Error).message.split('\n')[0]}`, line: 1 });
  }
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    doc.fields = pickFields(meta as Record<string, unknown>);
    delete doc.fields.text; // the body is the text, not a front matter key
    delete doc.fields.html;
    doc.body = text.slice(m[0].length);
  }
  return doc;
}

/** "key: value" lines (value up to the end of the line, outer quotes removed), or null. */
function lenientFrontMatter(block: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const kv = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!kv) return null;
    out[kv[1]!] = (kv[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return Object.keys(out).length ? out : null;
}

// Keys a plain-text export writes above the story, lower-cased with spaces, "_", "-" and "." removed.
// Narrower than the JSON spellings: a "Summary:" or "Note:" line at the top is story text.
const HEADER_KEYS: Record<string, string> = {
  title: 'title', headline: 'headline',
  source: 'source', outlet: 'outlet', publisher: 'publisher', publication: 'publication',
  published: 'published', date: 'date', publisheddate: 'published', publicationdate: 'published', publishedat: 'published', dateline: '',
  url: 'url', link: 'link', permalink: 'permalink',
  author: 'author', authors: 'authors', by: 'author', byline: 'byline',
  language: 'language', lang: 'lang',
};

/**
 * "Title: ...\nSource: ...\n\nbody": the first lines up to a blank line, each "Key: value" with a
 * known key, are the document's fields and leave the body. Only when every line of the block has that
 * shape, the block has a title or two lines or more, and some text follows it.
 */
function headerBlock(doc: RawDocument, text: string): RawDocument {
  const m = /^\uFEFF?((?:[^\S\r\n]*[A-Za-z][A-Za-z _.-]{0,24}:[^\r\n]*\r?\n){1,12})[^\S\r\n]*\r?\n/.exec(text);
  if (!m || !/\S/.test(text.slice(m[0].length))) return doc;
  const meta: Record<string, string> = {};
  const lines = m[1]!.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines) {
    const kv = /^\s*([A-Za-z][A-Za-z _.-]*?)\s*:\s*(.*?)\s*$/.exec(line);
    const key = kv ? HEADER_KEYS[kv[1]!.toLowerCase().replace(/[\s_.-]/g, '')] : undefined;
    if (!kv || key === undefined || !kv[2]) return doc;
    if (key && !(key in meta)) meta[key] = kv[2];
  }
  if (lines.length < 2 && !('title' in meta || 'headline' in meta)) return doc;
  doc.fields = pickFields(meta);
  doc.body = text.slice(m[0].length);
  return doc;
}
