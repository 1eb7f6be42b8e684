// Currency marks, in one place for the two readers that need them: quantities (what an amount is
// in) and entities (a mark before an amount, "USD 300m", "A$2bn", is no name).
//
// A bare "$" (or "dollars", "cents") is the dollar of the writer's country: an Australian outlet's
// "$40 million" is Australian dollars, a US outlet's is US dollars. A country prefix ("US$", "A$")
// always says which dollar it is.

/** Signs written before a number. */
const SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR' };
/** Country prefixes glued to "$" ("A$2bn", "NZ$40m", "R$9bn"). */
const DOLLAR_PREFIXES: Record<string, string> = { us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD', nt: 'TWD', r: 'BRL' };
/** ISO codes and other word marks written before a number ("USD 300 million", "Rs 450 crore"). */
const CODES = ['USD', 'EUR', 'GBP', 'INR', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'JPY', 'CHF', 'CNY'];
const WORD_MARKS: Record<string, string> = { rs: 'INR', 'rs.': 'INR' };

/** Lower-case mark (as written, spaces trimmed) -> ISO code. */
const MARKS: Record<string, string> = { ...SIGNS, ...WORD_MARKS };
for (const [p, code] of Object.entries(DOLLAR_PREFIXES)) MARKS[p + '$'] = code;
for (const c of CODES) MARKS[c.toLowerCase()] = c;

/** Countries (ISO 3166 alpha-2) whose own currency their press writes as a bare "$". */
const LOCAL_DOLLAR: Record<string, string> = { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };

const prefixAlt = Object.keys(DOLLAR_PREFIXES)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.toUpperCase())
  .join('|');
const signClass = Object.keys(SIGNS).map((s) => (s === '$' ? '\\$' : s)).join('');

/**
 * Regex source of a currency mark before a number, spaces after it included: a sign with an
 * optional country prefix ("US$", "€"), or a word mark ("Rs.", "USD"). Used inside QTY_RE.
 */
export const CURRENCY_BEFORE_SRC = `(?:\\b(?:${prefixAlt}))?[${signClass}]\\s?|\\b(?:Rs\\.?|${CODES.join('|')})\\s?`;

const WORD_MARK_TOKEN_RE = new RegExp(`^(?:Rs|${CODES.join('|')})$`);
const PREFIX_TOKEN_RE = new RegExp(`^(?:${prefixAlt})$`);

/**
 * A capitalised token that is a currency mark, given the text right after it: a word mark before an
 * amount ("Rs 450", "USD 300m", "Rs. 25"), or a country prefix before "$" ("US$5m", "A$2bn").
 */
export function isCurrencyToken(token: string, after: string): boolean {
  if (PREFIX_TOKEN_RE.test(token) && after.startsWith('$')) return true;
  return WORD_MARK_TOKEN_RE.test(token) && /^(?:\.?\s?\d)/.test(after);
}

/** The dollar a bare "$", "dollars" or "cents" means in the press of `country`. */
export function localDollar(country: string | null | undefined): string {
  return (country && LOCAL_DOLLAR[country.toUpperCase()]) || 'USD';
}

/**
 * ISO code of a mark written before an amount ("$", "A$", "usd", "Rs."); a bare "$" is the outlet
 * country's dollar. Null for an unknown mark.
 */
export function currencyOfMark(mark: string, country?: string | null): string | null {
  const m = mark.trim().toLowerCase();
  if (m === '$') return localDollar(country);
  return MARKS[m] ?? MARKS[m.slice(-1)] ?? null;
}

