// Where an event sits on a timeline: its day, or the middle of its range when only a range is
// known (an open-ended range sits at its known end). Undated events go last.
import type { Event } from '../types.ts';
import { dayNumber } from './time-feature.ts';

export function timelineKey(e: Event): number {
  const lo = e.date.start ? dayNumber(e.date.start) : null;
  const hi = e.date.end ? dayNumber(e.date.end) : null;
  if (lo !== null && hi !== null) return (lo + hi) / 2;
  return lo ?? hi ?? Number.POSITIVE_INFINITY;
}

export function byTimeline(a: Event, b: Event): number {
  return timelineKey(a) - timelineKey(b) || a.id.localeCompare(b.id);
}
