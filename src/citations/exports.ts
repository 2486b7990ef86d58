/**
 * A source as readers take it away: BibTeX, RIS and CSL-JSON files (written by Citation.js,
 * which reference managers read back), and the Highwire Press `citation_*` meta tags that
 * Zotero's browser connector and Google Scholar read from a page.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { type CslItem, plainText } from './csl-items.ts';

// The site's keys have hyphens (lemon-2019), which BibTeX and Biber accept; Citation.js
// would otherwise replace them with a key of its own making.
plugins.config.get('@bibtex').format.checkLabel = false;

export type ExportFormat = 'bib' | 'ris' | 'json';

export const exportFormats: { format: ExportFormat; label: string; type: string }[] = [
  { format: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { format: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
];

/** Rich-text markup stripped, for formats that have no way to say "italic". */
function plainItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) out[k] = typeof v === 'string' ? plainText(v) : v;
  return out as CslItem;
}

export function exportItems(items: readonly CslItem[], format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ris') return new Cite(items.map(plainItem)).format('ris').replace(/\r?\n/g, '\r\n');
  // BibTeX keys are the site's citation keys, so a downloaded entry is cited the same way.
  return new Cite(items.map((i) => ({ ...i, 'citation-key': i.id }))).format('bibtex', { format: 'text' });
}

type Name = { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string };

function names(item: CslItem, role: string): string[] {
  const list = item[role];
  if (!Array.isArray(list)) return [];
  return (list as Name[]).map(
    (n) =>
      n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ') + (n.given ? `, ${n.given}` : ''),
  );
}

function dateOf(item: CslItem): string {
  const issued = item['issued'] as { 'date-parts'?: (string | number)[][]; literal?: string; raw?: string } | undefined;
  const parts = issued?.['date-parts']?.[0];
  if (parts?.length) return parts.map((p, i) => (i ? String(Number(p)).padStart(2, '0') : String(Number(p)))).join('/');
  return issued?.literal ?? issued?.raw ?? '';
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? plainText(String(v)) : '');

/**
 * Highwire Press tags (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing),
 * as pairs of name and content in the order Zotero's translator expects.
 */
export function highwireTags(item: CslItem, pageUrl?: string): [string, string][] {
  const tags: [string, string][] = [['citation_title', str(item['title'])]];
  for (const a of names(item, 'author')) tags.push(['citation_author', a]);
  for (const e of names(item, 'editor')) tags.push(['citation_editor', e]);
  const date = dateOf(item);
  if (date) tags.push(['citation_publication_date', date]);
  const container = str(item['container-title']);
  const type = item.type;
  // A web page's container is its site, which Zotero would otherwise file as a journal.
  if (container && type !== 'webpage' && type !== 'post-weblog' && type !== 'post') {
    if (type === 'chapter' || type === 'entry-encyclopedia' || type === 'entry-dictionary')
      tags.push(['citation_inbook_title', container]);
    else if (type === 'paper-conference') tags.push(['citation_conference_title', container]);
    else tags.push(['citation_journal_title', container]);
  }
  for (const [field, tag] of [
    ['volume', 'citation_volume'],
    ['issue', 'citation_issue'],
    ['ISSN', 'citation_issn'],
    ['ISBN', 'citation_isbn'],
    ['DOI', 'citation_doi'],
  ] as const) {
    const v = str(item[field]);
    if (v) tags.push([tag, v]);
  }
  const page = str(item['page']);
  if (page) {
    const [first, last] = page.split(/[-–]/);
    tags.push(['citation_firstpage', first!.trim()]);
    if (last) tags.push(['citation_lastpage', last.trim()]);
  }
  const publisher = str(item['publisher']) || str(item['authority']);
  if (type === 'report') {
    if (publisher) tags.push(['citation_technical_report_institution', publisher]);
    const number = str(item['number']);
    if (number) tags.push(['citation_technical_report_number', number]);
  } else if (type === 'thesis') {
    if (publisher) tags.push(['citation_dissertation_institution', publisher]);
  } else if (publisher) tags.push(['citation_publisher', publisher]);
  const language = str(item['language']);
  if (language) tags.push(['citation_language', language]);
  const url = str(item['URL']);
  if (url) tags.push(['citation_public_url', url]);
  if (pageUrl) tags.push(['citation_abstract_html_url', pageUrl]);
  return tags.filter(([, v]) => v);
}
