/**
 * Pandoc-style citations in prose: [@key], [@key, p. 5], [see @a; @b, ch. 2].
 * Pure text processing, shared by the Markdown plugin (rendering), the content
 * check (unknown keys) and the data layer (which pages cite a source).
 */
export interface CitationItem {
  key: string;
  /** Page or other locator after the key, e.g. "p. 5". */
  locator?: string;
  /** Words before the key, e.g. "see". */
  prefix?: string;
}

export interface CitationMatch {
  items: CitationItem[];
  /** Offset of the opening bracket in the searched text. */
  index: number;
  /** The whole bracketed text, e.g. "[@a; @b]". */
  raw: string;
}

/**
 * Pandoc's citation keys: a letter, digit or _ first, then letters, digits and internal
 * punctuation (:.#$%&-+?<>~/), as Better BibTeX (haslanger:2012resisting) and Zotero
 * (12345) write them; @{...} takes any key, such as a Zotero item URI.
 */
const key = String.raw`(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*))`;
const bracket = /\[([^[\]\n]*@[\p{L}\p{N}_{][^[\]\n]*)\](?!\()/gu;
const item = new RegExp(String.raw`^(.*?)-?@${key}(?:\s*,\s*(.+))?$`, 'u');

/** Parses the inside of one bracket; undefined when it isn't a citation (e.g. an e-mail address). */
export function parseCitation(inner: string): CitationItem[] | undefined {
  const parts = inner.split(';').map((p) => p.trim());
  const items: CitationItem[] = [];
  for (const part of parts) {
    const m = item.exec(part);
    if (!m || /\S@/.test(part.slice(0, part.indexOf('@') + 1))) return undefined;
    const entry: CitationItem = { key: (m[2] ?? m[3])! };
    const prefix = m[1]!.trim();
    const locator = m[4]?.trim();
    if (prefix) entry.prefix = prefix;
    if (locator) entry.locator = locator;
    items.push(entry);
  }
  return items.length ? items : undefined;
}

/** Every citation in a text, in order. Code spans and fenced code are skipped. */
export function findCitations(text: string): CitationMatch[] {
  const masked = maskCode(text);
  const found: CitationMatch[] = [];
  for (const m of masked.matchAll(bracket)) {
    const items = parseCitation(m[1]!);
    if (items) found.push({ items, index: m.index, raw: text.slice(m.index, m.index + m[0].length) });
  }
  return found;
}

/** Replaces code with spaces of the same length so offsets stay valid. */
export function maskCode(text: string): string {
  return text
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, (s) => s.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length));
}

/** Unique cited keys of a text, in order of first citation. */
export function citedKeys(text: string): string[] {
  return [...new Set(findCitations(text).flatMap((c) => c.items.map((i) => i.key)))];
}
