#!/usr/bin/env node
/**
 * npm run check [-- --format=text|github] [--content <dir>] [--fix] [--debug]
 * Validates all content without building and lists every problem as
 * file:line: field: what is wrong, how to fix it. Exits 1 when there is an error.
 * Anything unexpected is one line too; --debug shows the details.
 */
import { relative, resolve } from 'node:path';
import { stripContentImages } from '../check/content-images.ts';
import { contentRoot } from '../loading/content-root.ts';
import { checkProject, emptyCollectionsNote } from '../check/check-all.ts';
import { formatProblem, githubAnnotation, summarise } from '../check/problems.ts';
import { parseArgs } from './args.ts';
import { statusCounts } from '../check/translations.ts';

const usage = 'usage: npm run check [-- --format=text|github] [--content <folder>] [--fix] [--debug]';
const args = parseArgs(
  process.argv.slice(2),
  { format: ['text', 'github'], content: 'path', fix: 'flag', debug: 'flag' },
  usage,
);
const format = args.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
const projectRoot = process.cwd();
try {
  const started = performance.now();
  if (args.fix) {
    // --fix only does what is safe to do unattended: strip image metadata.
    for (const file of stripContentImages(args.content ? resolve(args.content) : contentRoot(projectRoot)))
      console.log(`stripped metadata from ${relative(projectRoot, file)}`);
  }
  const { problems, errors, entries, translations } = checkProject(
    projectRoot,
    args.content ? { contentRoot: resolve(args.content) } : {},
  );

  for (const p of problems) console.log(format === 'github' ? githubAnnotation(p) : formatProblem(p));
  for (const [locale, c] of statusCounts(translations))
    console.log(`translations ${locale}: ${c.translated} translated, ${c.outdated} outdated, ${c.missing} missing`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const note = emptyCollectionsNote(entries);
  if (note) console.log(`note: ${note}`);
  console.log(`${entries.length} entries checked in ${seconds} s: ${summarise(problems)}`);
  process.exitCode = errors.length ? 1 : 0;
} catch (error) {
  console.error(`the check stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  if (args.debug) console.error(error);
  else console.error('rerun with --debug for details');
  process.exitCode = 1;
}
