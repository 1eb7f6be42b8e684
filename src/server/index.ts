// `parallax serve`: an HTTP server over one store (node:http, no framework). Errors are JSON
// `{error}` with a status that says what went wrong: 400 bad parameter, 404 unknown id or path,
// 401 token missing or wrong (when one is set), 405 wrong method, 413 body too large, 422 nothing
// usable posted, 500 a bug.
import { createServer, type Server } from 'node:http';
import type { Store } from '../store/store.ts';
import { authorized, CHALLENGE } from './auth.ts';
import { HttpError, json, send } from './http.ts';
import { routes, type ServerOptions } from './routes.ts';

export type { ServerOptions };

export function parallaxServer(store: Store, opts: ServerOptions & { log?: (line: string) => void } = {}): Server {
  const router = routes(store, opts);
  const log = opts.log ?? (() => {});
  // one request at a time: the store is synchronous and a POST re-clusters the whole set
  let queue: Promise<void> = Promise.resolve();
  return createServer((req, res) => {
    queue = queue.then(async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      const t0 = Date.now();
      let status = 500;
      try {
        if (opts.token && !authorized(req.headers, opts.token)) {
          status = 401;
          res.setHeader('www-authenticate', CHALLENGE);
          send(res, json({ error: 'this server needs its token: send "Authorization: Bearer <token>" (or the token as the Basic auth password)' }, 401), method === 'HEAD');
          if (!req.readableEnded) req.resume();
          return;
        }
        const m = router.match(method, url.pathname);
        if ('status' in m) {
          status = m.status;
          if (m.allow) res.setHeader('allow', m.allow.join(', '));
          send(res, json({ error: m.status === 404 ? `no such path: ${url.pathname}` : `${method} not allowed on ${url.pathname} (allowed: ${m.allow!.join(', ')})` }, m.status));
          return;
        }
        const reply = await m.handler({ params: m.params, query: url.searchParams, raw: req });
        status = reply.status;
        send(res, reply, method === 'HEAD');
      } catch (e) {
        status = e instanceof HttpError ? e.status : 500;
        if (status === 500) log(`error: ${(e as Error).stack ?? String(e)}`);
        if (!res.headersSent) send(res, json({ error: e instanceof Error ? e.message : String(e) }, status));
        else res.end();
        // a body left unread would stall the connection
        if (!req.readableEnded) req.resume();
      } finally {
        log(`${method} ${url.pathname}${url.search} ${status} ${Date.now() - t0} ms`);
      }
    });
  });
}
