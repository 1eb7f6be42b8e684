// Article text and every other string goes into HTML as text, never as markup.
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => MAP[c]!);
}

/** Markdown-safe inline text: no accidental emphasis, links or HTML. */
export function mdEsc(s: unknown): string {
  return String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}
