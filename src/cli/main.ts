// The `parallax` command: a root program with a global --db option; each command lives in
// commands/<name>.ts and registers itself. Exit codes: src/cli/exit.ts.
import { Command, CommanderError } from 'commander';
import { register as analyze } from './commands/analyze.ts';
import { register as articles } from './commands/articles.ts';
import { register as brief } from './commands/brief.ts';
import { register as events } from './commands/events.ts';
import { register as ingest } from './commands/ingest.ts';
import { register as outlets } from './commands/outlets.ts';
import { register as serve } from './commands/serve.ts';
import { register as show } from './commands/show.ts';
import { register as summarize } from './commands/summarize.ts';
import { register as timeline } from './commands/timeline.ts';
import { register as watch } from './commands/watch.ts';
import { register as why } from './commands/why.ts';
import { UsageError } from './errors.ts';
import { EXIT } from './exit.ts';


export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('News-event intelligence: what happened, when, who reports it, and how each outlet frames it.')
    .option('--db <path>', 'SQLite database file', process.env.PARALLAX_DB ?? './parallax.db')
    .showHelpAfterError()
    .exitOverride();
  for (const reg of [ingest, articles, show, analyze, events, why, timeline, brief, outlets, summarize, serve, watch]) reg(program);
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      return EXIT.usage; // commander already printed the message
    }
    if (err instanceof UsageError) {
      process.stderr.write(`parallax: ${err.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.PARALLAX_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return EXIT.failed;
  }
}
