import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { inFreshProcess } from '../build/in-fresh-process.ts';
import type { ScanReport } from '../build/output-scan.ts';

/**
 * Runs last, after Pagefind and the offline kits: reads back every HTML, SVG and CSS file
 * written and fails the build on anything that would run code the generator did not write
 * or load a file from another origin (src/build/output-scan.ts). npm run build then keeps
 * the previous dist/ (src/cli/build.ts).
 */
export function outputScan(): AstroIntegration {
  return {
    name: 'counterpoint:output-scan',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        // In a fresh process: see src/build/in-fresh-process.ts.
        const report = inFreshProcess<ScanReport>(new URL('../build/output-scan.ts', import.meta.url), 'scanOutput', [
          fileURLToPath(dir),
        ]);
        const { html, svg, css } = report.files;
        if (!report.findings.length) {
          logger.info(
            `scanned ${html} HTML, ${svg} SVG and ${css} CSS files in ${Math.round(performance.now() - started)} ms: nothing foreign, no handlers, no stray scripts`,
          );
          return;
        }
        const lines = report.findings.map((f) => `${f.file}: ${f.kind}: ${f.detail}`).join('\n');
        console.error(
          `\n${lines}\n\nThe built site has ${report.findings.length} thing(s) the content gate should have refused; nothing was published. Report this as a bug in the content check, with the lines above.`,
        );
        process.exit(1);
      },
    },
  };
}
