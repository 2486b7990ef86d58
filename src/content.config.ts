/**
 * Astro's view of content/: one collection per entry of src/schemas/collections.ts.
 * The content check (src/integrations/content-check.ts) has already validated
 * everything by the time Astro loads it, with friendlier messages.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { actorSchema } from './schemas/actors.ts';
import { caseSchema } from './schemas/cases.ts';
import { counterSchema } from './schemas/counters.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { moduleSchema } from './schemas/modules.ts';
import { pageSchema } from './schemas/pages.ts';
import { sourceSchema } from './schemas/sources.ts';
import { tacticSchema } from './schemas/tactics.ts';
import { threatSchema } from './schemas/threats.ts';
import { translationSchema } from './schemas/translation.ts';
import { loadContent } from './loading/content-files.ts';
import { contentRoot } from './loading/content-root.ts';

const root = contentRoot(process.cwd());
// Translations (<id>.<locale>.mdx) sit beside their sources but form their own collection.
const mdx = (dir: string) => glob({ pattern: ['**/*.{md,mdx}', '!**/*.*.{md,mdx}'], base: `${root}/${dir}` });

/** Every translation, with ids like threats/security-threats.ru (collection/id.locale). */
const translationLoader = glob({
  pattern: '*/*.*.{md,mdx}',
  base: root,
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
});

/** CSL-JSON files hold arrays of items, so each item becomes an entry keyed by its citation key. */
function cslLoader(): Loader {
  return {
    name: 'counterpoint:csl-json',
    load: async ({ store, parseData, config, watcher }) => {
      const projectRoot = fileURLToPath(config.root);
      const { entries } = loadContent(root, projectRoot, 'sources');
      store.clear();
      for (const entry of entries) {
        const data = await parseData({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: entry.file,
        });
        store.set({ id: entry.id, data, filePath: entry.file });
      }
      watcher?.add(`${root}/sources`);
    },
  };
}

export const collections = {
  threats: defineCollection({ loader: mdx('threats'), schema: threatSchema }),
  tactics: defineCollection({ loader: mdx('tactics'), schema: tacticSchema }),
  counters: defineCollection({ loader: mdx('counters'), schema: counterSchema }),
  actors: defineCollection({ loader: mdx('actors'), schema: actorSchema }),
  cases: defineCollection({ loader: mdx('cases'), schema: caseSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: glossarySchema }),
  modules: defineCollection({ loader: mdx('modules'), schema: moduleSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  sources: defineCollection({ loader: cslLoader(), schema: sourceSchema }),
  translations: defineCollection({ loader: translationLoader, schema: translationSchema }),
};
