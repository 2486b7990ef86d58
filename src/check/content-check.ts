/**
 * Checks a whole content folder the way the build would, without building: schemas,
 * references between entries, citation keys, internal links, dates. Every problem is
 * collected (not just the first) so an editor can fix them all in one pass.
 */
import { dirname, resolve } from 'node:path';
import { type CollectionName, collections, sectionNames } from '../schemas/collections.ts';
import { idPattern } from '../schemas/base.ts';
import { findCitations, maskCode } from '../citations/citations.ts';
import { moduleProse } from '../loading/module-prose.ts';
import { headingIds, personalDataProblems } from './content-rules.ts';
import { siteComponents } from './components.ts';
import { checkMarkdown, checkPlainText } from './markdown-gate.ts';
import { exportedId, publicItem } from '../citations/csl-items.ts';
import { imageProblems } from './content-images.ts';
import { slideProblems } from './slides.ts';
import { loadContent, type RawEntry } from '../loading/content-files.ts';
import { lineAt } from '../loading/frontmatter.ts';
import { fieldPath, type Problem } from './problems.ts';
import { entryPath } from '../site/routes.ts';
import { publishedPaths } from '../site/published.ts';
import { refSlots, valuesAt } from '../loading/schema-refs.ts';
import { slugify } from '../site/slug.ts';
import { didYouMean } from './suggest.ts';
import { parseFriendly, problemsFromZod } from './zod-problems.ts';

export interface CheckedEntry extends RawEntry {
  /** The entry after its schema's defaults and transforms. */
  parsed: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

export interface CheckOptions {
  contentRoot: string;
  projectRoot: string;
  /** Today's date as YYYY-MM-DD; dates after it are refused. */
  today?: string;
}

export function checkContent({
  contentRoot,
  projectRoot,
  today = new Date().toISOString().slice(0, 10),
}: CheckOptions): CheckResult {
  const { entries: raw, problems } = loadContent(contentRoot, projectRoot);
  const entries: CheckedEntry[] = [];

  for (const entry of raw) {
    const spec = collections[entry.collection];
    if (spec.format === 'mdx' && !idPattern.test(entry.id)) {
      problems.push({
        file: entry.file,
        line: 1,
        field: 'file name',
        message: `"${entry.id}" is not a valid id; rename the file in lowercase words joined by hyphens, e.g. ${slugify(entry.id)}.mdx`,
        severity: 'error',
      });
    }
    const result = parseFriendly(spec.schema, entry.data);
    if (!result.success) {
      const found = problemsFromZod(result.error, entry.file, entry.lineOf);
      // A source's problems name the item, since a minified export puts every item on line 1.
      problems.push(...(entry.label ? found.map((p) => ({ ...p, field: `${entry.label}.${p.field}` })) : found));
      continue;
    }
    entries.push({ ...entry, parsed: result.data as Record<string, unknown> });
    if (spec.format === 'csl') problems.push(...sourceFieldProblems(entry, result.data as Record<string, unknown>));
  }

  // Ids of entries that failed their schema still count as existing, so one mistake
  // doesn't cascade into "not an entry" errors in every file that refers to it.
  const known = idsByCollection(raw);
  problems.push(
    ...duplicateIds(entries),
    ...duplicateSourceIds(entries),
    ...danglingRefs(entries, known),
    ...citationProblems(entries, known),
    ...linkProblems(entries, raw),
  );
  problems.push(...futureDates(entries, today), ...uncitedSources(entries), ...slideProblems(entries));
  problems.push(...gateProblems(raw, entries, projectRoot), ...malformedCitations(raw, known));
  problems.push(...imageProblems(contentRoot, projectRoot));
  return { problems, entries };
}

/**
 * Every text that reaches a page goes through the content gate: entry bodies and the
 * Markdown kept in frontmatter (module sections) as Markdown, every other string field as
 * plain text. CSL fields may carry the few tags citation styles understand.
 */
function gateProblems(raw: RawEntry[], entries: CheckedEntry[], projectRoot: string): Problem[] {
  const voteCases = entries.filter((e) => e.collection === 'cases' && e.parsed['vote']).map((e) => e.id);
  const components = siteComponents({ voteCases });
  const problems: Problem[] = [];
  for (const e of raw) {
    if (e.body) {
      const syntax = e.file.endsWith('.mdx') ? 'mdx' : 'markdown';
      const dir = dirname(resolve(projectRoot, e.file));
      problems.push(...checkMarkdown(e.body, { file: e.file, line: e.bodyLine, column: 1, syntax, components, dir }));
      problems.push(...personalDataProblems(e.file, e.body, e.bodyLine));
    }
    const prose = moduleProse(e.data);
    const prosePaths = new Set(prose.map((f) => fieldPath(f.path)));
    for (const f of prose)
      problems.push(
        ...checkMarkdown(f.text, { file: e.file, line: e.textLineOf(f.path), field: fieldPath(f.path), components }),
      );
    const allowTags = collections[e.collection].format === 'csl' ? cslMarkup : [];
    for (const { path, value } of stringsIn(e.data)) {
      const field = fieldPath(path);
      if (prosePaths.has(field)) continue;
      problems.push(...checkPlainText(value, { file: e.file, line: e.lineOf(path), field, allowTags }));
    }
  }
  return problems;
}

/** The rich-text tags CSL processors (citeproc-js) understand in titles (span for class="nocase"; no style or handler attributes pass). */
const cslMarkup = ['i', 'b', 'sup', 'sub', 'sc', 'span'];

function stringsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k]));
  return [];
}

