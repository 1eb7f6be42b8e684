// `parallax events [--json]`: the stored events — id, date, title, article count, outlets.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { eventCoverage } from '../../events/cli/outlets.ts';
import { cut, table } from '../../events/cli/table.ts';

export function register(program: Command): void {
  program
    .command('events')
    .description('list events (id, date, title, article count, outlets); run `parallax analyze` first')
    .option('--json', 'print a JSON array with dates, evidence and member articles')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const { events } = store.events();
        const rows = events.map((e) => ({ e, ...eventCoverage(store, e) }));
        if (opts.json) {
          const out = rows.map(({ e, count, outlets }) => ({ ...e, date_label: e.date.label, article_count: count, outlets }));
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
          return;
        }
        if (!events.length) {
          process.stdout.write('no events stored (run `parallax analyze` to cluster the stored articles)\n');
          return;
        }
        const lines = rows.map(({ e, count, outlets }) => [e.id, cut(e.date.label, 34), String(count), cut(outlets.join(', ') || '-', 30), cut(e.title, 70)]);
        process.stdout.write(table(['ID', 'DATE', 'N', 'OUTLETS', 'TITLE'], lines));
      });
    });
}
