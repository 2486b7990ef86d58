import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { lineAt, parseMdx } from './frontmatter.ts';
import { isTranslationFile } from './translations.ts';
import type { Problem } from '../check/problems.ts';
import { didYouMean } from '../check/suggest.ts';
import { aliasesOf, citationKeys, exportedId } from '../citations/csl-items.ts';

/** An entry as it sits on disk, before its schema has been applied. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The frontmatter (MDX) or the CSL item (sources). */
  data: unknown;
  /** MDX body; empty for sources. */
  body: string;
  /** Line in the file where the body starts (MDX) or where the item starts (sources). */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  /** The line on which a Markdown field's text starts (the line after `key: |` for a block). */
  textLineOf(path: readonly PropertyKey[]): number;
  /** Sources: the id as exported and any other key the item can be cited by. */
  aliases?: string[];
  /** Sources: how messages name the item, e.g. item "Adams2001", so a minified file's errors say which. */
  label?: string;
}

export interface LoadedContent {
  entries: RawEntry[];
  problems: Problem[];
}

const mdxFile = /\.mdx?$/;

/**
 * Folders under content/ that hold files entries use, not entries: images, and the
 * translators' term bases (terms/<locale>.yaml, one per language).
 */
export const assetFolders = ['images', 'terms'];

/** Reads every collection under a content root. Unreadable files become problems, not exceptions. */
export function loadContent(contentRoot: string, projectRoot: string, only?: CollectionName): LoadedContent {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const rootName = relative(projectRoot, contentRoot) || '.';
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
    problems.push({
      file: rootName,
      line: 1,
      field: 'content folder',
      message: `${contentRoot} does not exist; create it, or point COUNTERPOINT_CONTENT at an existing folder`,
      severity: 'error',
    });
    return { entries, problems };
  }
  const specs = Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][];
  if (!only) {
    const known = new Set([...specs.map(([, spec]) => spec.dir), ...assetFolders]);
    for (const name of readdirSync(contentRoot).sort()) {
      if (known.has(name) || name.startsWith('.') || !statSync(join(contentRoot, name)).isDirectory()) continue;
      problems.push({
        file: relative(projectRoot, join(contentRoot, name)),
        line: 1,
        field: 'folder',
        message: `is not a collection, so nothing in it would be published; move its files into one of ${[...known].map((k) => `${k}/`).join(', ')}.${didYouMean(name, known)}`,
        severity: 'error',
      });
    }
  }
  for (const [name, spec] of specs) {
    if (only && name !== only) continue;
    const dir = join(contentRoot, spec.dir);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const path = join(dir, fileName);
      const file = relative(projectRoot, path);
      if (statSync(path).isDirectory()) {
        problems.push({
          file,
          line: 1,
          field: 'folder',
          message: `folders inside ${spec.dir}/ are not read; move its files up into ${spec.dir}/ itself`,
          severity: 'error',
        });
        continue;
      }
      // Editors on Windows often save a byte-order mark first; it is not part of the content.
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      if (spec.format === 'csl') {
        if (fileName.endsWith('.json')) loadCsl(name, file, text, entries, problems);
        continue;
      }
      // Translations (<id>.<locale>.mdx) are loaded and checked by ./translations.ts.
      if (!mdxFile.test(fileName) || isTranslationFile(fileName)) continue;
      const parsed = parseMdx(text);
      for (const e of parsed.syntaxErrors)
        problems.push({ file, line: e.line, field: 'frontmatter', message: e.message, severity: 'error' });
      if (parsed.data === undefined) continue;
      entries.push({
        collection: name,
        id: fileName.replace(mdxFile, ''),
        file,
        data: parsed.data,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        lineOf: parsed.lineOf,
        textLineOf: parsed.textLineOf,
      });
    }
  }
  assignCitationKeys(entries.filter((e) => e.collection === 'sources'));
  return { entries, problems };
}

/** Each source gets a readable citation key; what it was exported as stays an alias. */
function assignCitationKeys(sources: RawEntry[]) {
  const keys = citationKeys(sources.map((s) => s.data));
  sources.forEach((s, i) => {
    s.id = keys[i]!;
    s.aliases = aliasesOf(s.data, s.id);
  });
}

/** A CSL-JSON file holds an array of items (a reference manager's export) or a single item. */
function loadCsl(collection: CollectionName, file: string, text: string, entries: RawEntry[], problems: Problem[]) {
  let json: unknown;
  text = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /line (\d+)/.exec(String(error));
    problems.push({
      file,
      line: at ? Number(at[1]) : 1,
      field: 'file',
      message: `is not valid JSON (${(error as Error).message.replace(/\s*\(line.*$/, '')})${itemNear(text, error)}; check commas, quotes and brackets`,
      severity: 'error',
    });
    return;
  }
  const items = Array.isArray(json) ? json : [json];
  const spans = Array.isArray(json) ? itemSpans(text) : [[0, text.length] as const];
  items.forEach((item, index) => {
    const id = exportedId(item);
    const [from, to] = spans[index] ?? [0, text.length];
    const itemLine = lineAt(text, from);
    const lineOf = (path: readonly PropertyKey[]) => {
      const field = path.find((p) => typeof p === 'string');
      const at = field ? text.slice(from, to).indexOf(`"${String(field)}"`) : -1;
      return at >= 0 ? lineAt(text, from + at) : itemLine;
    };
    entries.push({
      collection,
      id: id || `#${index + 1}`,
      file,
      data: item,
      body: '',
      bodyLine: itemLine,
      label: id ? `item "${id}"` : `item ${index + 1}`,
      lineOf,
      textLineOf: lineOf,
    });
  });
}

/** ", in the item with id X": where in a minified file (one long line) the syntax error is. */
function itemNear(text: string, error: unknown): string {
  const at = Number(/position (\d+)/.exec(String(error))?.[1] ?? -1);
  if (at < 0) return '';
  const ids = [...text.slice(0, at).matchAll(/"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/g)];
  const last = ids.at(-1)?.[1];
  return last ? `, in the item with id ${last}` : ', before the first item';
}

/** Offsets of each element of a top-level JSON array, found by tracking bracket depth outside strings. */
export function itemSpans(text: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 1 && c === '{') start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1 && c === '}' && start >= 0) {
        spans.push([start, i + 1]);
        start = -1;
      }
    }
  }
  return spans;
}
