// Outlet registry: who publishes what, kept as data (data/outlets.json) so users can add their
// own file with the same shape (`--registry FILE`). Later files override earlier ids.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ownership } from '../types.ts';

export interface OutletEntry {
  id: string;
  name: string;
  aliases?: string[];
  domains: string[];
  /** Literal strings only a publisher puts on its own copy: "/TASS/", "(Reuters)", "- Sputnik International". */
  markers: string[];
  country: string | null;
  ownership: Ownership;
}

export interface MarkerHit {
  entry: OutletEntry;
  marker: string;
  index: number;
}

export interface OutletRegistry {
  entries: OutletEntry[];
  /** A host name or URL; matches the domain or any subdomain of it. */
  byDomain(hostOrUrl: string): OutletEntry | null;
  /** Name or alias, case- and punctuation-insensitive. */
  byName(name: string): OutletEntry | null;
  /** Exact marker string. */
  byMarker(marker: string): OutletEntry | null;
  /** First registry marker occurring in text (earliest position, longest marker on ties). */
  findMarker(text: string): MarkerHit | null;
  /**
   * A whole line that is nothing but an outlet's name, alias or marker ("Aldmark Radio News",
   * "— Sputnik International", "/TASS/"), compared without case, dashes or punctuation.
   */
  byLine(line: string): OutletEntry | null;
}

const DEFAULT_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../data/outlets.json');
const OWNERSHIP = new Set<Ownership>(['state', 'public-service', 'private', 'unknown']);

export const nameKey = (s: string): string =>
  s.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

export function hostOf(hostOrUrl: string): string | null {
  let h = hostOrUrl.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(h)) {
    try {
      h = new URL(h).hostname;
    } catch {
      return null;
    }
  } else h = h.split('/')[0]!;
  h = h.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(h) ? h : null;
}

/** Names a page host gives its site: the host and its name label ("velmora-tide" of "news.velmora-tide.com"). */
export function hostSiteNames(host: string | null): string[] {
  if (!host) return [];
  const label = host.split('.').slice(0, -1).pop();
  return label ? [host, label] : [host];
}

function validate(raw: unknown, file: string): OutletEntry[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: outlet registry must be a JSON array`);
  return raw.map((e: Record<string, unknown>, i) => {
    if (!e || typeof e.name !== 'string' || !e.name.trim()) throw new Error(`${file}: entry ${i} has no name`);
    const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);
    const own = typeof e.ownership === 'string' && OWNERSHIP.has(e.ownership as Ownership) ? (e.ownership as Ownership) : 'unknown';
    return {
      id: typeof e.id === 'string' && e.id ? e.id : nameKey(e.name),
      name: e.name.trim(),
      aliases: strs(e.aliases),
      domains: strs(e.domains).map((d) => hostOf(d) ?? d.toLowerCase()),
      markers: strs(e.markers),
      country: typeof e.country === 'string' && e.country ? e.country : null,
      ownership: own,
    };
  });
}

export function buildRegistry(entries: OutletEntry[]): OutletRegistry {
  const byId = new Map<string, OutletEntry>();
  for (const e of entries) byId.set(e.id, e); // later files override
  const all = [...byId.values()];
  const domains = new Map<string, OutletEntry>();
  const names = new Map<string, OutletEntry>();
  const markers = new Map<string, OutletEntry>();
  for (const e of all) {
    for (const d of e.domains) domains.set(d, e);
    for (const n of [e.name, ...(e.aliases ?? [])]) if (nameKey(n)) names.set(nameKey(n), e);
    for (const m of e.markers) markers.set(m, e);
  }
  const markerList = [...markers.keys()].sort((a, b) => b.length - a.length);
  const markerKeys = new Map<string, OutletEntry>();
  for (const [m, e] of markers) if (nameKey(m)) markerKeys.set(nameKey(m), e);
  return {
    entries: all,
    byDomain(hostOrUrl) {
      let h = hostOf(hostOrUrl);
      while (h && h.includes('.')) {
        const e = domains.get(h);
        if (e) return e;
        h = h.slice(h.indexOf('.') + 1);
      }
      return null;
    },
    byName: (name) => names.get(nameKey(name)) ?? null,
    byMarker: (m) => markers.get(m) ?? null,
    byLine(line) {
      const bare = line.trim().replace(/^[-–—|•·]+\s*/, '');
      const k = nameKey(bare);
      const e = k ? (names.get(k) ?? markerKeys.get(k) ?? null) : null;
      if (!e || /\s/.test(bare)) return e;
      // one word ("Time", "Dawn", "AP"): only as the outlet writes it, so a common word is not a name
      const letters = (x: string) => x.replace(/[^\p{L}\p{N}]+/gu, '');
      return [e.name, ...(e.aliases ?? []), ...e.markers].some((x) => letters(x) === letters(bare)) ? e : null;
    },
    findMarker(text) {
      let best: MarkerHit | null = null;
      for (const m of markerList) {
        const i = text.indexOf(m);
        if (i >= 0 && (!best || i < best.index)) best = { entry: markers.get(m)!, marker: m, index: i };
      }
      return best;
    },
  };
}

let cachedDefault: OutletEntry[] | null = null;

/** The bundled registry plus any user files (same JSON shape: an array of entries). */
export function loadRegistry(extraFiles: string[] = []): OutletRegistry {
  cachedDefault ??= validate(JSON.parse(readFileSync(DEFAULT_FILE, 'utf8')), DEFAULT_FILE);
  const extra = extraFiles.flatMap((f) => validate(JSON.parse(readFileSync(f, 'utf8')), f));
  return buildRegistry([...cachedDefault, ...extra]);
}
