// JSON (one object or an array of objects) and JSONL (one object a line).
import type { DocumentFields, RawDocument } from '../types.ts';
import type { ReadResult } from './index.ts';
import { keyOf, pickFields, TEXT_KEYS } from './fields.ts';
import { isJsonFeed, readJsonFeed } from './jsonfeed.ts';

export function itemToResult(input: string, value: unknown): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { rejection: { input, reason: 'not a JSON object' } };
  const fields: DocumentFields = pickFields(value as Record<string, unknown>);
  const body = fields.text ?? fields.html;
  if (!body || !body.trim()) {
    // a text field that is there but empty (or only spaces) is another problem than a missing one
    const empty = Object.entries(value as Record<string, unknown>).find(([k, v]) => TEXT_KEYS.has(keyOf(k)) && (v === '' || v === null || (typeof v === 'string' && !v.trim())));
    const reason = empty ? `the text field "${empty[0]}" is empty` : 'no article text field ("text", "body", "content", "description" or "html")';
    return { rejection: { input, reason } };
  }
  const doc: RawDocument = { input, kind: 'json', body, fields, warnings: [] };
  return { doc };
}

/** "... in JSON at position 4512" with the line and column of that position in a multi-line file. */
function withLine(message: string, text: string): string {
  const m = /\bat position (\d+)/.exec(message);
  if (!m || /\bline \d+/.test(message)) return message;
  const pos = +m[1]!;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${pos - before.lastIndexOf('\n')})`;
}

export function* readJson(input: string, text: string): Generator<ReadResult> {
  let value: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(json);
  } catch (e) {
    yield { rejection: { input, reason: `invalid JSON: ${withLine((e as Error).message, json)}` } };
    return;
  }
  if (isJsonFeed(value)) return yield* readJsonFeed(input, value);
  if (Array.isArray(value)) {
    if (value.length === 0) yield { rejection: { input, reason: 'empty JSON array' } };
    for (let i = 0; i < value.length; i++) yield itemToResult(`${input}#item-${i + 1}`, value[i]);
  } else yield itemToResult(input, value);
}

/** One line of a JSONL file; blank lines are skipped by the caller. */
export function readJsonlLine(input: string, line: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { rejection: { input, reason: `malformed JSON line: ${(e as Error).message}` } };
  }
  return itemToResult(input, value);
}
