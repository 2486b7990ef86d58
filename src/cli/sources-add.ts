#!/usr/bin/env node
/**
 * npm run sources:add -- <file.bib|file.ris|file.json> [--to <name>.json] [--content <folder>]
 * Imports a reference manager's export into content/sources/ without duplicates (same DOI,
 * then same title and year) and reports what it did with each entry. When any entry is
 * refused, nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { formatProblem } from '../check/problems.ts';
import { privateFields } from '../citations/csl-items.ts';
import { mergeImport, parseImport } from '../citations/import.ts';
import { loadContent } from '../loading/content-files.ts';
import { contentRoot } from '../loading/content-root.ts';
import { parseArgs } from './args.ts';

const usage = 'usage: npm run sources:add -- <file.bib|file.ris|file.json> [--to imported.json] [--content <folder>]';
const args = parseArgs(process.argv.slice(2), { to: 'path', content: 'path' }, usage);
const projectRoot = process.cwd();
const input = args._[0];
if (!input || args._.length > 1) {
  console.error(`${input ? 'give one file at a time' : 'name the file to import'}\n${usage}`);
  process.exit(2);
}
const inputPath = resolve(input);
const shown = relative(projectRoot, inputPath) || input;
if (!existsSync(inputPath)) {
  console.error(`${shown}:1: file: does not exist; check the path of the export`);
  process.exit(2);
}
const root = args.content ? resolve(args.content) : contentRoot(projectRoot);
const target = join(root, 'sources', basename(args.to ?? 'imported.json'));
if (!target.endsWith('.json')) {
  console.error(`--to ${args.to}: the sources file must end in .json`);
  process.exit(2);
}

const parsed = await parseImport(shown, readFileSync(inputPath, 'utf8'));
for (const p of parsed.problems) console.error(formatProblem(p));
if (parsed.problems.length) process.exit(1);

const existing = loadContent(root, projectRoot, 'sources').entries.map((e) => ({
  key: e.id,
  item: e.data as Record<string, unknown>,
}));
const { outcomes, added } = mergeImport(shown, parsed, existing);
const refused = outcomes.filter((o) => o.action === 'refused');
if (refused.length) {
  for (const o of refused) console.error(formatProblem(o.problem));
  console.error(
    `${refused.length} of ${outcomes.length} entries refused; nothing was written. Fix them in your reference manager and export again.`,
  );
  process.exit(1);
}

if (added.length) {
  // Reference managers' private fields (abstracts, attachments, notes) stay out of the site's files.
  const clean = added.map((item) =>
    Object.fromEntries(Object.entries(item).filter(([k]) => !privateFields.includes(k))),
  );
  const before = existsSync(target)
    ? (JSON.parse(readFileSync(target, 'utf8').replace(/^\uFEFF/, '')) as unknown[])
    : [];
  writeFileSync(target, `${JSON.stringify([...(Array.isArray(before) ? before : [before]), ...clean], null, 2)}\n`);
}
// Keys as the site derives them from every source file, so the report says what to type.
const keyOf = new Map(
  loadContent(root, projectRoot, 'sources').entries.map((e) => [String((e.data as { id?: unknown }).id), e.id]),
);
let i = 0;
for (const o of outcomes) {
  if (o.action === 'added') {
    const id = String(added[i++]!['id']);
    const key = keyOf.get(id) ?? o.key;
    console.log(`${shown}:${o.line}: added "${o.title}" as [@${key}]${id !== key ? ` (also [@${id}])` : ''}`);
  } else if (o.action === 'skipped') console.log(`${shown}:${o.line}: skipped "${o.title}": ${o.reason}`);
}
const skipped = outcomes.filter((o) => o.action === 'skipped').length;
console.log(
  `${outcomes.length} entries read: ${added.length} added to ${relative(projectRoot, target)}, ${skipped} already present`,
);
