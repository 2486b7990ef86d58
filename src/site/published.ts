/**
 * What a content set publishes: which collections have entries (and so an index page and
 * a menu entry) and which explainers have data to draw (and so a page in the gallery).
 * Plain functions of the entries' data, so the content check and the build ask the same
 * question and agree on which pages exist.
 */
import { type CollectionName, collectionNames, sectionNames } from '../schemas/collections.ts';
import { collectionPath, entryPath, explainerKinds, explainerPaths, type ExplainerKind, fixedPaths } from './routes.ts';

export interface PublishedEntry {
  collection: CollectionName;
  id: string;
  /** The entry after its schema's defaults (draft, memberOf, places... are present). */
  data: unknown;
}

type Data = Record<string, unknown>;
const list = (d: Data, field: string) => (Array.isArray(d[field]) ? (d[field] as unknown[]) : []);

/** Drafts are checked but never published. */
export function isPublished(entry: PublishedEntry): boolean {
  return (entry.data as Data)['draft'] !== true;
}

/** Collections with at least one published entry, in reading order. */
export function collectionsWithEntries(entries: readonly PublishedEntry[]): CollectionName[] {
  const present = new Set(entries.filter(isPublished).map((e) => e.collection));
  return collectionNames.filter((c) => present.has(c));
}

/**
 * Explainers whose chart would have something to show. The conditions mirror what each
 * chart draws (src/data/explainers.ts): an explainer without data is left out of the
 * gallery rather than drawn empty.
 */
export function explainersWithData(entries: readonly PublishedEntry[]): ExplainerKind[] {
  const published = entries.filter(isPublished);
  const of = (c: CollectionName) => published.filter((e) => e.collection === c).map((e) => e.data as Data);
  const cases = of('cases');
  const actors = of('actors');
  const states = new Set(
    published
      .filter((e) => e.collection === 'actors' && (e.data as Data)['kind'] === 'state' && (e.data as Data)['iso'])
      .map((e) => e.id),
  );
  const has: Record<ExplainerKind, boolean> = {
    network:
      actors.some((a) => list(a, 'memberOf').length > 0) ||
      cases.some((c) => new Set(list(c, 'participants')).size > 1),
    map: cases.some((c) => [...list(c, 'places'), ...list(c, 'participants')].some((id) => states.has(id as string))),
    timeline: cases.length > 0,
    flow: of('threats').length > 0 && of('tactics').length > 0,
    votes: cases.some((c) => c['vote']),
  };
  return explainerKinds.filter((k) => has[k]);
}

/** Every page path (without the base) a content set builds, for checking internal links. */
export function publishedPaths(entries: readonly PublishedEntry[]): Set<string> {
  const withEntries = new Set(collectionsWithEntries(entries));
  return new Set([
    ...fixedPaths,
    ...explainerPaths(explainersWithData(entries)),
    ...sectionNames.filter((c) => withEntries.has(c)).map(collectionPath),
    ...entries.filter(isPublished).map((e) => entryPath(e.collection, e.id)),
  ]);
}
