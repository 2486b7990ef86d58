/**
 * Sources as the pages need them: one citeproc formatter for the whole site (so year
 * suffixes and order agree everywhere), keys resolved from any alias, public CSL items for
 * downloads, and the "Cite this page" reference of any page.
 */
import { aliasesOf, type CslItem, publicItem } from '../citations/csl-items.ts';
import { type Formatter, createFormatter, formatNotes, type NoteView } from '../citations/formatter.ts';
import type { CitationNote } from '../citations/markdown-plugin.ts';
import { entryPath } from '../site/routes.ts';
import { entriesOf } from './entries.ts';
import { href, site } from './site.ts';

interface Library {
  items: Map<string, CslItem>;
  /** Key for every key and alias. */
  keys: Map<string, string>;
  formatter: Formatter;
}

let sources: Promise<Pick<Library, 'items' | 'keys'>> | undefined;
const libraries = new Map<string, Promise<Library>>();

/**
 * The sources with a formatter for `lang` (the page's language; default the site's): the
 * same works and data in every language, only the style's terms change ("et al.", "и др.").
 */
function load(lang: string = site.lang): Promise<Library> {
  sources ??= entriesOf('sources').then((list) => {
    const items = new Map<string, CslItem>();
    const keys = new Map<string, string>();
    for (const e of list) {
      items.set(e.id, publicItem(e.data as Record<string, unknown>, e.id));
      for (const k of [e.id, ...aliasesOf(e.data, e.id)]) keys.set(k, e.id);
    }
    return { items, keys };
  });
  let library = libraries.get(lang);
  if (!library) {
    library = sources.then((s) => ({
      ...s,
      formatter: createFormatter([...s.items.values()], site.citationStyle, lang),
    }));
    libraries.set(lang, library);
  }
  return library;
}

export async function sourceKey(keyOrAlias: string): Promise<string | undefined> {
  return (await load()).keys.get(keyOrAlias);
}

/** Every source's public CSL item (private fields removed), in the style's order. */
export async function publicItems(keys?: Iterable<string>): Promise<CslItem[]> {
  const { items, formatter } = await load();
  const ordered = formatter.bibliography().map((r) => r.key);
  const rest = [...items.keys()].filter((k) => !ordered.includes(k));
  const wanted = keys ? new Set(keys) : undefined;
  return [...ordered, ...rest].filter((k) => !wanted || wanted.has(k)).map((k) => items.get(k)!);
}

export async function sourceItem(key: string): Promise<CslItem | undefined> {
  return (await load()).items.get(key);
}

/** Full references of the cited keys or aliases, deduplicated, in the style's order, with `lang`'s terms. */
export async function bibliography(keys?: Iterable<string>, lang?: string) {
  const { keys: map, formatter } = await load(lang);
  return formatter.bibliography(keys ? [...keys].map((k) => map.get(k) ?? k) : undefined);
}

export async function reference(key: string) {
  return (await load()).formatter.reference(key);
}

/** Notes of a page: first citation of a work in full, then short, with `lang`'s terms. */
export async function noteViews(notes: readonly CitationNote[], lang?: string): Promise<NoteView[]> {
  const { keys, formatter } = await load(lang);
  return formatNotes(
    notes,
    formatter,
    (k) => href(entryPath('sources', k)),
    (k) => keys.get(k),
  );
}

/** A CSL item for a page of this site, so readers can cite the page itself. */
export function pageItem(id: string, title: string, path: string, date?: string): CslItem {
  const item: CslItem = {
    id,
    type: 'webpage',
    title,
    author: [{ literal: site.publisher }],
    'container-title': site.title,
  };
  if (site.site) item['URL'] = new URL(path, site.site).href;
  if (date) item['issued'] = { 'date-parts': [date.split('-').map(Number)] };
  return item;
}

const pages = new Map<string, Promise<Formatter>>();

/**
 * The reference of a page of this site in the site's style, with `lang`'s terms. One
 * engine per language for all pages: citeproc parses the style once per engine, which
 * takes longer than formatting. `item` may differ from the entry's own (a translated page
 * has its own title and address).
 */
export async function pageReference(item: CslItem, lang: string = site.lang) {
  let formatter = pages.get(lang);
  if (!formatter) {
    formatter = (async () => {
      const { collectionNames } = await import('../schemas/collections.ts');
      const { pageCslItem } = await import('./cite-page.ts');
      const items: CslItem[] = [];
      for (const c of collectionNames)
        if (c !== 'sources') for (const e of await entriesOf(c)) items.push(pageCslItem(e));
      return createFormatter(items, site.citationStyle, lang);
    })();
    pages.set(lang, formatter);
  }
  return (await formatter).standalone(item.id, item);
}
