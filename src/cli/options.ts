// Options shared by several commands, defined once so they read and behave the same everywhere.
import type { Command } from 'commander';
import { loadRegistry } from '../extract/registry.ts';
import { UsageError } from './errors.ts';

/** `--registry FILE` (repeatable rather than variadic, so `--registry r.json dir/` keeps dir/ as an input). */
/** Help of `--whole-sentences` (analyze, brief, summarize): BriefOptions.wholeSentences. */
export const WHOLE_SENTENCES = 'summary lines are whole sentences only (by default, with long sources, the words left are filled with the opening of one more sentence, shown with " …")';

export function registryOption(cmd: Command): Command {
  return cmd.option(
    '--registry <file>',
    'extra outlet registry JSON file, same shape as data/outlets.json (repeatable)',
    (v: string, acc: string[]) => [...acc, v],
    [] as string[],
  );
}

/** Loads the registry files once up front: a bad file is the caller's mistake (exit 2), before any work. */
export function checkRegistry(files: string[] | undefined): void {
  try {
    loadRegistry(files ?? []);
  } catch (e) {
    throw new UsageError(`--registry: ${(e as Error).message}`);
  }
}

/** `--follow-links`, the same for every command that reads inputs. */
export function followLinksOption(cmd: Command): Command {
  return cmd.option('--follow-links', 'read the page a feed item links to when the feed carries only a teaser (the item stays as it is when that fails)');
}

/** Parses a whole-number option within bounds, or says which option is wrong. */
export function intOption(name: string, raw: unknown, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
