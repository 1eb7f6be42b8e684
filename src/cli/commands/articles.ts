// `parallax articles [--json]`: what is stored, with outlet, date, language and duplicate links.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { articleRecord } from '../../report/article-record.ts';

const cut = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function register(program: Command): void {
  program
    .command('articles')
    .description('list stored articles (a table, or a JSON array with --json)')
    .option('--json', 'print a JSON array with every field, text included')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const all = store.articles();
        if (opts.json) {
          process.stdout.write(JSON.stringify(all.map(articleRecord), null, 2) + '\n');
          return;
        }
        if (all.length === 0) {
          process.stdout.write('no articles stored\n');
          return;
        }
        const lines = all.map((a) => [
          a.id,
          cut(a.outlet?.name ?? '-', 18),
          a.published?.label ?? '-',
          a.language ?? '-',
          a.duplicate_of ? `dup of ${a.duplicate_of}` : '',
          cut(a.title, 60),
        ]);
        const head = ['ID', 'OUTLET', 'PUBLISHED', 'LANG', 'DUPLICATE', 'TITLE'];
        const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
        const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
        process.stdout.write([fmt(head), ...lines.map(fmt)].join('\n') + '\n');
      });
    });
}
