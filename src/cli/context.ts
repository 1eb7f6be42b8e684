// What every command needs from the root program: the store named by --db.
import type { Command } from 'commander';
import { openStore, type Store } from '../store/index.ts';

export function dbPath(cmd: Command): string {
  return String(cmd.optsWithGlobals().db ?? './parallax.db');
}

/** Opens the store for a command, runs fn, and always closes it. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openStore(dbPath(cmd));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
