import type { CollectionName } from '../schemas/collections.ts';

/** Site-relative path of an entry's page (no base): plain pages live at the top level. */
export function entryPath(collection: CollectionName, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
}

export function collectionPath(collection: CollectionName): string {
  return `/${collection}/`;
}

export const explainerKinds = ['network', 'map', 'timeline', 'flow', 'votes'] as const;
export type ExplainerKind = (typeof explainerKinds)[number];

/** Pages that exist whatever the content: the home page, search and the offline downloads. */
export const fixedPaths = ['/', '/search/', '/downloads/'];

/** The explainers gallery and one page per explainer that has data to draw (see src/site/published.ts). */
export function explainerPaths(kinds: readonly ExplainerKind[]): string[] {
  return kinds.length ? ['/explainers/', ...kinds.map((k) => `/explainers/${k}/`)] : [];
}

/**
 * Prefixes a site-relative path with the base the site is served under, so the same
 * build works at a domain's root and in a subfolder. Fragments and queries are kept.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The kit's file name beside the module's pages: <id>-offline.html, or <id>-<code>-offline.html in another language. */
export function kitFileName(id: string, locale = ''): string {
  return `${id}${locale ? `-${locale}` : ''}-offline.html`;
}
