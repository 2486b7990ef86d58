import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { EditionLocale } from '../build/editions.ts';
import type { EditionFile } from '../build/editions-table.ts';
import { inFreshProcess } from '../build/in-fresh-process.ts';
import { formatBytes } from '../build/editions-table.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** zimwriterfs on PATH (Debian's zim-tools), or undefined. */
function findZimwriterfs(): string | undefined {
  return spawnSync('zimwriterfs', ['--version'], { encoding: 'utf8' }).status === 0 ? 'zimwriterfs' : undefined;
}

/**
 * After the pages, the search index and the module kits are written: packs the offline
 * editions (a portable folder as a ZIP, a ZIM file per language) into downloads/ and fills
 * in the downloads page. Runs last, so the editions hold the finished site.
 */
export function editions({
  config,
  contentRoot,
  locales,
}: {
  config: SiteConfig;
  contentRoot: string;
  locales: EditionLocale[];
}): AstroIntegration {
  return {
    name: 'counterpoint:editions',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        // In a fresh process: see src/build/in-fresh-process.ts.
        const { files, messages } = inFreshProcess<{ files: EditionFile[]; messages: string[] }>(
          new URL('../build/editions.ts', import.meta.url),
          'makeEditionsQuietly',
          [
            {
              dist: fileURLToPath(dir),
              base: config.base,
              title: config.title,
              description: config.description,
              publisher: config.publisher,
              illustration: config.illustration ? join(contentRoot, config.illustration) : undefined,
              locales,
              slug:
                config.title
                  .toLowerCase()
                  .replace(/[^a-z0-9]+/g, '-')
                  .replace(/^-|-$/g, '') || 'site',
              zimwriterfs: findZimwriterfs(),
            },
          ],
        );
        for (const m of messages) logger.warn(m);
        // The time is read by the benchmark (tools/bench), which reports each phase of a build.
        logger.info(
          `offline editions in ${Math.round(performance.now() - started)} ms: ${files.map((f) => `${f.path.split('/').pop()} ${formatBytes(f.bytes)}`).join(', ')}`,
        );
      },
    },
  };
}
