// Who published the article, with evidence. Only publisher signals count: an explicit field,
// a "Via <url>" line, an agency dateline or sign-off marker, the URL's domain. Names that
// appear inside the story ("the Kremlin said", "state media reported") are attributions, not
// publishers, and are never used.
import type { Evidence, OutletRef } from '../types.ts';
import type { CleanResult } from './boilerplate.ts';
import type { Dateline } from './published.ts';
import { hostOf, type OutletEntry, type OutletRegistry } from './registry.ts';

export interface OutletSignals {
  field?: string; // explicit outlet/source field or page metadata (og:site_name, JSON-LD publisher)
  fieldRule?: string;
  url?: string | null;
  clean: CleanResult;
  dateline: Dateline | null;
  /** The clean text, to find markers still in it (head and tail lines only). */
  text: string;
  /** Title of the feed the item came from (RSS channel, Atom feed, JSON Feed). */
  feedTitle?: string;
  /** The site name a page's <title> carries after its headline ("Headline | Site"). */
  titleSite?: string;
}

// "Velmora Tide - Top Stories", "Velmora Tide RSS": the generic part names the feed, not the outlet
const FEED_GENERIC = /(?:\s*[-–—|:»]\s*(?:rss|atom|feed|rss feed|news feed|latest(?: news| stories| headlines)?|breaking news|top stories|top news|all stories|headlines|news|home|front page)|\s+(?:rss|atom)(?:\s+feed)?)\s*$/i;

/** The feed title as outlet candidate: a registry outlet when it names one, else its own words. */
function feedCandidate(title: string, registry: OutletRegistry): OutletRef | null {
  const full = title.replace(/\s+/g, ' ').trim();
  if (!full || full.length > 120) return null;
  const short = full.replace(FEED_GENERIC, '').trim() || full;
  const head = short.split(/\s+[-–—|:»]\s+/)[0]!.trim();
  const e = registry.byName(full) ?? registry.byName(short) ?? registry.byName(head) ?? registry.byLine(full);
  return ref(e, short, [{ rule: 'feed-channel', text: full, note: 'title of the feed the item came from (weaker than page or URL evidence)' }]);
}

function ref(entry: OutletEntry | null, name: string, evidence: Evidence[]): OutletRef {
  return entry
    ? { name: entry.name, id: entry.id, country: entry.country, ownership: entry.ownership, evidence }
    : { name, id: null, country: null, ownership: 'unknown', evidence };
}

/** Candidates strongest first; the first one wins, agreeing ones add their evidence. */
export function detectOutlet(s: OutletSignals, registry: OutletRegistry): OutletRef | null {
  const found: OutletRef[] = [];
  if (s.field?.trim()) {
    const name = s.field.trim();
    const e = registry.byName(name) ?? registry.byDomain(name);
    found.push(ref(e, name, [{ rule: s.fieldRule ?? 'explicit-field', text: name, note: 'outlet named by the input itself' }]));
  }
  for (const v of s.clean.vias) {
    const host = hostOf(v.url);
    if (!host) continue;
    const e = registry.byDomain(host);
    found.push(ref(e, host, [{ rule: 'via-line', text: v.text, line: v.line, note: `"Via" line (input line ${v.line}, removed from the text) names the original publisher` }]));
  }
  const d = s.dateline;
  if (d?.agency) {
    const name = d.agency.name;
    const e = registry.byMarker(d.agency.form) ?? registry.byName(name);
    // a bare "(X) -" counts only for a known outlet; with a CAPS place it is a real dateline
    if (e || d.place)
      found.push(ref(e, name, [{ rule: 'dateline', start: d.agency.start, end: d.agency.end, text: d.text, note: 'agency named in the dateline' }]));
  }
  for (const m of s.clean.markers) {
    // only outlets the registry knows (bundled or user file): a name is never guessed from text
    const e = registry.byName(m.name) ?? registry.byMarker(m.text) ?? registry.byMarker(m.name) ?? registry.byLine(m.text);
    const what = m.rule === 'sign-off' ? 'publisher sign-off' : m.rule === 'site-name' ? 'site name above the story' : m.rule === 'byline-agency' ? 'agency named in the byline' : 'publisher marker';
    if (e) found.push(ref(e, m.name, [{ rule: m.rule, text: m.text, line: m.line, note: `${what} (input line ${m.line}, removed from the text)` }]));
  }
  // registry markers still in the first or last lines of the text ("(Reuters)", "/TASS/")
  const lines = s.text.split('\n');
  const edges = [...lines.slice(0, 3).map((l, i) => [l, i] as const), ...lines.slice(-2).map((l, i) => [l, lines.length - 2 + i] as const)];
  let offset = 0;
  const starts = lines.map((l) => ((offset += l.length + 1), offset - l.length - 1));
  for (const [line, i] of edges) {
    const hit = registry.findMarker(line);
    // a marker that is just a name ("Brenholm Evening Post") inside a sentence is an attribution
    // ("told the Brenholm Evening Post"); only marks like "/TASS/", "(CWS)" or a line opening count
    if (hit && /^[\p{L}\p{N} .&'’]+$/u.test(hit.marker) && !(hit.index === line.search(/\S/) && /^\s*[-–—:|]/.test(line.slice(hit.index + hit.marker.length))))
      continue;
    if (hit) found.push(ref(hit.entry, hit.entry.name, [{ rule: 'outlet-marker', start: starts[i]! + hit.index, end: starts[i]! + hit.index + hit.marker.length, text: hit.marker, note: 'publisher marker at the head or tail of the text' }]));
  }
  // a URL on a registry domain outranks the feed title; an unknown host is weaker than it
  const feed = s.feedTitle ? feedCandidate(s.feedTitle, registry) : null;
  const host = s.url ? hostOf(s.url) : null;
  const hostEntry = host ? registry.byDomain(host) : null;
  const byUrl = host ? ref(hostEntry, host, [{ rule: 'url-domain', text: host, note: 'domain of the article URL' }]) : null;
  if (byUrl && hostEntry) found.push(byUrl);
  if (s.titleSite) {
    // weaker than a registry domain, stronger than a feed title or an unknown host
    const e = registry.byName(s.titleSite) ?? registry.byLine(s.titleSite);
    found.push(ref(e, s.titleSite, [{ rule: 'title-suffix', text: s.titleSite, note: "site name after the headline in the page's <title>" }]));
  }
  if (feed) found.push(feed);
  if (byUrl && !hostEntry) found.push(byUrl);
  if (found.length === 0) return null;
  const best = found[0]!;
  const key = (r: OutletRef) => r.id ?? r.name.toLowerCase();
  for (const r of found.slice(1)) if (key(r) === key(best)) best.evidence.push(...r.evidence);
  return best;
}
