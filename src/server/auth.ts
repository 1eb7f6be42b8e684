// An optional shared secret for `parallax serve`: with a token set, every request must carry it,
// as `Authorization: Bearer <token>` (scripts) or as the password of HTTP Basic auth (browsers
// ask for it themselves on a 401 with a Basic challenge; the user name is ignored).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The challenge sent with a 401 so a browser prompts for the token. */
export const CHALLENGE = 'Basic realm="parallax", charset="UTF-8"';

/** The secret a request's Authorization header offers, if any. */
function offered(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(Bearer|Basic)\s+(\S+)\s*$/i.exec(header);
  if (!m) return null;
  if (m[1]!.toLowerCase() === 'bearer') return m[2]!;
  const decoded = Buffer.from(m[2]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

// digests of equal length, so the comparison takes the same time whatever the guess
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Whether the request headers carry the token. */
export function authorized(headers: IncomingHttpHeaders, token: string): boolean {
  const given = offered(headers.authorization);
  return given !== null && timingSafeEqual(digest(given), digest(token));
}
