import type { CollectionName } from '../schemas/collections.ts';

/** Collections with an index page and one page per entry under /<collection>/. */
export const listedCollections = [
  'threats',
  'tactics',
  'counters',
  'cases',
  'actors',
  'glossary',
  'modules',
  'sources',
] as const satisfies readonly CollectionName[];

/** Site-relative path of an entry's page (no base): plain pages live at the top level. */
export function entryPath(collection: CollectionName, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
}

export function collectionPath(collection: CollectionName): string {
  return `/${collection}/`;
}

/** Pages that exist whatever the content: home, search and the explainers gallery. */
export const explainerKinds = ['network', 'map', 'timeline', 'flow', 'votes'] as const;
export const fixedPaths = [
  '/',
  '/search/',
  '/downloads/',
  '/translations/',
  '/explainers/',
  ...explainerKinds.map((k) => `/explainers/${k}/`),
];

/**
 * Prefixes a site-relative path with the base the site is served under, so the same
 * build works at a domain's root and in a subfolder. Fragments and queries are kept.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
