// The date many news sites put in the article path ("/2024/03/12/slug", "/2024-03-12/", "/2024/05/slug"):
// the publication day (or month), a fallback when the page states none, and a tie-breaker for a
// numeric date whose day/month order the page does not give.
import type { TimeValue } from '../types.ts';
import { dayValue, isValidDate, monthValue } from '../util/calendar.ts';

const YEAR = '((?:19|20)\\d{2})';
const DAY_PATH = new RegExp(`/${YEAR}[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)`);
const COMPACT = new RegExp(`[/_-]${YEAR}(\\d{2})(\\d{2})(?=[/._-]|$)`);
const MONTH_PATH = new RegExp(`/${YEAR}/(\\d{1,2})/(?!\\d)`);

export function urlDate(url: string | null | undefined): { value: TimeValue; text: string } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of [DAY_PATH, COMPACT]) {
    const m = re.exec(path);
    if (m && isValidDate(+m[1]!, +m[2]!, +m[3]!)) return { value: dayValue(+m[1]!, +m[2]!, +m[3]!), text: m[0].replace(/^[/_-]/, '') };
  }
  const m = MONTH_PATH.exec(path);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return { value: monthValue(+m[1]!, +m[2]!), text: m[0].slice(1, -1) };
  return null;
}
