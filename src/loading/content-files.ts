import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { lineAt, parseMdx } from './frontmatter.ts';
import { isTranslationFile } from './translations.ts';
import type { Problem } from '../check/problems.ts';

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
}

export interface LoadedContent {
  entries: RawEntry[];
  problems: Problem[];
}

const mdxFile = /\.mdx?$/;

/** Reads every collection under a content root. Unreadable files become problems, not exceptions. */
export function loadContent(contentRoot: string, projectRoot: string, only?: CollectionName): LoadedContent {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    if (only && name !== only) continue;
    const dir = join(contentRoot, spec.dir);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const path = join(dir, fileName);
      const file = relative(projectRoot, path);
      const text = readFileSync(path, 'utf8');
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
      });
    }
  }
  return { entries, problems };
}

/** A CSL-JSON file holds an array of items (a reference manager's export) or a single item. */
function loadCsl(collection: CollectionName, file: string, text: string, entries: RawEntry[], problems: Problem[]) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /line (\d+)/.exec(String(error));
    problems.push({
      file,
      line: at ? Number(at[1]) : 1,
      field: 'file',
      message: `is not valid JSON (${(error as Error).message.replace(/\s*\(line.*$/, '')}); check commas, quotes and brackets`,
      severity: 'error',
    });
    return;
  }
  const items = Array.isArray(json) ? json : [json];
  const spans = Array.isArray(json) ? itemSpans(text) : [[0, text.length] as const];
  items.forEach((item, index) => {
    const id =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : '';
    const [from, to] = spans[index] ?? [0, text.length];
    const itemLine = lineAt(text, from);
    entries.push({
      collection,
      id: id || `#${index + 1}`,
      file,
      data: item,
      body: '',
      bodyLine: itemLine,
      lineOf: (path) => {
        const field = path.find((p) => typeof p === 'string');
        const at = field ? text.slice(from, to).indexOf(`"${String(field)}"`) : -1;
        return at >= 0 ? lineAt(text, from + at) : itemLine;
      },
    });
  });
}

/** Offsets of each element of a top-level JSON array, found by tracking bracket depth outside strings. */
function itemSpans(text: string): (readonly [number, number])[] {
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
