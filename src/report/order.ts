// The timeline order of a report's events: the same placement the storylines use
// (a day, or the middle of a range; undated last), so the report and `timeline` agree.
import { byTimeline } from '../events/order.ts';
import type { Event } from '../types.ts';
import type { ReportEvent } from './types.ts';

const UNKNOWN = { start: null, end: null, precision: 'unknown', label: 'date unknown', evidence: [] } as const;

export function byDate(events: ReportEvent[]): ReportEvent[] {
  const asEvent = (e: ReportEvent) => ({ ...e, date: e.date ?? UNKNOWN }) as unknown as Event;
  return [...events].sort((x, y) => byTimeline(asEvent(x), asEvent(y)));
}
