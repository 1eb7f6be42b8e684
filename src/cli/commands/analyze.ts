// `parallax analyze`: the main job — ingest, analyse, cluster, date, link, brief, report.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { dbPath } from '../context.ts';
import { noteRejected } from '../exit.ts';
import { checkRegistry, followLinksOption, intOption, registryOption, WHOLE_SENTENCES } from '../options.ts';
import { openStore } from '../../store/index.ts';
import { runAnalyze } from '../../pipeline/run.ts';
import { writeReport } from '../../report/index.ts';
import { progressBar } from '../progress.ts';

export function register(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('ingest inputs, then group all stored articles into events, date them, link storylines and write briefs')
    .argument('<inputs...>', 'files, directories, URLs, or - for stdin')
    .option('--json', 'print the whole result as one JSON document on stdout')
    .option('--out <dir>', 'write report.json, report.md and report.html into DIR')
    .option('--allow-private', 'allow URLs that resolve to loopback/private addresses')
    .option('--words <n>', 'summary word budget per event', '80')
    .option('--no-embed', 'skip sentence embeddings when aligning facts (faster, lexical only)')
    .option('--whole-sentences', WHOLE_SENTENCES)
    .option('--fresh', 'start from an empty database (deletes the --db file first)');
  registryOption(followLinksOption(cmd)).action(async (inputs: string[], opts, cmd: Command) => {
      const words = intOption('--words', opts.words, 10, 2000);
      checkRegistry(opts.registry);
      const path = dbPath(cmd);
      if (opts.fresh && path !== ':memory:') for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      const store = openStore(path);
      const bar = progressBar();
      try {
        const result = await runAnalyze(store, inputs, {
          allowPrivate: Boolean(opts.allowPrivate),
          followLinks: Boolean(opts.followLinks),
          registryFiles: opts.registry,
          words,
          wholeSentences: Boolean(opts.wholeSentences),
          embed: opts.embed !== false,
          log: (line) => process.stderr.write(line + '\n'),
          progress: (phase, done, total) => bar.update(phase === 'briefs' ? 'briefs (events)' : 'analysis (articles)', done, total),
        });
        bar.stop();
        if (opts.out) {
          const { files } = writeReport(resolve(opts.out), result.report, result.texts);
          process.stderr.write(`report written: ${files.join(', ')}\n`);
          const html = files.find((f) => f.endsWith('.html'));
          if (html) process.stderr.write(`open it in a browser: file://${html}\n`);
          process.stderr.write(`or browse and query the events over HTTP: parallax --db ${path} serve\n`);
        }
        if (opts.json) process.stdout.write(JSON.stringify(result.report, null, 2) + '\n');
        else process.stdout.write(result.summaryText + '\n');
        noteRejected(result.report.rejected.length);
      } finally {
        bar.stop();
        store.close();
      }
    });
}
