// `parallax serve [--port N] [--host H]`: the HTTP API and browser pages over the store named
// by --db (src/server/). Runs until interrupted; Ctrl-C closes the store cleanly.
import type { Command } from 'commander';
import { dbPath } from '../context.ts';
import { UsageError } from '../errors.ts';
import { checkRegistry, intOption, registryOption } from '../options.ts';
import { openStore } from '../../store/index.ts';
import { parallaxServer } from '../../server/index.ts';

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (/api/events, /api/events/:id/brief, /api/articles, POST /api/articles) and browser pages (/)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind (127.0.0.1 keeps it local)', '127.0.0.1')
    .option('--no-embed', 'align facts by wording only in briefs (no sentence embeddings)')
    .option('--quiet', 'do not log requests');
  registryOption(cmd).action(async (opts, c: Command) => {
    const port = intOption('--port', opts.port, 0, 65535);
    checkRegistry(opts.registry);
    const store = openStore(dbPath(c));
    const server = parallaxServer(store, {
      embed: opts.embed !== false,
      registryFiles: opts.registry,
      log: opts.quiet ? undefined : (line) => process.stderr.write(line + '\n'),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => {
        store.close();
        reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${port} on ${opts.host} is in use (choose another with --port)`) : e);
      });
      server.listen(port, String(opts.host), () => {
        const addr = server.address();
        const where = typeof addr === 'object' && addr ? `http://${addr.address.includes(':') ? `[${addr.address}]` : addr.address}:${addr.port}/` : String(addr);
        process.stdout.write(`parallax: serving ${dbPath(c)} at ${where} (API under /api; Ctrl-C stops)\n`);
        const stop = () => {
          server.close(() => {
            store.close();
            resolve();
          });
          server.closeIdleConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
  });
}
