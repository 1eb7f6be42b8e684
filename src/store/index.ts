import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type { Store, EventSet } from './store.ts';

/** Opens (creating and migrating if needed) the store at `path`; ':memory:' for a throwaway one. */
export function openStore(path: string): Store {
  return new SqliteStore(path);
}
