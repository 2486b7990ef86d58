/**
 * CSL-JSON items as reference managers export them (Zotero, Better BibTeX, zotxt), turned
 * into what the site publishes: a readable citation key per item, the exported id kept as
 * an alias, private fields dropped, and CSL rich text made safe HTML or plain text.
 */
import { escapeHtml } from '../site/html.ts';
import { idPattern } from '../schemas/base.ts';
import { slugify } from '../site/slug.ts';

/** Every item type of CSL 1.0.2 (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
export const cslTypes = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

/**
 * Fields a reference manager keeps for its user, not for readers: Zotero writes its
 * "Extra" box to `note`; abstracts are copyrighted text; the rest are local bookkeeping.
 * They are never formatted, exported or shown.
 */
export const privateFields = [
  'note',
  'abstract',
  'annote',
  'keyword',
  'file',
  'attachments',
  'system_id',
  'source',
  'archive_location',
  'call-number',
];

export type CslItem = Record<string, unknown> & { id: string; type: string };

/** The item with private fields removed and its id set to the site's citation key. */
export function publicItem(item: Record<string, unknown>, key: string): CslItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!privateFields.includes(k) && !k.startsWith('_')) out[k] = v;
  out['id'] = key;
  return out as CslItem;
}

/** The id as exported: Zotero writes numbers or item URIs, Better BibTeX its keys. */
export function exportedId(item: unknown): string {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

function firstFamily(item: Record<string, unknown>): string {
  for (const role of ['author', 'editor', 'composer', 'director', 'interviewer', 'container-author']) {
    const names = item[role];
    if (Array.isArray(names) && names.length) {
      const n = names[0] as { family?: string; literal?: string };
      const word = n.family ?? n.literal ?? '';
      if (word) return n.literal ? word.split(/\s+/).slice(0, 3).join(' ') : word;
    }
  }
  return '';
}

function issuedYear(item: Record<string, unknown>): string {
  const issued = item['issued'] as { 'date-parts'?: unknown[][]; raw?: string; literal?: string } | undefined;
  const y = issued?.['date-parts']?.[0]?.[0];
  if (y !== undefined && /^-?\d+$/.test(String(y))) return String(y);
  return /\d{4}/.exec(issued?.raw ?? issued?.literal ?? '')?.[0] ?? '';
}

const stopWords = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'la', 'le', 'der', 'die', 'das']);

function titleWord(item: Record<string, unknown>, n: number): string {
  const words = slugify(plainText(String(item['title'] ?? '')))
    .split('-')
    .filter((w) => w && !stopWords.has(w));
  return words.slice(0, n).join('-');
}

/**
 * Readable citation keys for a list of items, in order. An id that is already a key
 * (lowercase words joined by hyphens with a letter, e.g. lemon-2019) is kept; any other id (Zotero's
 * 12345 or http://zotero.org/users/1/items/ABCD, Better BibTeX's Adams2001) gets
 * family-year, then a title word, then a number when that is taken.
 */
export function citationKeys(items: readonly unknown[]): string[] {
  const taken = new Set<string>();
  const keys: (string | undefined)[] = items.map((item) => {
    const id = exportedId(item);
    if (idPattern.test(id) && /[a-z]/.test(id) && !taken.has(id)) {
      taken.add(id);
      return id;
    }
    return undefined;
  });
  return keys.map((key, i) => {
    if (key) return key;
    const item = (items[i] && typeof items[i] === 'object' ? items[i] : {}) as Record<string, unknown>;
    const base = [slugify(firstFamily(item)) || titleWord(item, 2) || 'source', issuedYear(item) || 'nd'].join('-');
    for (const candidate of [base, `${base}-${titleWord(item, 1)}`, `${base}-${titleWord(item, 2)}`]) {
      if (idPattern.test(candidate) && !taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    taken.add(`${base}-${n}`);
    return `${base}-${n}`;
  });
}

/** Other keys an item can be cited by: its exported id and Better BibTeX's citation-key. */
export function aliasesOf(item: unknown, key: string): string[] {
  const data = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const out = new Set<string>();
  for (const v of [exportedId(item), data['citation-key'], data['citation_key']])
    if (typeof v === 'string' && v && v !== key) out.add(v);
  return [...out];
}

/**
 * CSL's rich text (<i>, <b>, <sup>, <sub>, <span class="nocase">, small caps) as safe
 * HTML: everything is escaped, then only those exact tags are let back in, as classes
 * (the site's Content-Security-Policy refuses style attributes).
 */
export function richTextHtml(text: string): string {
  return escapeHtml(text)
    .replace(/&lt;(\/?)(i|b|sup|sub)&gt;/g, '<$1$2>')
    .replace(/&lt;span class=&quot;nocase&quot;&gt;/g, '<span>')
    .replace(/&lt;span style=&quot;font-variant:\s*small-caps;?&quot;&gt;/g, '<span class="small-caps">')
    .replace(/&lt;\/span&gt;/g, '</span>');
}

/** CSL rich text without its markup, for <title>, meta tags and exports. */
export function plainText(text: string): string {
  return text.replace(/<\/?(i|b|sup|sub|span)(\s[^>]*)?>/g, '');
}
