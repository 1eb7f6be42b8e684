// `parallax serve [--port N] [--host H] [--token-file F]`: the HTTP API and browser pages over
// the store named by --db (src/server/). Runs until interrupted; Ctrl-C closes the store cleanly.
// The token comes from a file or the environment, never the command line (argv is public in ps).
import { readFileSync } from 'node:fs';
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
    .option('--token-file <file>', 'require the secret in this file on every request (default: $PARALLAX_TOKEN; none = open)')
    .option('--quiet', 'do not log requests');
  registryOption(cmd).action(async (opts, c: Command) => {
    const port = intOption('--port', opts.port, 0, 65535);
    checkRegistry(opts.registry);
    const token = tokenOf(opts.tokenFile);
    if (!token && !LOOPBACK.test(String(opts.host)))
      process.stderr.write(`parallax: warning: serving on ${opts.host} without a token: anyone who can reach it can read and post (set PARALLAX_TOKEN or --token-file)\n`);
    const store = openStore(dbPath(c));
    const server = parallaxServer(store, {
      embed: opts.embed !== false,
      registryFiles: opts.registry,
      token,
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
        const stop = () => {
          server.close(() => {
            store.close();
            resolve();
          });
          server.closeIdleConnections();
        };
        // handlers first: a supervisor may signal as soon as it reads the address
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        process.stdout.write(`parallax: serving ${dbPath(c)} at ${where} (API under /api; Ctrl-C stops)\n`);
      });
    });
  });
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** The server's token: the file's first line, else $PARALLAX_TOKEN, else none. */
function tokenOf(file: string | undefined): string | undefined {
  if (file === undefined) return process.env.PARALLAX_TOKEN?.trim() || undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--token-file: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const token = text.split(/\r?\n/)[0]!.trim();
  if (!token) throw new UsageError(`--token-file: ${file} is empty (the first line is the token)`);
  return token;
}
