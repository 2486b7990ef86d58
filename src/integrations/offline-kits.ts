import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeOfflineKit } from '../build/offline-kit.ts';

/**
 * After the build, writes dist/modules/<id>/<id>-offline.html for every module: the
 * slides as one file a trainer can open from disk on a projector laptop with no network.
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
          const slides = join(modules, id, 'present', 'index.html');
          if (!existsSync(slides)) continue;
          writeFileSync(
            join(modules, id, `${id}-offline.html`),
            makeOfflineKit(readFileSync(slides, 'utf8'), { base, readAsset }),
          );
          count++;
        }
        logger.info(`wrote ${count} offline kit${count === 1 ? '' : 's'}`);
      },
    },
  };
}
