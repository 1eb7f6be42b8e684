// JSON (one object or an array of objects) and JSONL (one object a line).
import type { DocumentFields, RawDocument } from '../types.ts';
import type { ReadResult } from './index.ts';
import { pickFields } from './fields.ts';
import { isJsonFeed, readJsonFeed } from './jsonfeed.ts';

export function itemToResult(input: string, value: unknown): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { rejection: { input, reason: 'not a JSON object' } };
  const fields: DocumentFields = pickFields(value as Record<string, unknown>);
  const body = fields.text ?? fields.html;
  if (!body || !body.trim()) return { rejection: { input, reason: 'no article text field ("text", "body", "content", "description" or "html")' } };
  const doc: RawDocument = { input, kind: 'json', body, fields, warnings: [] };
  return { doc };
}

export function* readJson(input: string, text: string): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    yield { rejection: { input, reason: `invalid JSON: ${(e as Error).message}` } };
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
