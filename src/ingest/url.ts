// http(s) fetching with a timeout, a size cap and a redirect limit. The address actually
// connected to is checked (in the socket's DNS lookup), so a public name resolving to a
// loopback/private/link-local address is refused unless allowPrivate.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * What a server said about the last copy of each URL it sent (ETag, Last-Modified), kept by a
 * caller that reads the same URLs again (`parallax watch`): the next request is conditional, and
 * an unchanged resource costs a 304 instead of the whole body.
 */
export type Validators = Map<string, { etag?: string; lastModified?: string }>;

export interface FetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  validators?: Validators;
}

export interface Fetched {
  url: string; // final URL after redirects
  contentType: string | null;
  body: Buffer;
  /** The server answered 304: the copy read last time is still current (body empty). */
  notModified?: boolean;
}

export class FetchError extends Error {}

/** True for addresses that are not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() !== 'unicast';
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate)
        return callback(new FetchError(`refused: ${hostname} resolves to non-public address ${bad.address} (use --allow-private)`), '');
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  }) as LookupFunction;
}

interface Reply {
  status: number;
  location: string | null;
  contentType: string | null;
  body: Buffer;
  etag?: string;
  lastModified?: string;
}

function once(url: URL, opts: FetchOptions, conditional: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // literal IPs skip DNS lookup entirely, so check them here
    if (ipaddr.isValid(host) && isPrivateAddress(host) && !opts.allowPrivate)
      return reject(new FetchError(`refused: ${host} is a non-public address (use --allow-private)`));
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.get(url, { lookup: guardedLookup(opts.allowPrivate), timeout: opts.timeoutMs, headers: { ...conditional, 'user-agent': 'parallax/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,application/xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5' } }, (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location ?? null;
      if (status >= 300 && status < 400) {
        res.resume();
        return resolve({ status, location, contentType: null, body: Buffer.alloc(0) });
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > opts.maxBytes) {
        req.destroy();
        return reject(new FetchError(`too large: ${declared} bytes (limit ${opts.maxBytes})`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) {
          reject(new FetchError(`too large: more than ${opts.maxBytes} bytes`));
          res.destroy();
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      const etag = res.headers.etag;
      const lastModified = res.headers['last-modified'];
      res.on('end', () => resolve({ status, location, contentType: (res.headers['content-type'] as string | undefined) ?? null, body: Buffer.concat(chunks), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) }));
      res.on('error', reject);
      res.on('aborted', () => reject(new FetchError('connection closed before the body was complete')));
    });
    // socket timeout covers idle connections; the timer bounds the whole request
    const giveUp = () => {
      reject(new FetchError(`timed out after ${opts.timeoutMs} ms`));
      req.destroy();
    };
    const timer = setTimeout(giveUp, opts.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', giveUp);
    req.on('error', reject);
  });
}

export async function fetchUrl(input: string, opts: FetchOptions): Promise<Fetched> {
  let url = new URL(input);
  const maxRedirects = opts.maxRedirects ?? 5;
  const deadline = Date.now() + opts.timeoutMs;
  const known = opts.validators?.get(input);
  const conditional: Record<string, string> = {
    ...(known?.etag ? { 'if-none-match': known.etag } : {}),
    ...(known?.lastModified ? { 'if-modified-since': known.lastModified } : {}),
  };
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`unsupported protocol ${url.protocol}`);
    const left = deadline - Date.now();
    if (left <= 0) throw new FetchError(`timed out after ${opts.timeoutMs} ms`);
    const r = await once(url, { ...opts, timeoutMs: left }, conditional);
    if (r.status === 304 && known) return { url: url.href, contentType: null, body: Buffer.alloc(0), notModified: true };
    if (r.status >= 300 && r.status < 400 && r.status !== 304) {
      if (!r.location) throw new FetchError(`HTTP ${r.status} without Location`);
      if (hop >= maxRedirects) throw new FetchError(`too many redirects (limit ${maxRedirects})`);
      url = new URL(r.location, url);
      continue;
    }
    if (r.status < 200 || r.status >= 300) throw new FetchError(`HTTP ${r.status}`);
    if (opts.validators && (r.etag || r.lastModified)) opts.validators.set(input, { etag: r.etag, lastModified: r.lastModified });
    return { url: url.href, contentType: r.contentType, body: r.body };
  }
}
