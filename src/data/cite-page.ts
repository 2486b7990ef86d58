/** "Cite this page" for the site's own pages: a CSL webpage item per entry. */
import type { CslItem } from '../citations/csl-items.ts';
import { entryPath } from '../site/routes.ts';
import { pageItem } from './citations.ts';
import type { AnyEntry } from './entries.ts';

export function pageCslItem(entry: AnyEntry): CslItem {
  const data = entry.data as { title: string; reviewed?: string; published?: string; updated?: string };
  const date = data.reviewed ?? data.updated ?? data.published;
  return pageItem(
    `${entry.collection}-${entry.id}`,
    data.title,
    entryPath(entry.collection, entry.id),
    typeof date === 'string' ? date : undefined,
  );
}

export function citeDownloadPath(entry: AnyEntry): string {
  return `/cite/${entry.collection}/${entry.id}`;
}
