// `parallax ingest <inputs...>`: read, extract, dedupe and store articles, then analyse the new ones.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { ingest, tally } from '../../pipeline/ingest.ts';
import { checkRegistry, followLinksOption, registryOption } from '../options.ts';
import { noteRejected } from '../exit.ts';
import { progressBar } from '../progress.ts';

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles from files, directories, feeds, URLs or - (stdin) into the database')
    .argument('[inputs...]', 'files, directories, URLs, or - for stdin')
    .option('--allow-private', 'allow URLs that resolve to loopback/private/link-local addresses');
  registryOption(followLinksOption(cmd)).action(async (inputs: string[], opts: { allowPrivate?: boolean; followLinks?: boolean; registry?: string[] }, cmd: Command) => {
      if (!inputs || inputs.length === 0) throw new UsageError('ingest needs at least one input (file, directory, URL or -)');
      checkRegistry(opts.registry); // before touching the db
      await withStore(cmd, async (store) => {
        const bar = progressBar();
        let result;
        try {
          result = await ingest(store, inputs, { allowPrivate: Boolean(opts.allowPrivate), followLinks: Boolean(opts.followLinks), registryFiles: opts.registry, onProgress: (done) => {
            if (done % 25 === 0) bar.update('ingest', done);
          } });
        } finally {
          bar.stop();
        }
        for (const r of result.rejected) process.stderr.write(`rejected: ${r.input}: ${r.reason}\n`);
        if (result.articleIds.length) {
          // loaded on demand: the analysis stack is heavy and only needed when something new was stored
          const { analyzeStored } = await import('../../pipeline/analyze.ts');
          await analyzeStored(store, result.articleIds);
        }
        process.stderr.write(tally(result) + '\n');
        noteRejected(result.rejected.length);
      });
    });
}
