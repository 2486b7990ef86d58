/**
 * The one list of content collections, in the order readers meet them: where each lives
 * under content/, how it is stored, which schema checks it, the words `npm run new`
 * accepts for it, and how the site publishes it. Everything that lists collections maps
 * over this object: Astro's content config (src/content.config.ts), loading and the
 * content check, `npm run new` and `npm run new-site`, the routes, the menu, the home
 * page, the search filters and the A-Z index. Adding a collection is one entry here, a
 * schema beside it, and its default labels in src/i18n/en.ts (which the type checker
 * asks for).
 *
 * Every collection may be empty or absent from a content folder: a collection without
 * published entries gets no index page, no menu entry and no search filter.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './actors.ts';
import { caseSchema } from './cases.ts';
import { counterSchema } from './counters.ts';
import { glossarySchema } from './glossary.ts';
import { moduleSchema } from './modules.ts';
import { pageSchema } from './pages.ts';
import { sourceSchema } from './sources.ts';
import { tacticSchema } from './tactics.ts';
import { threatSchema } from './threats.ts';

export interface CollectionSpec {
  /** Folder under content/. */
  dir: string;
  /** mdx: one MDX file per entry; csl: JSON files holding arrays of CSL-JSON items. */
  format: 'mdx' | 'csl';
  schema: z.ZodType;
  /** Singular noun for messages. */
  singular: string;
  /** Words `npm run new -- <type>` accepts for this collection; the first is the one shown. */
  types: readonly string[];
  /**
   * How its entries are published:
   * shared: an index at /<name>/ and a page per entry at /<name>/<id>/, both from src/pages/[collection]/;
   * own: the same addresses, from its own folder src/pages/<name>/ (a richer page per entry);
   * top: one page per entry at the site's top level, /<id>/, with no index (about, method...).
   */
  routes: 'shared' | 'own' | 'top';
  /** Listed in the main menu (when it has published entries). */
  menu: boolean;
  /** Where the home page lists it: along the numbered path through the site, or under Reference. */
  home?: 'path' | 'reference';
}

export const collections = {
  threats: {
    dir: 'threats',
    format: 'mdx',
    schema: threatSchema,
    singular: 'threat',
    types: ['threat'],
    routes: 'shared',
    menu: true,
    home: 'path',
  },
  tactics: {
    dir: 'tactics',
    format: 'mdx',
    schema: tacticSchema,
    singular: 'tactic',
    types: ['tactic'],
    routes: 'shared',
    menu: true,
    home: 'path',
  },
  counters: {
    dir: 'counters',
    format: 'mdx',
    schema: counterSchema,
    singular: 'counter',
    types: ['counter'],
    routes: 'shared',
    menu: true,
    home: 'path',
  },
  cases: {
    dir: 'cases',
    format: 'mdx',
    schema: caseSchema,
    singular: 'case',
    types: ['case'],
    routes: 'shared',
    menu: true,
    home: 'path',
  },
  actors: {
    dir: 'actors',
    format: 'mdx',
    schema: actorSchema,
    singular: 'actor',
    types: ['actor'],
    routes: 'shared',
    menu: true,
    home: 'reference',
  },
  glossary: {
    dir: 'glossary',
    format: 'mdx',
    schema: glossarySchema,
    singular: 'glossary term',
    types: ['glossary', 'term'],
    routes: 'shared',
    menu: true,
    home: 'reference',
  },
  modules: {
    dir: 'modules',
    format: 'mdx',
    schema: moduleSchema,
    singular: 'module',
    types: ['module'],
    routes: 'own',
    menu: true,
    home: 'reference',
  },
  sources: {
    dir: 'sources',
    format: 'csl',
    schema: sourceSchema,
    singular: 'source',
    types: ['source'],
    routes: 'own',
    menu: true,
    home: 'reference',
  },
  pages: {
    dir: 'pages',
    format: 'mdx',
    schema: pageSchema,
    singular: 'page',
    types: ['page'],
    routes: 'top',
    menu: false,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
/** Every collection, in reading order. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** Collections with an index page at /<name>/ and a page per entry under it. */
export const sectionNames = collectionNames.filter((c) => collections[c].routes !== 'top');
export type SectionName = Exclude<CollectionName, 'pages'>;

/** Collections published by the shared routes in src/pages/[collection]/. */
export const sharedRouteNames = collectionNames.filter((c) => collections[c].routes === 'shared');

/** `npm run new` type word -> collection, e.g. term -> glossary. */
export const collectionOfType: Record<string, CollectionName> = Object.fromEntries(
  collectionNames.flatMap((c) => collections[c].types.map((t) => [t, c])),
);
