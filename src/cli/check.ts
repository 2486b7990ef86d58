#!/usr/bin/env node
/**
 * npm run check [-- --format=text|github] [--content <dir>]
 * Validates all content without building and lists every problem as
 * file:line: field: what is wrong, how to fix it. Exits 1 when there is an error.
 */
import { resolve } from 'node:path';
import { checkProject } from '../lib/check-all.ts';
import { formatProblem, githubAnnotation, summarise } from '../lib/problems.ts';
import { parseArgs } from '../lib/cli-args.ts';

const usage = 'usage: npm run check [-- --format=text|github] [--content <folder>]';
const args = parseArgs(process.argv.slice(2), { format: ['text', 'github'], content: 'path' }, usage);
const format = args.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
const projectRoot = process.cwd();
const started = performance.now();
const { problems, errors, entries } = checkProject(projectRoot, args.content ? { contentRoot: resolve(args.content) } : {});

for (const p of problems) console.log(format === 'github' ? githubAnnotation(p) : formatProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`${entries.length} entries checked in ${seconds} s: ${summarise(problems)}`);
process.exitCode = errors.length ? 1 : 0;
