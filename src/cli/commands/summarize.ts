// `parallax summarize <inputs…> [--words N] [--json]`: all inputs taken as one event, summarised
// with citations. `--clusters FILE.jsonl`: one cluster a line, one JSON result a line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { noteRejected } from '../exit.ts';
import { checkRegistry, intOption, registryOption, WHOLE_SENTENCES } from '../options.ts';
import { analyzeArticle } from '../../analyze/index.ts';
import { ClusterLineError, parseCluster } from '../../brief/clusters.ts';
import { summarizeItems } from '../../brief/index.ts';
import { shownText } from '../../brief/summary.ts';
import type { SummarySentence } from '../../brief/types.ts';
import { openStore } from '../../store/index.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { analyzeStored } from '../../pipeline/analyze.ts';
import type { ArticleWithAnalysis } from '../../types.ts';

function textForm(summary: SummarySentence[], items: ArticleWithAnalysis[]): string {
  const label = new Map(items.map((it) => [it.article.id, it.article.outlet?.name ?? it.article.id]));
  return summary
    .map((s) => `${shownText(s)}\n    ${s.citations.map((c) => `[${label.get(c.article_id)} · ${c.article_id} s${c.sentence + 1} ${c.start}–${c.end}]`).join(' ')}`)
    .join('\n');
}

async function clusters(file: string, words: number, embed: boolean, wholeSentences: boolean): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject);
    if (file === '-') resolve();
    else input.once('open', () => resolve());
  });
  try {
    await opened;
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let bad = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const { cluster_id, items } = parseCluster(line, lineNo, (a) => analyzeArticle(a));
      const summary = await summarizeItems(items, words, { embed, wholeSentences });
      process.stdout.write(JSON.stringify({ cluster_id, summary }) + '\n');
    } catch (err) {
      bad++;
      const msg = err instanceof ClusterLineError ? err.message : `line ${lineNo}: ${err instanceof Error ? err.message : String(err)}`;
      process.stderr.write(`parallax summarize: ${file}: ${msg}\n`);
    }
  }
  return bad;
}

export function register(program: Command): void {
  const cmd = program
    .command('summarize')
    .description('summarise inputs taken as one event (or every cluster of a JSONL file), every sentence cited')
    .argument('[inputs...]', 'files, directories, URLs, or - for stdin')
    .option('--words <n>', 'summary word budget', '80')
    .option('--json', 'print {summary:[{text, citations}]} as JSON')
    .option('--clusters <file>', 'JSONL, one {cluster_id, articles:[{id?, title, text}]} a line; prints one JSON line per cluster')
    .option('--allow-private', 'allow URLs that resolve to loopback/private addresses')
    .option('--no-embed', 'compare sentences by wording only (no sentence embeddings)')
    .option('--whole-sentences', WHOLE_SENTENCES);
  registryOption(cmd).action(async (inputs: string[], opts) => {
      const words = intOption('--words', opts.words, 10, 2000);
      checkRegistry(opts.registry);
      const embed = opts.embed !== false;
      if (opts.clusters) {
        if (inputs.length) throw new UsageError('give either --clusters FILE or inputs, not both');
        const bad = await clusters(String(opts.clusters), words, embed, Boolean(opts.wholeSentences));
        noteRejected(bad);
        return;
      }
      if (!inputs.length) throw new UsageError('nothing to summarize: give inputs, or --clusters FILE.jsonl');
      const store = openStore(':memory:');
      try {
        const ing = await ingest(store, inputs, { allowPrivate: Boolean(opts.allowPrivate), registryFiles: opts.registry });
        for (const r of ing.rejected) process.stderr.write(`parallax summarize: rejected ${r.input}: ${r.reason}\n`);
        noteRejected(ing.rejected.length);
        await analyzeStored(store);
        const items: ArticleWithAnalysis[] = [];
        for (const article of store.articles()) {
          const analysis = store.analysis(article.id);
          if (analysis) items.push({ article, analysis });
        }
        if (!items.length) throw new Error('no article could be read from the inputs');
        const summary = await summarizeItems(items, words, { embed, wholeSentences: Boolean(opts.wholeSentences) });
        if (opts.json) process.stdout.write(JSON.stringify({ summary }, null, 2) + '\n');
        else process.stdout.write(textForm(summary, items) + '\n');
      } finally {
        store.close();
      }
    });
}
