// `parallax outlets [--format md|json] [--outlet NAME]`: each outlet across the stored events —
// events it covers (and alone), how often others confirm its statements, the sides it takes in
// conflicts, the loaded words it uses in its own voice vs only quotes, hedges, whom it quotes.
import type { Command } from 'commander';
import { dbPath, withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { outletNamed, storedOutletProfiles } from '../../pipeline/outlet-profiles.ts';
import { eventBrief } from '../../pipeline/event-brief.ts';
import { outletsMarkdown } from '../../report/markdown.ts';

const FORMATS = ['md', 'json'] as const;

export function register(program: Command): void {
  program
    .command('outlets')
    .description('each outlet across the stored events: coverage, corroboration, conflict sides, own-voice vs quoted framing, hedges, quotes')
    .option('--format <format>', 'md or json', 'md')
    .option('--outlet <name>', 'only outlets whose name holds this (case-insensitive)')
    .option('--no-embed', 'align facts by wording only (no sentence embeddings; faster)')
    .action(async (opts: { format: string; outlet?: string; embed: boolean }, cmd: Command) => {
      const format = opts.format as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      await withStore(cmd, async (store) => {
        if (!store.events().events.length) throw new UsageError(`no events stored in ${dbPath(cmd)} (run \`parallax analyze <inputs…>\` first)`);
        const { profiles: all, texts } = await storedOutletProfiles(store, (e) => eventBrief(store, e, { embed: opts.embed !== false }), { embedAhead: opts.embed !== false });
        const profiles = opts.outlet ? outletNamed(all, opts.outlet) : all;
        if (opts.outlet && !profiles.length) throw new UsageError(`no outlet named like "${opts.outlet}" (outlets: ${all.map((p) => p.outlet).join(', ')})`);
        process.stdout.write(format === 'json' ? JSON.stringify(profiles, null, 2) + '\n' : `# Outlets\n\n${outletsMarkdown(profiles, texts)}\n`);
      });
    });
}
