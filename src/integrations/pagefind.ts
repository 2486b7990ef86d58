import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index into dist/pagefind/ once the site is written. What gets
 * indexed is decided in markup: data-pagefind-body on each entry's article, with
 * data-pagefind-meta, -filter, -weight and -ignore beside it.
 */
/** `language` forces one index for a one-language site; without it Pagefind splits the index by each page's <html lang>. */
export function pagefind({ language }: { language?: string | undefined }): AstroIntegration {
  return {
    name: 'counterpoint:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
        };
        const started = performance.now();
        try {
          const { index, errors } = await createIndex(language ? { forceLanguage: language } : {});
          if (!index) return fail('start', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) fail('read the built pages', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) fail('write the index', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