/**
 * Text that looks like a citation but is not one would be printed as it stands: an unclosed
 * [@key, or a key in the wrong case (keys match exactly, so [@Doe-2020] is not doe-2020).
 */
function malformedCitations(raw: RawEntry[], ids: Map<string, Set<string>>): Problem[] {
  const keys = ids.get('sources') ?? new Set<string>();
  const problems: Problem[] = [];
  for (const e of raw) {
    const texts = [
      { text: e.body, line: (index: number) => e.bodyLine + lineAt(e.body, index) - 1 },
      ...moduleProse(e.data).map((f) => ({
        text: f.text,
        line: (index: number) => e.textLineOf(f.path) + lineAt(f.text, index) - 1,
      })),
    ];
    for (const { text, line } of texts) {
      const masked = maskCode(text);
      const found = new Set(findCitations(text).map((c) => c.index));
      for (const m of masked.matchAll(/\[(?:[^[\]\n]*?[\s;])?-?@([^\s;,\]]*)/g)) {
        if (found.has(m.index)) continue;
        const rest = masked.slice(m.index);
        const close = /^\[[^[\]\n]*\]/.exec(rest);
        if (close && rest[close[0].length] === '(') continue; // a link whose text starts with @
        const key = m[1]!;
        const exact = [...keys].find((k) => k.toLowerCase() === key.toLowerCase());
        const message = !close
          ? `${rest.split('\n')[0]!.slice(0, 40)} opens a citation but never closes it; end it with ], e.g. [@${exact ?? (key || 'key')}]`
          : exact
            ? `[@${key}] differs from the source key "${exact}" only in capitals; keys match exactly, so write [@${exact}]`
            : `${close[0]} is not a citation: keys are lowercase words joined by hyphens, e.g. [@doe-2020].${didYouMean(key.toLowerCase(), keys)}`;
        problems.push({ file: e.file, line: line(m.index), field: 'citation', message, severity: 'error' });
      }
    }
  }
  return problems;
}

function idsByCollection(entries: RawEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!map.has(e.collection)) map.set(e.collection, new Set());
    map.get(e.collection)!.add(e.id);
    // A source can be cited by its readable key or by the id its reference manager exported.
    for (const alias of e.aliases ?? []) map.get(e.collection)!.add(alias);
  }
  return map;
}

