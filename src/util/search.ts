/** Index of the last item whose `start` is at or before `pos` in a list sorted by start; -1 when none. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0, hi = items.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
