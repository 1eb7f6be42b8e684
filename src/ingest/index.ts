// Readers: every input (file, directory, URL, stdin) becomes RawDocuments or Rejections.
import { createReadStream, readdirSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { RawDocument, Rejection } from '../types.ts';
import { decode, looksBinary, type Decoded } from './decode.ts';
import { readFeed } from './feed.ts';
import { readJson, readJsonlLine } from './json.ts';
import { hasExtension, kindFromExtension, resolveKind, sniffKind, type FileKind } from './sniff.ts';
import { readText } from './text.ts';
import { markdownToText } from './markdown.ts';
import { readStream } from '../util/read-stream.ts';
import { fetchUrl, type Validators } from './url.ts';

export type ReadResult = { doc: RawDocument } | { rejection: Rejection };

export interface ReadOptions {
  /** Allow URLs that resolve to loopback/private/link-local addresses. */
  allowPrivate?: boolean;
  /** Per file / per URL / per JSONL line size cap in bytes (default 20 MB). */
  maxBytes?: number;
  /** URL fetch timeout (default 15 s). */
  timeoutMs?: number;
  /** Stream read for the input "-" (default process.stdin). */
  stdin?: Readable;
  /** Validators from earlier reads of the same URLs: unchanged ones are skipped (url.ts). */
  validators?: Validators;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const reject = (input: string, reason: string): ReadResult => ({ rejection: { input, reason } });

/** Parses decoded content of a known kind. */
function* parseContent(input: string, kind: FileKind, text: string, extra: Partial<RawDocument['fields']> = {}): Generator<ReadResult> {
  if (!text.trim()) {
    yield reject(input, 'empty (whitespace only)');
    return;
  }
  switch (kind) {
    case 'json':
      yield* readJson(input, text);
      return;
    case 'jsonl': {
      const lines = text.split(/\r?\n/);
      for (let i = 0; i < lines.length; i++) if (lines[i]!.trim()) yield readJsonlLine(`${input}:${i + 1}`, lines[i]!);
      return;
    }
    case 'feed':
      yield* readFeed(input, text);
      return;
    case 'html': {
      const doc: RawDocument = { input, kind: 'html', body: text, fields: { ...extra }, warnings: [] };
      yield { doc };
      return;
    }
    case 'text': {
      const r = readText(input, text);
      r.fields = { ...extra, ...r.fields };
      if (/\.(md|markdown)$/i.test(input)) r.body = markdownToText(r.body);
      yield { doc: r };
    }
  }
}

/** JSONL is streamed line by line, so a big corpus file never sits in memory at once. */
async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<ReadResult> {
  const head = Buffer.alloc(8192);
  const fh = await open(path, 'r');
  try {
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    if (looksBinary(head.subarray(0, bytesRead))) return yield reject(path, 'binary content (NUL or control bytes), not a text document');
  } finally {
    await fh.close();
  }
  let n = 0;
  let items = 0;
  for await (const { bytes, size } of byteLines(path, maxBytes)) {
    n++;
    if (size > maxBytes) {
      items++;
      yield reject(`${path}:${n}`, `line too large (${size} bytes, limit ${maxBytes} bytes)`);
      continue;
    }
    // Each line is decoded on its own: one line pasted from a Latin-1 source must not turn its
    // accented letters into U+FFFD silently, nor make the other lines suspect.
    const dec = decode(bytes);
    const line = dec.text;
    if (!line.trim()) continue;
    items++;
    const r = readJsonlLine(`${path}:${n}`, line);
    if ('doc' in r) for (const w of dec.warnings) r.doc.warnings.push({ ...w, message: `line ${n}: ${w.message}`, line: n });
    yield r;
  }
  if (items === 0) yield reject(path, 'empty (whitespace only)');
}

/**
 * The lines of a file as bytes (without "\n" or "\r\n"), with their size; a line longer than
 * `maxBytes` is counted but not kept.
 */
async function* byteLines(path: string, maxBytes: number): AsyncGenerator<{ bytes: Buffer; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  const emit = (last: Buffer) => {
    size += last.length;
    let bytes = size > maxBytes ? Buffer.alloc(0) : parts.length ? Buffer.concat([...parts, last]) : last;
    if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    const out = { bytes, size };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let i = chunk.indexOf(10, start); i !== -1; i = chunk.indexOf(10, start)) {
      yield emit(chunk.subarray(start, i));
      start = i + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      size += rest.length;
      if (size <= maxBytes) parts.push(Buffer.from(rest));
      else parts = [];
    }
  }
  if (size > 0 || parts.length) yield emit(Buffer.alloc(0));
}

async function* readFile(path: string, st: Stats, opts: FetchOpts): AsyncGenerator<ReadResult> {
  if (st.size === 0) return yield reject(path, 'empty file');
  const byExt = kindFromExtension(path);
  if (byExt === 'jsonl') return yield* readJsonlFile(path, opts.maxBytes);
  // the size cap is checked before reading a single byte
  if (st.size > opts.maxBytes) return yield reject(path, `file too large (${st.size} bytes, limit ${opts.maxBytes})`);
  let buf: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      buf = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    return yield reject(path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (looksBinary(buf)) return yield reject(path, 'binary content (NUL or control bytes), not a text document');
  const dec = decode(buf);
  let kind = resolveKind(path, dec.text);
  if (!kind) {
    if (hasExtension(path)) return yield reject(path, `unsupported file type "${path.slice(path.lastIndexOf('.'))}" (expected .txt, .html, .json, .jsonl, .rss, .atom, .xml)`);
    kind = 'text'; // no extension at all: plain text
  }
  yield* readDecoded(path, dec, kind, {}, opts);
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
    const p = join(dir, name);
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
}

type FetchOpts = Required<Omit<ReadOptions, 'stdin' | 'validators'>> & Pick<ReadOptions, 'validators'>;

/**
 * Decoded content of a known kind, its decoding warnings on each document. With `lists` (files
 * and stdin, never fetched pages) a text that holds only URLs is a reading list, read URL by URL.
 */
async function* readDecoded(input: string, dec: Decoded, kind: FileKind, extra: RawDocument['fields'], lists?: FetchOpts): AsyncGenerator<ReadResult> {
  const urls = lists && kind === 'text' ? urlList(dec.text) : null;
  if (urls) {
    for (const u of urls) yield* readUrl(u, lists!);
    return;
  }
  for (const r of parseContent(input, kind, dec.text, extra)) {
    if ('doc' in r) r.doc.warnings.unshift(...dec.warnings);
    yield r;
  }
}

async function* readBytes(input: string, buf: Buffer, contentType: string | null, extra: RawDocument['fields'], lists?: FetchOpts): AsyncGenerator<ReadResult> {
  if (buf.length === 0) return yield reject(input, 'empty');
  if (looksBinary(buf)) return yield reject(input, 'binary content (NUL or control bytes), not a text document');
  const dec = decode(buf, contentType);
  const ct = (contentType ?? '').toLowerCase();
  const kind: FileKind =
    sniffKind(dec.text) ??
    (/(rss|atom)\+xml|\/xml/.test(ct) ? 'feed' : /html/.test(ct) ? 'html' : /ndjson|jsonl/.test(ct) ? 'jsonl' : /json/.test(ct) ? 'json' : 'text');
  yield* readDecoded(input, dec, kind, extra, lists);
}

async function* readUrl(input: string, o: FetchOpts): AsyncGenerator<ReadResult> {
  try {
    const f = await fetchUrl(input, o);
    if (f.notModified) return; // unchanged since the last read: nothing new to give
    yield* readBytes(input, f.body, f.contentType, { url: f.url });
  } catch (e) {
    yield reject(input, (e as Error).message);
  }
}

// A text file whose every line is a URL ("# comments" and blank lines aside) is a reading list,
// not an article: each URL is fetched as if it had been given on the command line.
const URL_LINE = /^https?:\/\/\S+$/i;
function urlList(text: string): string[] | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return lines.length && lines.every((l) => URL_LINE.test(l)) ? lines : null;
}

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const o: FetchOpts = { allowPrivate: opts.allowPrivate ?? false, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs: opts.timeoutMs ?? 15000, validators: opts.validators };
  for (const input of inputs) {
    if (input === '-') {
      const buf = await readStream(opts.stdin ?? process.stdin, o.maxBytes);
      if (!buf) yield reject('-', `stdin too large (limit ${o.maxBytes} bytes)`);
      else yield* readBytes('-', buf, null, {}, o); // `cat urls.txt | parallax ingest -` reads a reading list
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, o);
      continue;
    }
    let st: Stats;
    try {
      st = statSync(input);
    } catch (e) {
      yield reject(input, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot access: ${(e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(input, files);
      if (files.length === 0) yield reject(input, 'directory contains no files');
      for (const f of files) {
        let fst: Stats;
        try {
          fst = statSync(f);
        } catch {
          continue;
        }
        yield* readFile(f, fst, o);
      }
    } else if (st.isFile()) yield* readFile(input, st, o);
    else yield reject(input, 'not a regular file or directory');
  }
}