/**
 * The gate (gateProblems) already holds every string of a source to the plain-text rules;
 * this adds what is particular to references: an address exported as http:// is accepted as
 * the reference manager wrote it, with a warning, since a reader following it is unencrypted.
 */
function sourceFieldProblems(entry: RawEntry, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const item = publicItem(data, entry.id);
  for (const [field, value] of Object.entries(item)) {
    if (typeof value !== 'string' || field === 'id') continue;
    if (field === 'URL') {
      if (value.startsWith('http://'))
        problems.push({
          file: entry.file,
          line: entry.lineOf([field]),
          field: `${entry.label}.URL`,
          message: `${value} is not encrypted; if the site also answers at https://, use that address`,
          severity: 'warning',
        });
    }
  }
  return problems;
}

/** Two items exported with one id would be cited ambiguously; their readable keys differ, so check the ids. */
function duplicateSourceIds(entries: CheckedEntry[]): Problem[] {
  const seen = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'sources') continue;
    const id = exportedId(e.data);
    const first = seen.get(id);
    if (!first) seen.set(id, e);
    else
      problems.push({
        file: e.file,
        line: e.bodyLine,
        field: `${e.label}.id`,
        message: `"${id}" is already used by ${first.file}:${first.bodyLine}; remove the duplicate or give it another id`,
        severity: 'error',
      });
  }
  return problems;
}

/** A source's key for any of the keys it can be cited by. */
function sourceKeys(entries: CheckedEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries)
    if (e.collection === 'sources') for (const k of [e.id, ...(e.aliases ?? [])]) map.set(k, e.id);
  return map;
}

function duplicateIds(entries: CheckedEntry[]): Problem[] {
  const seen = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: e.file,
        line: e.bodyLine,
        field: 'id',
        message: `"${e.id}" is already used by ${first.file}:${first.bodyLine}; give one of them a different id`,
        severity: 'error',
      });
    } else seen.set(key, e);
  }
  // Aliases and titles must point readers (and search) to one entry only.
  const names = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const aliases = (e.parsed['aliases'] as string[] | undefined) ?? [];
    aliases.forEach((alias, i) => {
      const k = `${e.collection}:${alias.toLowerCase()}`;
      const other = names.get(k);
      if (other && other !== e) {
        problems.push({
          file: e.file,
          line: e.lineOf(['aliases', i]),
          field: `aliases[${i}]`,
          message: `"${alias}" is also an alias of ${other.file}; an alias must lead to one entry, so remove it from one of them`,
          severity: 'error',
        });
      } else names.set(k, e);
    });
  }
  // Pages sit at the site's top level, so their ids must not shadow a section.
  for (const e of entries) {
    if (e.collection === 'pages' && ([...sectionNames, 'search', 'explainers'] as string[]).includes(e.id)) {
      problems.push({
        file: e.file,
        line: 1,
        field: 'file name',
        message: `"${e.id}" is the name of a section of the site; rename the page`,
        severity: 'error',
      });
    }
  }
  return problems;
}

