import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeOfflineKit } from '../build/offline-kit.ts';

/**
 * After the build, writes dist/modules/<id>/<id>-offline.html for every module: slides,
 * speaker view, learner page, guide, handout and sources as one file a trainer can open
 * from disk on a projector laptop with no network.
 */
export function offlineKits({ base }: { base: string }): AstroIntegration {
  return {
    name: 'counterpoint:offline-kits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const modules = join(out, 'modules');
        if (!existsSync(modules)) return;
        const readAsset = (path: string) => {
          const file = join(out, path);
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let count = 0;
        for (const id of readdirSync(modules)) {
          const page = (sub: string) => join(modules, id, sub, 'index.html');
          if (!existsSync(page('present'))) continue;
          const learner = readFileSync(page(''), 'utf8');
          const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(learner)?.[1] ?? id;
          const kit = makeOfflineKit(
            {
              id,
              title,
              slides: readFileSync(page('present'), 'utf8'),
              learner,
              guide: readFileSync(page('guide'), 'utf8'),
              handout: readFileSync(page('handout'), 'utf8'),
            },
            { base, readAsset },
          );
          writeFileSync(join(modules, id, `${id}-offline.html`), kit);
          count++;
        }
        logger.info(`wrote ${count} offline kit${count === 1 ? '' : 's'}`);
      },
    },
  };
}
