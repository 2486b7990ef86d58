/**
 * Reads a reference manager's export (BibTeX, RIS or CSL-JSON) with Citation.js and
 * merges it into the sources without duplicates: same DOI first, then same title and year.
 * Pure apart from parsing: the CLI (src/cli/sources-add.ts) reads and writes the files.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Problem } from '../check/problems.ts';
import { parseFriendly } from '../check/zod-problems.ts';
import { fieldPath } from '../check/problems.ts';
import { itemSpans } from '../loading/content-files.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { citationKeys, exportedId, plainText } from './csl-items.ts';

export type ImportFormat = 'bibtex' | 'ris' | 'csl';

export function formatOf(file: string): ImportFormat | undefined {
  if (/\.(bib|bibtex)$/i.test(file)) return 'bibtex';
  if (/\.(ris|txt)$/i.test(file)) return 'ris';
  if (/\.json$/i.test(file)) return 'csl';
  return undefined;
}

export interface ParsedImport {
  items: Record<string, unknown>[];
  /** 1-based line where each item starts. */
  lines: number[];
  problems: Problem[];
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Where each entry starts: @type{ in BibTeX, TY  - in RIS, { at depth 1 in CSL-JSON. */
function entryLines(text: string, format: ImportFormat): number[] {
  if (format === 'csl') return itemSpans(text).map(([from]) => lineAt(text, from));
  const re = format === 'bibtex' ? /^[ \t]*@(?!comment|string|preamble)\w+\s*[{(]/gim : /^TY {2}- /gm;
  return [...text.matchAll(re)].map((m) => lineAt(text, m.index));
}

export async function parseImport(file: string, text: string): Promise<ParsedImport> {
  const format = formatOf(file);
  text = text.replace(/^\uFEFF/, '');
  if (!format)
    return {
      items: [],
      lines: [],
      problems: [
        {
          file,
          line: 1,
          field: 'file',
          message: 'is not a .bib, .ris or .json file; export BibTeX, RIS or CSL-JSON from your reference manager',
          severity: 'error',
        },
      ],
    };
  let data: Record<string, unknown>[];
  try {
    const input = format === 'csl' ? JSON.parse(text) : text;
    data = (await Cite.async(input, format === 'csl' ? { forceType: '@csl/list+object' } : undefined)).data;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const at = /line (\d+)/.exec(message);
    return {
      items: [],
      lines: [],
      problems: [
        {
          file,
          line: at ? Number(at[1]) : 1,
          field: 'file',
          message: `could not be read as ${format === 'csl' ? 'CSL-JSON' : format === 'ris' ? 'RIS' : 'BibTeX'} (${message.split('\n')[0]!.replace(/\s+at line.*$/, '')}); check the entry there for an unclosed brace or quote`,
          severity: 'error',
        },
      ],
    };
  }
  const items = data.map((d) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d)) if (!k.startsWith('_')) out[k] = v;
    // RIS has no ids; Citation.js invents temp_id_..., which is no key anyone would type.
    if (typeof out['id'] === 'string' && out['id'].startsWith('temp_id_')) delete out['id'];
    return out;
  });
  const lines = entryLines(text, format);
  if (!items.length)
    return {
      items,
      lines,
      problems: [
        { file, line: 1, field: 'file', message: 'holds no entries; export at least one reference', severity: 'error' },
      ],
    };
  return { items, lines, problems: [] };
}

export type ImportOutcome =
  | { action: 'added'; key: string; line: number; title: string }
  | { action: 'skipped'; key: string; line: number; title: string; reason: string }
  | { action: 'refused'; line: number; title: string; problem: Problem };

const norm = (s: unknown) =>
  String(s ?? '')
    .replace(/<[^>]+>/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const yearOf = (i: Record<string, unknown>) =>
  String((i['issued'] as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? '');
const doiOf = (i: Record<string, unknown>) =>
  String(i['DOI'] ?? '')
    .toLowerCase()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//, '');

/**
 * Decides, per imported item, whether to add it: refused when it fails the sources schema,
 * skipped when an existing (or earlier imported) source has its DOI, or its title and year.
 */
export function mergeImport(
  file: string,
  parsed: ParsedImport,
  existing: { key: string; item: Record<string, unknown> }[],
): { outcomes: ImportOutcome[]; added: Record<string, unknown>[] } {
  const known = [...existing];
  const outcomes: ImportOutcome[] = [];
  const added: Record<string, unknown>[] = [];
  const keys = citationKeys([...existing.map((e) => e.item), ...parsed.items]).slice(existing.length);
  parsed.items.forEach((raw, i) => {
    const line = parsed.lines[i] ?? 1;
    const key = keys[i]!;
    const item: Record<string, unknown> = { ...raw, id: exportedId(raw) || key };
    const full = plainText(String(item['title'] ?? ''));
    const title = full.length > 70 ? `${full.slice(0, 69)}…` : full;
    const result = parseFriendly(sourceSchema, item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      outcomes.push({
        action: 'refused',
        line,
        title,
        problem: {
          file,
          line,
          field: `entry ${i + 1} (${exportedId(raw) || title}).${fieldPath(issue.path)}`,
          message: issue.message,
          severity: 'error',
        },
      });
      return;
    }
    const doi = doiOf(item);
    const twin = known.find(
      (k) =>
        (doi && doiOf(k.item) === doi) ||
        (norm(k.item['title']) === norm(item['title']) && yearOf(k.item) === yearOf(item)),
    );
    if (twin) {
      const reason = doi && doiOf(twin.item) === doi ? `same DOI as ${twin.key}` : `same title and year as ${twin.key}`;
      outcomes.push({ action: 'skipped', key: twin.key, line, title, reason });
      return;
    }
    known.push({ key, item });
    added.push(item);
    outcomes.push({ action: 'added', key, line, title });
  });
  return { outcomes, added };
}
