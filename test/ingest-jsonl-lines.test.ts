// JSONL read line by line from bytes: a line pasted from a Latin-1 source keeps its accented
// letters (decoded on its own, with a warning naming the line), CRLF and a BOM are no part of the
// JSON, and an oversized line is rejected by its line number while the rest goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type ReadResult } from '../src/ingest/index.ts';

const line = (title: string, text: string) => JSON.stringify({ title, text });
const TEXT = 'Owners in Kessingen said on Tuesday the Veltra fire had kept customers away for three days.';

async function read(bytes: Buffer, maxBytes?: number): Promise<ReadResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
  try {
    const path = join(dir, 'items.jsonl');
    writeFileSync(path, bytes);
    const out: ReadResult[] = [];
    for await (const r of readInputs([path], maxBytes ? { maxBytes } : {})) out.push(r);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a Latin-1 line among UTF-8 lines keeps its letters and says which line it was', async () => {
  const bytes = Buffer.concat([
    Buffer.from('\uFEFF' + line('Café first', 'Le café ' + TEXT) + '\r\n', 'utf8'),
    Buffer.from(line('Latin', 'Caf\u00e9 ' + TEXT) + '\n', 'latin1'),
    Buffer.from(line('Third', TEXT) + '\n', 'utf8'),
  ]);
  const rs = await read(bytes);
  assert.equal(rs.length, 3);
  const docs = rs.map((r) => ('doc' in r ? r.doc : assert.fail(JSON.stringify(r))));
  assert.equal(docs[0]!.fields.title, 'Café first');
  assert.deepEqual(docs[0]!.warnings, []);
  assert.ok(docs[1]!.input.endsWith('items.jsonl:2'));
  assert.ok(docs[1]!.fields.text!.startsWith('Café '), docs[1]!.fields.text);
  assert.equal(docs[1]!.warnings[0]?.code, 'invalid-utf8');
  assert.equal(docs[1]!.warnings[0]?.line, 2);
  assert.deepEqual(docs[2]!.warnings, []);
});

test('an oversized line is rejected by its number; the lines after it are read', async () => {
  const big = line('Big', 'x'.repeat(5000) + ' ' + TEXT);
  const rs = await read(Buffer.from([line('One', TEXT), big, line('Three', TEXT)].join('\n') + '\n'), 1000);
  assert.equal(rs.length, 3);
  assert.ok('doc' in rs[0]!);
  assert.ok('rejection' in rs[1]! && rs[1].rejection.input.endsWith(':2') && /too large/.test(rs[1].rejection.reason), JSON.stringify(rs[1]));
  assert.ok('doc' in rs[2]! && rs[2].doc.fields.title === 'Three');
});
