#!/usr/bin/env node
/**
 * npm run new-site -- <folder>
 * Writes a new site's content folder: site.json, a README explaining every file and
 * field, and one published example per collection, which checks and builds at once.
 * Refuses, writing nothing, when the folder exists and is not empty.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from './args.ts';
import { starterFiles } from './starter.ts';

const usage = 'usage: npm run new-site -- <folder>   (a new or empty folder, e.g. ../my-site)';
const args = parseArgs(process.argv.slice(2), {}, usage);
const [folder, ...extra] = args._;

function refuse(message: string, showUsage = true): never {
  console.error(showUsage ? `${message}\n${usage}` : message);
  process.exit(2);
}

if (!folder || extra.length) refuse('give one folder to write the new site into');
const target = resolve(folder);
if (existsSync(target)) {
  if (!statSync(target).isDirectory())
    refuse(`${folder} is a file, not a folder; give a new folder name instead`, false);
  if (readdirSync(target).length)
    refuse(
      `${folder} is not empty, and new-site never overwrites files; give a new folder name, or empty this one first`,
      false,
    );
}

// Paths in messages and in the README as the user typed them, so the commands can be copied.
const shown =
  relative(process.cwd(), target).startsWith('..') || folder.startsWith('/')
    ? target
    : relative(process.cwd(), target) || '.';
const files = starterFiles(shown, new Date().getFullYear());
for (const [path, text] of Object.entries(files)) {
  const file = join(target, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
}
console.log(`created ${shown} with ${Object.keys(files).length} files: site.json, README.md and one example per collection.

Next:
  COUNTERPOINT_CONTENT=${shown} npm run dev      preview it at http://localhost:4321/
  npm run check -- --content ${shown}            check it as you edit
  COUNTERPOINT_CONTENT=${shown} npm run build    build it into dist/
${shown}/README.md explains every file and field.`);
