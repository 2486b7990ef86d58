#!/usr/bin/env node
/**
 * node src/cli/scan-output.ts [folder]
 * Scans a built site (default dist/) the way the build does after writing it, and prints
 * the figures: foreign resources, inline handlers, javascript: URLs, meta refresh, <base>,
 * scripts the generator did not write. Exits 1 when anything is found.
 */
import { resolve } from 'node:path';
import { scanOutput } from '../build/output-scan.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const report = scanOutput(dir);
for (const f of report.findings) console.log(`${f.file}: ${f.kind}: ${f.detail}`);
const { html, svg, css } = report.files;
console.log(
  `scanned ${html} HTML, ${svg} SVG and ${css} CSS files: ${Object.entries(report.counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}`,
);
process.exitCode = report.findings.length ? 1 : 0;
