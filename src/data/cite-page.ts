/** "Cite this page" for the site's own pages: a CSL webpage item per entry. */
import type { CslItem } from '../citations/csl-items.ts';
import { entryPath } from '../site/routes.ts';
import { pageItem } from './citations.ts';
import { site } from './site.ts';
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

/** The item of a translated page: its own id (citeproc keeps one item per id), title, address and language. */
export function translatedCslItem(item: CslItem, title: string, path: string, lang: string): CslItem {
  const translated: CslItem = { ...item, id: `${item.id}.${lang}`, title, language: lang };
  if (site.site) translated['URL'] = new URL(path, site.site).href;
  return translated;
}

export function citeDownloadPath(entry: AnyEntry): string {
  return `/cite/${entry.collection}/${entry.id}`;
}
