import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kitFileName, makeOfflineKit } from '../build/offline-kit.ts';
import { stringsFor } from '../i18n/strings.ts';

/**
 * After the build, writes dist/modules/<id>/<id>-offline.html for every module, and
 * dist/<code>/modules/<id>/<id>-<code>-offline.html in every other language (a name of
 * its own, so the downloads list and SHA256SUMS tell the languages apart): slides, speaker
 * view, learner page, guide, handout and sources as one file a trainer can open from disk
 * on a projector laptop with no network.
 */
export function offlineKits({
  base,
  locales,
}: {
  base: string;
  locales: { code: string; default: boolean }[];
}): AstroIntegration {
  return {
    name: 'counterpoint:offline-kits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const readAsset = (path: string) => {
          const file = join(out, path);
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let count = 0;
        for (const locale of locales) {
          const prefix = locale.default ? '' : locale.code;
          const modules = join(out, prefix, 'modules');
          if (!existsSync(modules)) continue;
          for (const id of readdirSync(modules)) {
            const page = (sub: string) => join(modules, id, sub, 'index.html');
            if (!existsSync(page('present'))) continue;
            const learner = readFileSync(page(''), 'utf8');
            const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(learner)?.[1] ?? id;
            const kit = makeOfflineKit(
              {
                id,
                ...(prefix ? { locale: prefix, words: stringsFor(locale.code) } : {}),
                title,
                slides: readFileSync(page('present'), 'utf8'),
                learner,
                guide: readFileSync(page('guide'), 'utf8'),
                handout: readFileSync(page('handout'), 'utf8'),
              },
              { base, readAsset },
            );
            writeFileSync(join(modules, id, kitFileName(id, prefix)), kit);
            count++;
          }
        }
        logger.info(`wrote ${count} offline kit${count === 1 ? '' : 's'}`);
      },
    },
  };
}
