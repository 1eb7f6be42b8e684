// Reports that tell of an earlier event still going on ("as the port strike enters its second
// day", "fighting continued for a third day") or of its figures revised ("the death toll from
// Monday's crash rose to 57 on Tuesday", "…, raising the toll to 35", "57 people are now confirmed dead"): what such a report
// names for its own day is the same happening seen a day later, not a new one (see apartFactor
// in anchors.ts).
import type { ArticleWithAnalysis } from '../types.ts';

/** "second day", "third straight day", "4th consecutive day"; "continued", "ongoing", "dragged on". */
const ONGOING = /\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day|continu(?:es|ed|ing)|ongoing|drag(?:s|ged)\s+on|(?:went|goes|wore)\s+on|still\s+under\s+way)\b/i;
/** A toll or count of victims that rose, was revised, or now stands: the earlier event's figures updated. */
const REVISED = new RegExp(
  [
    String.raw`\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties|injured|missing)|casualt(?:y|ies))\b[^.;]{0,60}?\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|revised|raised|lowered|stands|stood|fell)\b`,
    String.raw`\b(?:revised|raised|lowered|updated)\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims))\b`,
    // "…, raising the toll to 35": more victims of the event found (a new quake that raises it is told apart by its magnitude, see measureApart)
    String.raw`\b(?:raising|bringing|pushing|taking|lifting)\s+(?:the\s+)?(?:death\s+)?toll\b`,
    String.raw`\bnow\s+(?:confirmed|known|reported)\s+(?:to\s+(?:be|have)\s+)?(?:dead|died|killed)\b`,
  ].join('|'),
  'i',
);
/** Sentences of the lede read, besides the title. */
const LEDE = 2;

/** True when the title or lede says the report's event is still going on, or updates its toll. */
export function tellsOngoing(item: ArticleWithAnalysis): boolean {
  const s = item.analysis.sentences;
  const lede = item.article.text.slice(0, s[LEDE - 1]?.end ?? s[0]?.end ?? 300);
  const title = item.article.title ?? '';
  return ONGOING.test(title) || ONGOING.test(lede) || REVISED.test(title) || REVISED.test(lede);
}
