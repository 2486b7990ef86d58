/**
 * The one list of content collections: where each lives under content/, how it is stored
 * and which schema checks it. Astro's content config, the content check and the
 * scaffolder all read this, so adding a collection is one entry here.
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
  /** Singular noun for messages and the scaffolder. */
  singular: string;
}

export const collections = {
  threats: { dir: 'threats', format: 'mdx', schema: threatSchema, singular: 'threat' },
  tactics: { dir: 'tactics', format: 'mdx', schema: tacticSchema, singular: 'tactic' },
  counters: { dir: 'counters', format: 'mdx', schema: counterSchema, singular: 'counter' },
  actors: { dir: 'actors', format: 'mdx', schema: actorSchema, singular: 'actor' },
  cases: { dir: 'cases', format: 'mdx', schema: caseSchema, singular: 'case' },
  glossary: { dir: 'glossary', format: 'mdx', schema: glossarySchema, singular: 'glossary term' },
  modules: { dir: 'modules', format: 'mdx', schema: moduleSchema, singular: 'module' },
  pages: { dir: 'pages', format: 'mdx', schema: pageSchema, singular: 'page' },
  sources: { dir: 'sources', format: 'csl', schema: sourceSchema, singular: 'source' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
