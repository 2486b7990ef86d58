/**
 * Astro's view of content/: one collection per entry of src/schemas/collections.ts,
 * mapped over that registry, so adding a collection there adds it here, plus the
 * translations (<id>.<locale>.mdx beside their sources, left out of their source's collection).
 * In a build, the content check (src/integrations/content-check.ts) has already
 * validated everything, with friendlier messages, and stopped the build on an error;
 * in `astro dev` it only logs its problems, so Astro's own schema errors can still appear.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CollectionName, collectionNames, collections as registry } from './schemas/collections.ts';
import { moduleTranslationSchema } from './schemas/translation.ts';
import { loadContent } from './loading/content-files.ts';
import { contentRoot } from './loading/content-root.ts';

const root = contentRoot(process.cwd());
// Translations (<id>.<locale>.mdx) sit beside their sources but form their own collection.
const mdx = (dir: string): Loader =>
  existsSync(`${root}/${dir}`)
    ? sameRoot(glob({ pattern: ['**/*.{md,mdx}', '!**/*.*.{md,mdx}'], base: `${root}/${dir}` }))
    : absent(dir);

/**
 * Astro keeps parsed entries between builds and skips a file whose content it has seen
 * before. After a switch to another content folder holding an identical file (two
 * starters, or a test fixture copied to a temporary folder) it would keep the first
 * folder's path, and the build fails once that folder is gone. So each collection
 * starts afresh when the content folder changes.
 */
function sameRoot(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get('content-root') !== root) {
        context.store.clear();
        context.meta.set('content-root', root);
      }
      return loader.load(context);
    },
  };
}

/** Any collection may be absent from a content folder: it is then empty (restart the dev server after adding its folder). */
function absent(dir: string): Loader {
  return { name: `counterpoint:absent-${dir}`, load: async ({ store }) => store.clear() };
}

/** Every translation, with ids like threats/security-threats.ru (collection/id.locale). */
const translationLoader = sameRoot(
  glob({
    pattern: '*/*.*.{md,mdx}',
    base: root,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
);

/** CSL-JSON files hold arrays of items, so each item becomes an entry keyed by its citation key. */
function cslLoader(name: CollectionName): Loader {
  return {
    name: 'counterpoint:csl-json',
    load: async ({ store, parseData, config, watcher }) => {
      const projectRoot = fileURLToPath(config.root);
      const { entries } = loadContent(root, projectRoot, name);
      store.clear();
      for (const entry of entries) {
        const data = await parseData({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: entry.file,
        });
        store.set({ id: entry.id, data, filePath: entry.file });
      }
      watcher?.add(`${root}/${registry[name].dir}`);
    },
  };
}

/** Keeps each collection's own schema type, so getCollection('cases') returns typed cases. */
type Collections = { [K in CollectionName]: { loader: Loader; schema: (typeof registry)[K]['schema'] } } & {
  translations: { loader: Loader; schema: typeof moduleTranslationSchema };
};

export const collections = Object.fromEntries([
  ...collectionNames.map((name) => {
    const spec = registry[name];
    return [
      name,
      defineCollection({ loader: spec.format === 'csl' ? cslLoader(name) : mdx(spec.dir), schema: spec.schema }),
    ];
  }),
  ['translations', defineCollection({ loader: translationLoader, schema: moduleTranslationSchema })],
]) as Collections;
