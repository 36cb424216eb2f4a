// An entry's body, which is Markdown, as one line of plain text for the list of entries.

/** Returns the first line of `markdown` that has any words, without Markdown syntax:
 *  no heading, quote or list markers, no emphasis or code marks, links as their text. */
export function plainLine(markdown: string, max = 120): string {
  for (const raw of markdown.split("\n")) {
    const line = stripInline(stripBlock(raw)).replace(/\s+/g, " ").trim();
    if (line && !/^([-*_=]\s*){3,}$/.test(line)) return line.length > max ? line.slice(0, max - 1).trimEnd() + "…" : line;
  }
  return "";
}

/** Returns `markdown` as plain lines to show without rendering it: headings marked as such,
 *  list items as items, blank lines left out. */
export function plainLines(markdown: string): { text: string; heading: boolean; item: boolean }[] {
  const out: { text: string; heading: boolean; item: boolean }[] = [];
  for (const raw of markdown.split("\n")) {
    const text = stripInline(stripBlock(raw)).replace(/\s+/g, " ").trim();
    if (!text) continue;
    out.push({ text, heading: /^\s*#{1,6}\s+/.test(raw), item: /^\s*([-*+]|\d+[.)])\s+/.test(raw) });
  }
  return out;
}

function stripBlock(line: string): string {
  return line
    .replace(/^\s{0,3}(>\s?)+/, "") // quotes
    .replace(/^\s*#{1,6}\s+/, "") // headings
    .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, "") // list items and task boxes
    .replace(/^\s*(```|~~~).*$/, ""); // code fences
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links
    .replace(/<((https?|mailto|trellis):[^>]*)>/g, "$1") // autolinks
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1") // strong
    .replace(/(^|[^\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "$1") // emphasis
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1") // strikethrough
    .replace(/`+([^`]*)`+/g, "$1") // code
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1"); // escapes
}

/** Returns a search snippet's text without Markdown's marks (emphasis, strikethrough, code,
 *  heading and quote markers), part by part, so the words and their highlights stay. */
export function plainParts<T extends { text: string }>(parts: T[]): T[] {
  return parts
    .map((p) => ({
      ...p,
      text: p.text
        .replace(/(^|\n)\s{0,3}(#{1,6}|>+)\s+/g, "$1")
        .replace(/\*{1,3}|_{2,3}|~~|`+/g, ""),
    }))
    .filter((p) => p.text.length > 0);
}
