// `parallax brief <event-id> [--format md|json|html]`: the brief of one stored event.
import type { Command } from 'commander';
import { dbPath, withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { intOption, WHOLE_SENTENCES } from '../options.ts';
import { eventBrief, findEvent } from '../../pipeline/event-brief.ts';
import { renderBrief } from '../../report/index.ts';

const FORMATS = ['md', 'json', 'html'] as const;

export function register(program: Command): void {
  program
    .command('brief')
    .description('the brief of one event: cited summary, facts, conflicts, quotes, framing, coverage')
    .argument('<event-id>', 'event id (as listed by `parallax events`; a unique prefix is enough)')
    .option('--format <format>', 'md, json or html', 'md')
    .option('--words <n>', 'summary word budget', '80')
    .option('--no-embed', 'align facts by wording only (no sentence embeddings)')
    .option('--whole-sentences', WHOLE_SENTENCES)
    .action(async (eventId: string, opts, cmd: Command) => {
      const format = String(opts.format) as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const words = intOption('--words', opts.words, 10, 2000);
      await withStore(cmd, async (store) => {
        const found = findEvent(store.events().events, eventId);
        if ('error' in found) throw new UsageError(`${found.message.replace(/^no events stored/, `no events stored in ${dbPath(cmd)}`)}`);
        const { event } = found;
        const { brief, texts } = await eventBrief(store, event, { words, embed: opts.embed !== false, wholeSentences: Boolean(opts.wholeSentences) });
        process.stdout.write(renderBrief(brief, format, texts, event.title || `Event ${event.id}`));
      });
    });
}
