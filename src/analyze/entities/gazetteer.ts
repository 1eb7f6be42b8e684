// The gazetteer (data/gazetteer.json) plus user aliases, indexed for fast lookups.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, Warning } from '../../types.ts';
import { aliasKey, foldName, surnameKey } from './normalize.ts';

export interface GazRole {
  role: string; // "president", "foreign minister", ...
  of: string | null; // id of the country/organisation
  from: string | null; // ISO date
  to: string | null;
}

export interface GazEntity {
  id: string;
  name: string;
  type: EntityType;
  kind?: string; // "country", "city", "region"
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  country?: string;
  roles?: GazRole[];
  surname?: string | null; // null: never link a bare surname (e.g. "May")
}

export interface Gazetteer {
  byId: Map<string, GazEntity>;
  /** aliasKey(alias) -> id, for case-insensitive matching of names. */
  alias: Map<string, string>;
  /** Exact-case acronyms ("UN", "US", "WHO") -> id: only matched as written. */
  acronym: Map<string, string>;
  /** Lower-cased demonym ("russian", "russians") -> country id. */
  demonym: Map<string, string>;
  /** Surname key -> person id, only when one known person has that surname. */
  surname: Map<string, string>;
  /** Longest alias length in words, bounds the matcher. */
  maxWords: number;
  /** Every word-prefix of every alias key ("united", "united nations"): lets the matcher stop early. */
  prefixes: Set<string>;
}

const DATA_PATH = fileURLToPath(new URL('../../../data/gazetteer.json', import.meta.url));

function isAcronym(s: string): boolean {
  return /^[A-Z0-9.&-]+$/.test(s) && /[A-Z]/.test(s) && s.replace(/[^A-Z]/g, '').length <= 6;
}

function pluralDemonym(d: string): string[] {
  if (/(?:sh|ch|ese|ss|s|i)$/i.test(d) && !/i$/i.test(d)) return [];
  return [d + 's'];
}

export function buildGazetteer(entities: GazEntity[], userAliases: Record<string, string> = {}): Gazetteer {
  const g: Gazetteer = { byId: new Map(), alias: new Map(), acronym: new Map(), demonym: new Map(), surname: new Map(), maxWords: 1, prefixes: new Set() };
  const surnameCount = new Map<string, string[]>();
  const addAlias = (a: string, id: string, override = false) => {
    if (!a) return;
    if (isAcronym(a) && a.replace(/[^A-Za-z]/g, '').length <= 5) {
      if (override || !g.acronym.has(a)) g.acronym.set(a, id);
      if (!a.includes('.')) return; // "U.N." also matched via key below
    }
    const k = aliasKey(a);
    if (override || !g.alias.has(k)) g.alias.set(k, id);
    g.maxWords = Math.max(g.maxWords, k.split(' ').length);
  };
  for (const e of entities) {
    const prev = g.byId.get(e.id);
    const merged: GazEntity = prev ? { ...prev, ...e, aliases: [...(prev.aliases ?? []), ...(e.aliases ?? [])] } : e;
    g.byId.set(e.id, merged);
    addAlias(e.name, e.id);
    for (const a of e.aliases ?? []) addAlias(a, e.id);
    for (const d of e.demonyms ?? []) {
      for (const form of [d, ...pluralDemonym(d)]) {
        const k = foldName(form);
        if (!g.demonym.has(k)) g.demonym.set(k, e.id);
      }
    }
    if (e.type === 'person' && e.surname !== null) {
      const keys = new Set([surnameKey(e.surname ?? e.name)]);
      for (const a of e.aliases ?? []) if (a.includes(' ')) keys.add(surnameKey(a));
      for (const k of keys) {
        const list = surnameCount.get(k) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        surnameCount.set(k, list);
      }
    }
  }
  for (const [k, ids] of surnameCount) if (ids.length === 1 && k.length > 2) g.surname.set(k, ids[0]);
  for (const [a, id] of Object.entries(userAliases)) addAlias(a, id, true);
  for (const k of g.alias.keys()) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n++) g.prefixes.add(words.slice(0, n).join(' '));
  }
  return g;
}

/** Reads a user aliases file: {"aliases": {"alias": "id"}, "entities": [GazEntity...]} or an array of entities. */
export function readAliasesFile(path: string, warnings?: Warning[]): { entities: GazEntity[]; aliases: Record<string, string> } {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const out = { entities: [] as GazEntity[], aliases: {} as Record<string, string> };
    const ents = Array.isArray(raw) ? raw : (raw as { entities?: unknown }).entities;
    if (Array.isArray(ents)) {
      for (const e of ents) {
        if (e && typeof e.id === 'string' && typeof e.name === 'string') {
          const type: EntityType = ['person', 'organisation', 'place', 'other'].includes(e.type) ? e.type : 'other';
          out.entities.push({ ...e, type, aliases: Array.isArray(e.aliases) ? e.aliases.filter((a: unknown) => typeof a === 'string') : [] });
        }
      }
    }
    const al = Array.isArray(raw) ? null : (raw as { aliases?: unknown }).aliases;
    if (al && typeof al === 'object') for (const [k, v] of Object.entries(al)) if (typeof v === 'string') out.aliases[k] = v;
    return out;
  } catch (err) {
    warnings?.push({ code: 'aliases-unreadable', message: `User aliases file ${path} could not be read: ${(err as Error).message}` });
    return { entities: [], aliases: {} };
  }
}

let baseEntities: GazEntity[] | null = null;
const cache = new Map<string, Gazetteer>();

/** The built-in gazetteer plus the user aliases file (option, else env PARALLAX_ALIASES). Cached. */
export function loadGazetteer(opts: { aliasesPath?: string; warnings?: Warning[] } = {}): Gazetteer {
  const path = opts.aliasesPath ?? process.env.PARALLAX_ALIASES ?? '';
  const hit = cache.get(path);
  if (hit) return hit;
  if (!baseEntities) baseEntities = (JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { entities: GazEntity[] }).entities;
  let g: Gazetteer;
  if (path) {
    const user = readAliasesFile(path, opts.warnings);
    g = buildGazetteer([...baseEntities, ...user.entities], user.aliases);
  } else g = buildGazetteer(baseEntities);
  cache.set(path, g);
  return g;
}