function danglingRefs(entries: CheckedEntry[], ids: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const slot of refSlots(collections[e.collection].schema)) {
      const known = ids.get(slot.collection) ?? new Set<string>();
      for (const { path, value } of valuesAt(e.parsed, slot)) {
        if (known.has(value)) continue;
        const where = collections[slot.collection as CollectionName]?.dir ?? slot.collection;
        problems.push({
          file: e.file,
          line: e.lineOf(path),
          field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join(''),
          message: `"${value}" is not an entry in content/${where}/; use an existing id or add the entry.${didYouMean(value, known)}`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

function citationProblems(entries: CheckedEntry[], ids: Map<string, Set<string>>): Problem[] {
  const keys = ids.get('sources') ?? new Set<string>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const texts = [
      { text: e.body, line: (index: number) => e.bodyLine + lineAt(e.body, index) - 1 },
      ...moduleProse(e.data).map((f) => ({ text: f.text, line: () => e.lineOf(f.path) })),
    ];
    for (const { text, line } of texts)
      for (const c of findCitations(text)) {
        for (const item of c.items) {
          if (keys.has(item.key)) continue;
          problems.push({
            file: e.file,
            line: line(c.index),
            field: 'citation',
            message: `${c.raw} cites "${item.key}", which is not in content/sources/; add the source or correct the key.${didYouMean(item.key, keys)}`,
            severity: 'error',
          });
        }
      }
  }
  return problems;
}

const internalLink = /\]\((\/(?!\/)[^)\s#?]*)(?:[#?][^)\s]*)?(?:\s+"[^"]*")?\)/g;

function linkProblems(entries: CheckedEntry[], all: RawEntry[]): Problem[] {
  // The pages the build will write: sections and explainers only when they have entries
  // and data, entries only when published. An entry that failed its schema still counts,
  // so one mistake doesn't cascade into broken-link errors elsewhere.
  const checked = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const paths = publishedPaths([
    ...entries.map((e) => ({ collection: e.collection, id: e.id, data: e.parsed })),
    ...all
      .filter((e) => !checked.has(`${e.collection}/${e.id}`))
      .map((e) => ({ collection: e.collection, id: e.id, data: {} })),
  ]);
  // Every entry page has these ids besides its headings.
  const pageIds = ['main', 'notes-heading', 'bibliography-heading'];
  const anchors = new Map(
    all.map((e) => [entryPath(e.collection, e.id), new Set([...pageIds, ...headingIds(e.body)])]),
  );
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const m of e.body.matchAll(internalLink)) {
      const raw = m[1]!;
      const path = raw.endsWith('/') ? raw : `${raw}/`;
      const fragment = /#([^)\s]+)/.exec(m[0])?.[1];
      if (
        paths.has(path) &&
        fragment &&
        anchors.has(path) &&
        !anchors.get(path)!.has(fragment) &&
        !/^note-\d+$/.test(fragment)
      ) {
        problems.push({
          file: e.file,
          line: e.bodyLine + lineAt(e.body, m.index) - 1,
          field: 'link',
          message: `(${raw}#${fragment}) names a heading that ${path} does not have; available anchors: ${[...anchors.get(path)!].join(', ')}`,
          severity: 'error',
        });
        continue;
      }
      if (paths.has(path)) continue;
      problems.push({
        file: e.file,
        line: e.bodyLine + lineAt(e.body, m.index) - 1,
        field: 'link',
        message: `(${raw}) leads to no page of this site; link to an existing entry such as /tactics/<id>/.${didYouMean(path, paths)}`,
        severity: 'error',
      });
    }
  }
  return problems;
}

function futureDates(entries: CheckedEntry[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const field of ['date', 'end'] as const) {
      const value = e.parsed[field];
      if (typeof value === 'string' && value > today && !today.startsWith(value)) {
        problems.push({
          file: e.file,
          line: e.lineOf([field]),
          field,
          message: `${value} is in the future; cases record what has happened`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

function uncitedSources(entries: CheckedEntry[]): Problem[] {
  const cited = new Set<string>();
  const keyOf = sourceKeys(entries);
  for (const e of entries) {
    for (const text of [e.body, ...moduleProse(e.data).map((f) => f.text)])
      for (const c of findCitations(text)) for (const i of c.items) cited.add(keyOf.get(i.key) ?? i.key);
    for (const key of (e.parsed['sources'] as string[] | undefined) ?? []) cited.add(key);
  }
  return entries
    .filter((e) => e.collection === 'sources' && !cited.has(e.id))
    .map((e) => ({
      file: e.file,
      line: e.bodyLine,
      field: 'id',
      message: `"${e.id}" is never cited; cite it as [@${e.id}] where it supports a claim, or remove it`,
      severity: 'warning' as const,
    }));
}
