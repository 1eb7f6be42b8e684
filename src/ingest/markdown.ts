// Markdown files (.md) -> plain text a reader would see: no "#" heading marks, emphasis stars,
// link targets, image tags, quote marks or code fences, so titles and sentences come out clean.
// Line structure is kept (one output line per input line) so line numbers in warnings still fit.

const INLINE: [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, ''], // images
  [/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1'], // [text](url "title")
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [text][ref]
  [/<(https?:\/\/[^>\s]+)>/g, '$1'], // autolinks
  [/`([^`\n]+)`/g, '$1'], // inline code
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'], // strong
  [/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1'], // emphasis with *
  [/(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, '$1'], // emphasis with _ (not inside snake_case words)
  [/~~(?=\S)([^\n]*?\S)~~/g, '$1'], // strike-through
];

export function markdownToText(md: string): string {
  let fenced = false;
  return md
    .split(/\r?\n/)
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      if (fenced) return line;
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // horizontal rule
      if (/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line)) return ''; // reference link definition
      let s = line
        .replace(/^\s{0,3}#{1,6}\s+/, '') // ATX heading
        .replace(/\s+#+\s*$/, (m) => (/^\s{0,3}#/.test(line) ? '' : m)) // closing hashes of a heading
        .replace(/^\s{0,3}(>\s?)+/, '') // block quote
        .replace(/^\s{0,3}(=+|-+)\s*$/, ''); // setext underline
      for (const [re, to] of INLINE) s = s.replace(re, to);
      return s;
    })
    .join('\n');
}
