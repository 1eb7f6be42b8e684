// A whole stream into one buffer, stopping as soon as it passes a size cap (stdin, request bodies).
import type { Readable } from 'node:stream';

/** The stream's bytes, or null once more than `maxBytes` have arrived (the rest is not read). */
export async function readStream(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size > maxBytes) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
