#!/usr/bin/env node
/**
 * npm run new -- <type> "<title>"
 * Writes a new draft entry with every required field present and explained.
 * Refuses, writing nothing, when the type is unknown or the id is taken.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { collectionOfType, collections } from '../schemas/collections.ts';
import { parseArgs } from './args.ts';
import { loadContent } from '../loading/content-files.ts';
import { contentRoot } from '../loading/content-root.ts';
import { scaffold } from './scaffold.ts';
import { slugify } from '../site/slug.ts';
import { didYouMean } from '../check/suggest.ts';

const types = Object.keys(collectionOfType);
const usage = `usage: npm run new -- <type> "<title>"   (types: ${types.join(', ')})`;
const args = parseArgs(process.argv.slice(2), {}, usage);
const [type, title, ...extra] = args._;

function refuse(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

if (!type || !title || extra.length) refuse('give a type and a title in quotes');
const collection = collectionOfType[type] ?? refuse(`unknown type "${type}".${didYouMean(type, types)}`);
const id = slugify(title);
if (!id) refuse(`"${title}" has no letters or digits to make an id from; use a title with words in it`);

const projectRoot = process.cwd();
const root = contentRoot(projectRoot);
const { entries } = loadContent(root, projectRoot);
const existing = Object.fromEntries(
  Object.keys(collections).map((c) => [c, entries.filter((e) => e.collection === c).map((e) => e.id)]),
);
const spec = collections[collection];
const path = join(root, spec.dir, spec.format === 'csl' ? `${id}.json` : `${id}.mdx`);
const taken = entries.find((e) => e.collection === collection && e.id === id);
if (taken || existsSync(path))
  refuse(
    `the id "${id}" is already used by ${taken?.file ?? relative(projectRoot, path)}; choose a different title, or edit that entry`,
  );

// A collection's folder may be absent (only site.json is required): the first entry creates it.
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold({ collection, id, title, existing, year: new Date().getFullYear() }), { flag: 'wx' });
console.log(
  `created ${relative(projectRoot, path)} (a draft ${spec.singular}: fill in the fields, then run npm run check)`,
);
if (spec.format === 'csl')
  console.log(`Replace the author, year, publisher and address with the work's own; cite it in prose as [@${id}].`);
