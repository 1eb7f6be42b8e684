// `parallax articles [--json] [--event ID] [--outlet NAME]`: what is stored, with outlet, date,
// language and duplicate links — all of it, one event's articles, or one outlet's.
import type { Command } from 'commander';
import { dbPath, withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { articleRecord } from '../../report/article-record.ts';
import { cut, table } from '../../events/cli/table.ts';
import { findEvent } from '../../pipeline/event-brief.ts';
import type { Article } from '../../types.ts';

export function register(program: Command): void {
  program
    .command('articles')
    .description('list stored articles (a table, or a JSON array with --json)')
    .option('--json', 'print a JSON array with every field, text included')
    .option('--event <id>', "only this event's articles (an id or unique prefix, as `parallax events` lists them)")
    .option('--outlet <name>', 'only articles of outlets whose name holds this (case-insensitive)')
    .action(async (opts: { json?: boolean; event?: string; outlet?: string }, cmd: Command) => {
      await withStore(cmd, (store) => {
        let all: Article[];
        if (opts.event !== undefined) {
          const found = findEvent(store.events().events, opts.event);
          if ('error' in found) throw new UsageError(found.message.replace(/^no events stored/, `no events stored in ${dbPath(cmd)}`));
          all = found.event.article_ids.map((id) => store.article(id)).filter((a): a is Article => a !== null);
        } else all = store.articles();
        if (opts.outlet !== undefined) {
          const q = opts.outlet.trim().toLowerCase();
          all = all.filter((a) => (a.outlet?.name ?? '').toLowerCase().includes(q));
        }
        if (opts.json) {
          process.stdout.write(JSON.stringify(all.map(articleRecord), null, 2) + '\n');
          return;
        }
        if (all.length === 0) {
          process.stdout.write(opts.event !== undefined || opts.outlet !== undefined ? 'no stored article matches\n' : 'no articles stored\n');
          return;
        }
        const rows = all.map((a) => [a.id, cut(a.outlet?.name ?? '-', 18), a.published?.label ?? '-', a.language ?? '-', a.duplicate_of ? `dup of ${a.duplicate_of}` : '', cut(a.title, 60)]);
        process.stdout.write(table(['ID', 'OUTLET', 'PUBLISHED', 'LANG', 'DUPLICATE', 'TITLE'], rows));
      });
    });
}
