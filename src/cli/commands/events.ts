// `parallax events [--json]`: the stored events — id, date, title, article count, outlets.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { eventRecord } from '../../events/cli/outlets.ts';
import { cut, table } from '../../events/cli/table.ts';

export function register(program: Command): void {
  program
    .command('events')
    .description('list events (id, date, title, article count, outlets); run `parallax analyze` first')
    .option('--json', 'print a JSON array with dates, evidence and member articles')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const { events } = store.events();
        const rows = events.map((e) => eventRecord(store, e));
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        if (!events.length) {
          process.stdout.write('no events stored (run `parallax analyze` to cluster the stored articles)\n');
          return;
        }
        const lines = rows.map((r) => [r.id, cut(r.date_label, 34), String(r.article_count), cut(r.outlets.join(', ') || '-', 30), cut(r.title, 70)]);
        process.stdout.write(table(['ID', 'DATE', 'N', 'OUTLETS', 'TITLE'], lines));
      });
    });
}
