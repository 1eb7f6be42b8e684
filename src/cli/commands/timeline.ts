// `parallax timeline [--storyline ID] [--json]`: storylines with their events in date order.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { eventCoverage } from '../../events/cli/outlets.ts';
import { cut } from '../../events/cli/table.ts';
import { byTimeline } from '../../events/order.ts';
import type { Event, Storyline } from '../../types.ts';
import { count } from '../../util/count.ts';

export function register(program: Command): void {
  program
    .command('timeline')
    .description('storylines (events sharing their protagonists) in date order')
    .option('--storyline <id>', 'only this storyline')
    .option('--json', 'print JSON')
    .action(async (opts: { storyline?: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const set = store.events();
        const byId = new Map(set.events.map((e) => [e.id, e]));
        let lines: Storyline[] = set.storylines;
        if (opts.storyline) {
          lines = lines.filter((s) => s.id === opts.storyline);
          if (!lines.length) throw new UsageError(`no storyline with id ${opts.storyline}`);
        }
        const loose = opts.storyline ? [] : set.events.filter((e) => !e.storyline_id).sort(byTimeline);
        const entry = (e: Event) => ({ id: e.id, date: e.date.label, precision: e.date.precision, start: e.date.start, end: e.date.end, title: e.title, articles: eventCoverage(store, e).count });
        if (opts.json) {
          const out = {
            storylines: lines.map((s) => ({ ...s, events: s.event_ids.map((id) => byId.get(id)).filter((e): e is Event => !!e).map(entry) })),
            unlinked_events: loose.map(entry),
          };
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
          return;
        }
        if (!set.events.length) {
          process.stdout.write('no events stored (run `parallax analyze` first)\n');
          return;
        }
        const out: string[] = [];
        const show = (e: Event) => {
          const ranged = e.date.precision !== 'day' ? ' (placed by its range)' : '';
          out.push(`  ${cut(e.date.label, 44).padEnd(44)}  ${e.id}  ${cut(e.title, 70)}${ranged}`);
        };
        for (const s of lines) {
          out.push(`${s.id}  ${s.title}  (${count(s.event_ids.length, 'event')})`);
          for (const id of s.event_ids) if (byId.has(id)) show(byId.get(id)!);
          out.push('');
        }
        if (loose.length) {
          out.push('events in no storyline');
          for (const e of loose) show(e);
        }
        process.stdout.write(out.join('\n').trimEnd() + '\n');
      });
    });
}
