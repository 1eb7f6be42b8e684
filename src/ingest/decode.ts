// Bytes -> string, honest about the charset: BOM, then a declared charset (HTTP header,
// <meta charset>, XML prolog), then UTF-8 if valid, else a guessed single-byte charset.
import iconv from 'iconv-lite';
import type { Warning } from '../types.ts';

export interface Decoded {
  text: string;
  charset: string;
  warnings: Warning[];
}

/** True when the bytes look binary: NUL bytes or many control characters. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
  }
  return n > 0 && ctrl / n > 0.05;
}

function bomCharset(buf: Uint8Array): [string, number] | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return ['utf-8', 3];
  if (buf[0] === 0xff && buf[1] === 0xfe) return ['utf-16le', 2];
  if (buf[0] === 0xfe && buf[1] === 0xff) return ['utf-16be', 2];
  return null;
}

/** Charset from a Content-Type value: "text/html; charset=windows-1251". */
export function charsetFromContentType(ct: string | null | undefined): string | null {
  const m = ct ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Charset declared inside the document head (<meta charset>, http-equiv, XML prolog). */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function validUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * Cyrillic in windows-1251 is words made only of high bytes; Latin-1 text has isolated
 * accented letters between ASCII ones. Guess by how many high bytes sit in runs of 3+.
 */
function guessSingleByte(buf: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const flush = () => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const b of buf) {
    if (b >= 0xc0) {
      high++;
      run++;
    } else flush();
  }
  flush();
  return high > 0 && inRuns / high > 0.5 ? 'windows-1251' : 'windows-1252';
}

// The WHATWG Encoding Standard (what every browser does): these labels mean windows-1252, whose
// 0x80-0x9F bytes are curly quotes and dashes, not the C1 controls of strict ISO-8859-1.
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'ascii', 'us-ascii', 'iso-ir-100', 'cp819', 'ibm819', 'x-cp1252', 'cp1252']);

export function decode(buf: Uint8Array, contentType?: string | null): Decoded {
  const warnings: Warning[] = [];
  const bom = bomCharset(buf);
  if (bom) return { text: iconv.decode(Buffer.from(buf.subarray(bom[1])), bom[0]), charset: bom[0], warnings };
  const label = charsetFromContentType(contentType) ?? declaredCharset(buf);
  const declared = label && WINDOWS_1252_LABELS.has(label) ? 'windows-1252' : label;
  // a Latin-1 label on bytes that are valid UTF-8 with multi-byte letters: mislabelled UTF-8
  // (such byte pairs almost never occur in real windows-1252 text)
  if (declared === 'windows-1252' && buf.some((b) => b >= 0x80) && validUtf8(buf)) {
    warnings.push({ code: 'charset-mismatch', message: `declared charset "${label}" but the bytes are valid UTF-8; decoded as UTF-8` });
    return { text: Buffer.from(buf).toString('utf8'), charset: 'utf-8', warnings };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    if (iconv.encodingExists(declared)) return { text: iconv.decode(Buffer.from(buf), declared), charset: declared, warnings };
    warnings.push({ code: 'unknown-charset', message: `declared charset "${declared}" is not supported; decoded as UTF-8` });
  }
  if (validUtf8(buf)) return { text: Buffer.from(buf).toString('utf8'), charset: 'utf-8', warnings };
  const guess = guessSingleByte(buf);
  warnings.push({ code: 'invalid-utf8', message: `not valid UTF-8${declared ? ' although declared so' : ''}; decoded as ${guess}` });
  return { text: iconv.decode(Buffer.from(buf), guess), charset: guess, warnings };
}
