// Deterministic ids: the same members always give the same event/storyline id.
import { createHash } from 'node:crypto';

export function stableId(prefix: string, members: string[]): string {
  const h = createHash('sha1');
  for (const m of [...members].sort()) h.update(m).update('\u0000');
  return `${prefix}-${h.digest('hex').slice(0, 12)}`;
}
