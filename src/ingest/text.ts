// Plain text, optionally with a YAML front matter block (--- ... ---) carrying known fields.
import { parse as parseYaml } from 'yaml';
import type { RawDocument } from '../types.ts';
import { pickFields } from './fields.ts';

export function readText(input: string, text: string): RawDocument {
  const doc: RawDocument = { input, kind: 'text', body: text, fields: {}, warnings: [] };
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return doc;
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
