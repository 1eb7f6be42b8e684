// `parallax brief <event-id> [--format md|json|html]`: the brief of one stored event.
import type { Command } from 'commander';
import { withStore } from '../context.ts';
import { UsageError } from '../errors.ts';
import { intOption } from '../options.ts';
import { analyzeArticle, ANALYZER_VERSION } from '../../analyze/index.ts';
import { buildBrief } from '../../brief/index.ts';
import { renderBrief } from '../../report/index.ts';
import type { Article, ArticleWithAnalysis } from '../../types.ts';

const FORMATS = ['md', 'json', 'html'] as const;

export function register(program: Command): void {
  program
    .command('brief')
    .description('the brief of one event: cited summary, facts, conflicts, quotes, framing, coverage')
    .argument('<event-id>', 'event id (as listed by `parallax events`; a unique prefix is enough)')
    .option('--format <format>', 'md, json or html', 'md')
    .option('--words <n>', 'summary word budget', '80')
    .option('--no-embed', 'align facts by wording only (no sentence embeddings)')
    .action(async (eventId: string, opts, cmd: Command) => {
      const format = String(opts.format) as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const words = intOption('--words', opts.words, 10, 2000);
      await withStore(cmd, async (store) => {
        const { events } = store.events();
        let event = events.find((e) => e.id === eventId);
        if (!event) {
          const matches = events.filter((e) => e.id.startsWith(eventId));
          if (matches.length > 1) throw new UsageError(`event id "${eventId}" is ambiguous: ${matches.slice(0, 5).map((e) => e.id).join(', ')}…`);
          event = matches[0];
        }
        if (!event) {
          throw new UsageError(
            events.length
              ? `no event "${eventId}" in ${String(cmd.optsWithGlobals().db)} (run \`parallax events\` to list them)`
              : `no events stored in ${String(cmd.optsWithGlobals().db)} (run \`parallax analyze <inputs…>\` first)`,
          );
        }
        const items: ArticleWithAnalysis[] = [];
        const texts = new Map<string, Article>();
        for (const id of event.article_ids) {
          const article = store.article(id);
          if (!article) continue;
          let analysis = store.analysis(id);
          if (!analysis || analysis.version !== ANALYZER_VERSION) analysis = analyzeArticle(article);
          items.push({ article, analysis });
          texts.set(id, article);
        }
        const brief = await buildBrief(event, items, { words, embed: opts.embed !== false });
        process.stdout.write(renderBrief(brief, format, texts, event.title || `Event ${event.id}`));
      });
    });
}
