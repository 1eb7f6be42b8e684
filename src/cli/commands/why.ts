// `parallax why <article-id> [--json]`: why an article is in its event — shared terms and
// entities, the date gap, the score against the runner-up event, and how the event is dated.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { AMBIGUOUS_RULE, DEFAULT_THRESHOLD } from '../../events/index.ts';
import { count } from '../../util/count.ts';
import { whyApart } from '../../events/cli/apart.ts';

export function register(program: Command): void {
  program
    .command('why')
    .description('explain which event an article was assigned to, and why')
    .argument('<article-id>', 'a stored article id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, (store) => {
        const set = store.events();
        const a = set.assignments.find((x) => x.article_id === id);
        if (!a) {
          if (!store.hasArticle(id)) throw new UsageError(`no stored article with id ${id}`);
          throw new UsageError(`article ${id} is not clustered yet (run \`parallax analyze\`)`);
        }
        const ev = set.events.find((e) => e.id === a.event_id) ?? null;
        const runner = a.runner_up ? (set.events.find((e) => e.id === a.runner_up!.event_id) ?? null) : null;
        // what set it apart from the runner-up, or kept it in its event although their days differ
        const apart = whyApart(store, a.article_id, ev, runner, a.runner_up?.score ?? 0);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ assignment: a, event: ev, runner_up_event: runner ? { id: runner.id, title: runner.title, date: runner.date.label } : null, apart }, null, 2) + '\n');
          return;
        }
        const out: string[] = [];
        out.push(`article ${id} -> event ${a.event_id}${ev ? `: ${ev.title}` : ''}`);
        const alone = (ev?.article_ids.length ?? 0) <= 1;
        out.push(`  rule: ${a.rule}   score: ${alone ? 'n/a (only article of its event)' : a.score.toFixed(3)}`);
        if (a.rule === AMBIGUOUS_RULE) {
          // not "below the threshold": it matched two events whose dates exclude each other
          const names = a.runner_up ? `${a.runner_up.event_id}${runner ? ` (${runner.title})` : ''}, score ${a.runner_up.score.toFixed(3)}, and another` : 'two events';
          out.push(`  kept apart: it fits ${names} nearly equally well, and their dates contradict; joining either would be a guess (the event date evidence names both)`);
        } else if (a.runner_up) {
          // A zero score with shared terms: the two events' date evidence contradicts (time factor 0).
          const contradicts = a.runner_up.score === 0 ? '; their dates contradict' : '';
          const margin = (alone ? `below the join threshold ${DEFAULT_THRESHOLD}` : `margin ${(a.score - a.runner_up.score).toFixed(3)}`) + contradicts;
          out.push(`  runner-up: ${a.runner_up.event_id}${runner ? ` (${runner.title})` : ''}, score ${a.runner_up.score.toFixed(3)}  (${margin})`);
        } else out.push('  runner-up: none (no other event shares its discriminative terms)');
        for (const r of apart.runner_up) out.push(`  ${r.factor < 1 ? `kept apart from the runner-up (score x${r.factor.toFixed(2)})` : 'not set apart from the runner-up by its day'}: ${r.note} [${r.rule}]`);
        for (const r of apart.own) out.push(`  ${r.factor < 1 ? `in its event despite (score x${r.factor.toFixed(2)})` : 'kept in its event'}: ${r.note} [${r.rule}]`);
        const withWhom = alone && a.runner_up ? ' with the runner-up' : '';
        out.push(`  shared entities${withWhom}: ${a.shared_entities.join(', ') || '-'}`);
        out.push(`  shared terms${withWhom}: ${a.shared_terms.join(', ') || '-'}`);
        out.push(`  date gap${withWhom}: ${a.date_gap_days === null ? 'unknown (no comparable dates; the date neither joins nor splits)' : count(a.date_gap_days, 'day')}`);
        if (ev) {
          out.push(`  event date: ${ev.date.label} (${ev.date.precision})`);
          for (const e of ev.date.evidence) out.push(`    - ${e.rule}${e.article_id ? ` [${e.article_id}${e.start !== undefined ? ` ${e.start}-${e.end}` : ''}]` : ''}${e.text ? ` "${e.text}"` : ''}${e.note ? `: ${e.note}` : ''}`);
        }
        process.stdout.write(out.join('\n') + '\n');
      });
    });
}
