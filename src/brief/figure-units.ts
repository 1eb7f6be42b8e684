// Physical units converted to one base per quantity, so that "about 24,700 acres" and "10,000
// hectares", "106F" and "41C", "70 km/h" and "43 mph", "1.3 terabytes" and "1,300 gigabytes"
// compare as one measured value instead of four different ones.
import type { Quantity } from '../types.ts';

interface PhysUnit {
  base: string; // the unit all values of the quantity are compared in
  quantity: string; // what it measures, for labels ("area")
  factor: number; // base = value * factor + offset
  offset?: number;
}

const AREA = (factor: number): PhysUnit => ({ base: 'hectares', quantity: 'area', factor });
const LENGTH = (factor: number): PhysUnit => ({ base: 'km', quantity: 'distance', factor });
const DATA = (factor: number): PhysUnit => ({ base: 'GB', quantity: 'data', factor });
const MASS = (factor: number): PhysUnit => ({ base: 'kg', quantity: 'weight', factor });
const VOLUME = (factor: number): PhysUnit => ({ base: 'litres', quantity: 'volume', factor });
const SPEED = (factor: number): PhysUnit => ({ base: 'km/h', quantity: 'speed', factor });
const CELSIUS: PhysUnit = { base: '°C', quantity: 'temperature', factor: 1 };
const FAHRENHEIT: PhysUnit = { base: '°C', quantity: 'temperature', factor: 5 / 9, offset: (-32 * 5) / 9 };

// Unit words as the counted noun gives them (singular, lowercase); symbols as the analysis' unit.
const WORDS: Record<string, PhysUnit> = {
  hectare: AREA(1),
  ha: AREA(1),
  acre: AREA(0.404686),
  'square kilometre': AREA(100),
  'square kilometer': AREA(100),
  'sq km': AREA(100),
  km2: AREA(100),
  'km²': AREA(100),
  'square mile': AREA(258.999),
  'sq mile': AREA(258.999),
  kilometre: LENGTH(1),
  kilometer: LENGTH(1),
  km: LENGTH(1),
  mile: LENGTH(1.609344),
  metre: LENGTH(0.001),
  meter: LENGTH(0.001),
  foot: LENGTH(0.0003048),
  feet: LENGTH(0.0003048),
  petabyte: DATA(1e6),
  terabyte: DATA(1000),
  tb: DATA(1000),
  gigabyte: DATA(1),
  gb: DATA(1),
  megabyte: DATA(0.001),
  mb: DATA(0.001),
  tonne: MASS(1000),
  kilogram: MASS(1),
  kg: MASS(1),
  litre: VOLUME(1),
  liter: VOLUME(1),
  gallon: VOLUME(3.78541),
  'km/h': SPEED(1),
  kph: SPEED(1),
  mph: SPEED(1.609344),
  'degrees celsius': CELSIUS,
  'degrees fahrenheit': FAHRENHEIT,
};

// Unit symbols as the analysis gives them ("41C" → °C): never read from words ("F-16 jets").
const SYMBOLS: Record<string, PhysUnit> = {
  '°c': CELSIUS,
  c: CELSIUS,
  '°f': FAHRENHEIT,
  f: FAHRENHEIT,
  ...Object.fromEntries(['km/h', 'kph', 'mph', 'km', 'kg', 'ha'].map((s) => [s, WORDS[s]!])),
};

export interface Converted {
  base: string;
  quantity: string;
  lo: number; // the span the report allows, in the base unit
  hi: number;
  value: number;
  word: string | null; // the unit word as written after the number, when the counted noun holds it
  converted: boolean; // the value was given in another unit than the base
}

/** The physical unit of a figure, from its unit symbol or the first word(s) of what it counts. */
function unitOf(q: Quantity, after: string): { unit: PhysUnit; word: string | null } | null {
  const sym = (q.unit ?? '').toLowerCase().trim();
  if (sym) {
    if (SYMBOLS[sym]) return { unit: SYMBOLS[sym]!, word: null };
    // a unit the analysis read as a word ("6 miles"): a word of three letters or more, never a lone letter
    const hit = sym.length > 2 ? (WORDS[sym] ?? WORDS[sym.replace(/s$/, '')] ?? WORDS[sym.replace(/es$/, '')]) : undefined;
    if (!hit) return null;
    const written = /^\s*([\p{L}]+)/u.exec(after)?.[1];
    return { unit: hit, word: written && written.toLowerCase() === sym ? written : null };
  }
  // "41 degrees Celsius": the analysis counts "degrees"; the scale is the next word
  const m = /^\s*((?:square\s+|sq\s+)?[\p{L}²/]+(?:\s+(?:celsius|fahrenheit))?)/iu.exec(after);
  if (!m) return null;
  const raw = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const hit = WORDS[raw] ?? WORDS[raw.replace(/s$/, '')] ?? WORDS[raw.replace(/es$/, '')];
  return hit ? { unit: hit, word: m[1]! } : null;
}

/**
 * A figure in a physical unit, as a span in its base unit; null for counts, money and shares.
 * `span` is the span the report allows in the unit it was written in.
 */
export function convertFigure(q: Quantity, after: string, span: [number, number]): Converted | null {
  const u = unitOf(q, after);
  if (!u) return null;
  const { unit } = u;
  const conv = (v: number) => v * unit.factor + (unit.offset ?? 0);
  const converted = unit.factor !== 1 || !!unit.offset;
  // a converted value was rounded once more by whoever converted it
  const slack = converted ? 0.01 : 0;
  const lo = conv(span[0]);
  const hi = conv(span[1]);
  return {
    base: unit.base,
    quantity: unit.quantity,
    lo: Number.isFinite(lo) ? lo - Math.abs(lo) * slack : lo,
    hi: Number.isFinite(hi) ? hi + Math.abs(hi) * slack : hi,
    value: conv(q.value),
    word: u.word,
    converted,
  };
}

// "24,700 acres (10,000 hectares)", "106F (41C)", "70 km/h (43 mph)": the same figure given
// again in another unit, right after the first.
const RESTATED = /^\s*[\p{L}°/²]*\s*\(\s*(?:about|around|roughly|some|nearly|almost|or|approximately)?\s*$/iu;

/** The text between two figures says the second restates the first in another unit. */
export function restates(between: string): boolean {
  return RESTATED.test(between);
}

/** A converted value as a reader reads it: "9,996", "41.1". */
export function formatBase(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 });
}
