// The few DOM members the page readers use, so they take linkedom's document (or any other
// DOM) without depending on its types.
export interface El {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  children: ArrayLike<El>;
}

export interface DocLike {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<unknown>;
}

/** Page chrome: navigation, header, footer, sidebars and forms hold no story text. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
