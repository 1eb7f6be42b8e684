// The few HTTP pieces the server needs on top of node:http: a route table with :params,
// JSON/HTML replies, and a request body read with a size cap.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readStream } from '../util/read-stream.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Request {
  params: Record<string, string>;
  query: URLSearchParams;
  raw: IncomingMessage;
}

export interface Reply {
  status: number;
  type: 'json' | 'html' | 'markdown';
  body: unknown;
}

export type Handler = (req: Request) => Promise<Reply> | Reply;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The handler and :params for a method and path; a path known under other methods is a 405. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | { status: 404 | 405; allow?: string[] } {
    const segs = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    const allow: string[] = [];
    for (const r of this.routes) {
      if (r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      if (!r.parts.every((p, k) => (p.startsWith(':') ? ((params[p.slice(1)] = segs[k]!), true) : p === segs[k]))) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { handler: r.handler, params };
      allow.push(r.method);
    }
    return allow.length ? { status: 405, allow } : { status: 404 };
  }
}

export const json = (body: unknown, status = 200): Reply => ({ status, type: 'json', body });
export const html = (body: string, status = 200): Reply => ({ status, type: 'html', body });

const TYPES = { json: 'application/json; charset=utf-8', html: 'text/html; charset=utf-8', markdown: 'text/markdown; charset=utf-8' };

export function send(res: ServerResponse, reply: Reply, head = false): void {
  const text = reply.type === 'json' ? JSON.stringify(reply.body, null, 2) + '\n' : String(reply.body);
  res.writeHead(reply.status, {
    'content-type': TYPES[reply.type],
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    // pages are self-contained: no script, no outside resources
    ...(reply.type === 'html' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}),
  });
  res.end(head ? undefined : text);
}

/** The request body, or an HttpError 413 past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `request body is ${declared} bytes; the limit is ${limit}`);
  const body = await readStream(req, limit);
  if (!body) throw new HttpError(413, `request body exceeds the limit of ${limit} bytes`);
  return body;
}

/** An integer query parameter within [min, max], the default when absent, else a 400. */
export function intParam(q: URLSearchParams, name: string, dflt: number, min: number, max: number): number {
  const v = q.get(name);
  if (v === null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, `${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}
