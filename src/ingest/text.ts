// Plain text, optionally with a YAML front matter block (--- ... ---) carrying known fields.
import { parse as parseYaml } from 'yaml';
import type { RawDocument } from '../types.ts';
import { pickFields } from './fields.ts';

export function readText(input: string, text: string): RawDocument {
  const doc: RawDocument = { input, kind: 'text', body: text, fields: {}, warnings: [] };
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return doc;
  try {
    const meta = parseYaml(m[1]!) as unknown;
    if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
      doc.fields = pickFields(meta as Record<string, unknown>);
      delete doc.fields.text; // the body is the text, not a front matter key
      delete doc.fields.html;
      doc.body = text.slice(m[0].length);
    }
  } catch (e) {
    doc.warnings.push({ code: 'front-matter-invalid', message: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`, line: 1 });
  }
  return doc;
}
