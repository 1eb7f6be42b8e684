// `parallax watch <inputs…> [--every 15m] [--rounds N]`: poll feeds, URLs or folders; each round
// stores what is new, re-clusters, and prints the events that appeared or grew. Stops after
// --rounds, or on Ctrl-C/SIGTERM once the current round is done (exit 0; 3 when some round had
// rejected inputs, as for `ingest`).
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { noteRejected } from '../exit.ts';
import { checkRegistry, followLinksOption, intOption, registryOption } from '../options.ts';
import type { RoundResult } from '../../pipeline/watch.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** "90s", "15m", "2h" or plain seconds, as milliseconds. */
export function parseInterval(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--every must be a duration like 30s, 15m or 1h, got "${raw}"`);
  return Math.round(Number(m[1]) * UNITS[(m[2] || 's').toLowerCase()]! * 1000);
}

function roundLine(n: number, r: RoundResult): string {
  const head = `[${new Date().toISOString().slice(0, 19)}Z] round ${n}: ingested ${r.ingested}, duplicates ${r.duplicates}, rejected ${r.rejected.length}; ${r.events} events`;
  const changes = r.changes.map((c) =>
    c.kind === 'new'
      ? `  new      ${c.date}  ${c.event_id}  ${c.title}  (${c.articles} article${c.articles === 1 ? '' : 's'})`
      : `  updated  ${c.date}  ${c.event_id}  ${c.title}  (+${c.added.length}, now ${c.articles}; was ${c.was})`,
  );
  return [head, ...changes].join('\n');
}

export function register(program: Command): void {
  const cmd = program
    .command('watch')
    .description('poll inputs (feeds, URLs, folders) and print the events that appear or grow, round after round')
    .argument('<inputs...>', 'feeds, URLs, files or directories to read each round')
    .option('--every <duration>', 'time between the starts of two rounds (30s, 15m, 1h)', '15m')
    .option('--rounds <n>', 'stop after this many rounds (default: until interrupted)')
    .option('--json', 'one JSON object per round on stdout')
    .option('--allow-private', 'allow URLs that resolve to loopback/private addresses');
  registryOption(followLinksOption(cmd)).action(async (inputs: string[], opts, c: Command) => {
    const every = parseInterval(String(opts.every));
    const rounds = opts.rounds === undefined ? Infinity : intOption('--rounds', opts.rounds, 1, 1_000_000);
    checkRegistry(opts.registry);
    const { watchRound } = await import('../../pipeline/watch.ts');
    const { FeatureCache } = await import('../../pipeline/feature-cache.ts');
    await withStore(c, async (store) => {
      const validators = new Map(); // per URL, across rounds: conditional requests
      const features = new FeatureCache(); // per article, across rounds
      let stopping = false;
      let wake: () => void = () => {};
      const stop = () => {
        stopping = true;
        wake();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        for (let n = 1; n <= rounds && !stopping; n++) {
          const started = Date.now();
          const r = await watchRound(store, inputs, { allowPrivate: Boolean(opts.allowPrivate), followLinks: Boolean(opts.followLinks), registryFiles: opts.registry, validators, features });
          for (const x of r.rejected) process.stderr.write(`rejected: ${x.input}: ${x.reason}\n`);
          noteRejected(r.rejected.length);
          process.stdout.write((opts.json ? JSON.stringify({ round: n, at: new Date().toISOString(), ...r }) : roundLine(n, r)) + '\n');
          if (n === rounds || stopping) break;
          const wait = Math.max(0, every - (Date.now() - started));
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, wait);
            wake = () => {
              clearTimeout(t);
              resolve();
            };
          });
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
  });
}
