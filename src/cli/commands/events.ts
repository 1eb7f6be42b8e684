// `parallax events [--json] [filters]`: the stored events in timeline order — id, date, title,
// article count, outlets — optionally only those of a period, entity, outlet or title words.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { eventRecord } from '../../events/cli/outlets.ts';
import { cut, table } from '../../events/cli/table.ts';
import { filteredTimeline, FilterError, isFiltering, type EventFilter } from '../../pipeline/event-filter.ts';
import type { Event } from '../../types.ts';

const repeat = (v: string, acc: string[]) => [...acc, v];

export function register(program: Command): void {
  program
    .command('events')
    .description('list events in timeline order (id, date, title, article count, outlets); run `parallax analyze` first')
    .option('--json', 'print a JSON array with dates, evidence and member articles')
    .option('--since <date>', 'only events whose date range reaches this day or later (YYYY, YYYY-MM or YYYY-MM-DD; undated events are left out)')
    .option('--until <date>', 'only events whose date range starts on or before the end of this period')
    .option('--entity <name>', 'only events involving this person, place or organisation ("Putin", "place:moscow"; repeatable: all must match)', repeat, [] as string[])
    .option('--outlet <name>', 'only events covered by this outlet (case-insensitive part of its name; repeatable: all must match)', repeat, [] as string[])
    .option('--title <words>', 'only events whose title holds all these words')
    .action(async (opts: { json?: boolean; since?: string; until?: string; entity: string[]; outlet: string[]; title?: string }, cmd: Command) => {
      const filter: EventFilter = { since: opts.since, until: opts.until, entities: opts.entity, outlets: opts.outlet, text: opts.title };
      await withStore(cmd, (store) => {
        let matching: Event[];
        try {
          matching = filteredTimeline(store, filter);
        } catch (e) {
          if (e instanceof FilterError) throw new UsageError(`--${e.param} ${e.reason}`);
          throw e;
        }
        const { events } = store.events();
        const rows = matching.map((e) => eventRecord(store, e));
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        if (!events.length) {
          process.stdout.write('no events stored (run `parallax analyze` to cluster the stored articles)\n');
          return;
        }
        if (!rows.length && isFiltering(filter)) {
          process.stdout.write(`none of the ${events.length} stored events matches\n`);
          return;
        }
        const lines = rows.map((r) => [r.id, cut(r.date_label, 34), String(r.article_count), cut(r.outlets.join(', ') || '-', 30), cut(r.title, 70)]);
        process.stdout.write(table(['ID', 'DATE', 'N', 'OUTLETS', 'TITLE'], lines));
      });
    });
}
