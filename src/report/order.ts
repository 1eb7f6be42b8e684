// The timeline order of a report's events.
import type { ReportEvent } from './types.ts';

/** Events in time order (earliest possible date first; undated last), stable otherwise. */
export function byDate(events: ReportEvent[]): ReportEvent[] {
  const key = (e: ReportEvent) => (e.date && 'start' in e.date && e.date.start) || '9999';
  return [...events].sort((x, y) => key(x).localeCompare(key(y)));
}
