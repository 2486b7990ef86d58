/**
 * The only module that calls getCollection. It loads every collection once, drops
 * drafts, and hands pages small view models with titles and hrefs already resolved.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { type CollectionName, collectionNames, sectionNames } from '../schemas/collections.ts';
import { collectionsWithEntries, explainersWithData } from '../site/published.ts';
import type { ExplainerKind } from '../site/routes.ts';
import type { Source } from '../schemas/sources.ts';
import { buildGraph, type Graph, type NodeKey } from '../site/graph.ts';
import { moduleProse } from '../loading/module-prose.ts';
import { entryPath } from '../site/routes.ts';
import { shortAuthors, year } from '../citations/csl-format.ts';
import { aliasesOf } from '../citations/csl-items.ts';
import { ui } from '../i18n/en.ts';
import { href, site } from './site.ts';
import { sourceHash } from '../loading/translations.ts';

const defaultLang = site.lang;

export type AnyEntry = CollectionEntry<CollectionName>;

export interface EntryLink {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  href: string;
  /** Set when the editors made this link and the sources do not state it: their one-line reason. */
  inferred?: string;
  /** Language of title and summary when it differs from the page's (an untranslated entry). */
  lang?: string;
}

interface Store {
  byCollection: Map<CollectionName, AnyEntry[]>;
  byKey: Map<string, AnyEntry>;
  graph: Graph;
  /** Translations by "collection/id.locale", as their files are named. */
  translations: Map<string, TranslationEntry>;
}

export type TranslationEntry = CollectionEntry<'translations'>;
/** Set once the store has loaded, for the synchronous link helpers below. */
let loaded: Store | undefined;

let store: Promise<Store> | undefined;

function isDraft(entry: AnyEntry): boolean {
  return 'draft' in entry.data && entry.data.draft === true;
}

function load(): Promise<Store> {
  store ??= (async () => {
    const byCollection = new Map<CollectionName, AnyEntry[]>();
    const byKey = new Map<string, AnyEntry>();
    for (const name of collectionNames) {
      const list = ((await getCollection(name)) as AnyEntry[]).filter((e) => !isDraft(e)).sort(compare);
      byCollection.set(name, list);
      for (const e of list) byKey.set(`${name}/${e.id}`, e);
    }
    // Citations may use a source's exported id (an alias); edges point at its key.
    const sourceKeys = new Map<string, string>();
    for (const e of byCollection.get('sources') ?? [])
      for (const k of [e.id, ...aliasesOf(e.data, e.id)]) sourceKeys.set(k, e.id);
    const graph = buildGraph(
      [...byKey.values()].map((e) => ({
        collection: e.collection,
        id: e.id,
        data: e.data as Record<string, unknown>,
        // A module's citations sit in its sections' Markdown as well as in its body.
        body: ['body' in e && typeof e.body === 'string' ? e.body : '', ...moduleProse(e.data).map((f) => f.text)].join(
          '\n',
        ),
      })),
      (k) => sourceKeys.get(k) ?? k,
    );
    const translations = new Map(
      ((await getCollection('translations')) as TranslationEntry[]).filter((t) => !t.data.draft).map((t) => [t.id, t]),
    );
    loaded = { byCollection, byKey, graph, translations };
    return loaded;
  })();
  return store;
}

function compare(a: AnyEntry, b: AnyEntry): number {
  const order = (e: AnyEntry) => ('order' in e.data && typeof e.data.order === 'number' ? e.data.order : 0);
  const date = (e: AnyEntry) => ('date' in e.data && typeof e.data.date === 'string' ? e.data.date : '');
  return order(a) - order(b) || date(a).localeCompare(date(b)) || titleOf(a).localeCompare(titleOf(b));
}

export function titleOf(entry: AnyEntry): string {
  return entry.data.title;
}

export function summaryOf(entry: AnyEntry): string {
  if (entry.collection === 'sources') {
    const s = entry.data as Source;
    return `${shortAuthors(s)} (${year(s)})`;
  }
  return (entry.data as { summary: string }).summary;
}

export function linkTo(entry: AnyEntry): EntryLink {
  return {
    collection: entry.collection,
    id: entry.id,
    title: titleOf(entry),
    summary: summaryOf(entry),
    href: href(entryPath(entry.collection, entry.id)),
  };
}

export async function entriesOf<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  return ((await load()).byCollection.get(collection) ?? []) as CollectionEntry<C>[];
}

export async function entryOf(collection: CollectionName, id: string): Promise<AnyEntry | undefined> {
  return (await load()).byKey.get(`${collection}/${id}`);
}

async function resolve(nodes: NodeKey[]): Promise<EntryLink[]> {
  const { byKey } = await load();
  return nodes
    .map((n) => byKey.get(`${n.collection}/${n.id}`))
    .filter((e): e is AnyEntry => !!e)
    .sort(compare)
    .map(linkTo);
}

/**
 * The relation graph, for charts: every edge has from, to, field and, when the editors made
 * the link rather than the sources, \`inferred\` (their one-line reason). E.g. the flow chart's
 * threat -> tactic links are \`(await relationGraph()).edges.filter((e) => e.field === 'threats')\`.
 */
export async function relationGraph(): Promise<Graph> {
  return (await load()).graph;
}

const withReason = (link: EntryLink, reason: string | undefined): EntryLink =>
  reason ? { ...link, inferred: reason } : link;

/** Entries this one refers to through a field (or any field), each marked if the link is the editors' inference. */
export async function outgoing(entry: AnyEntry, field?: string): Promise<EntryLink[]> {
  const { graph } = await load();
  const from = { collection: entry.collection, id: entry.id };
  return (await resolve(graph.outgoing(from, field))).map((l) => withReason(l, graph.inferredReason(from, l, field)));
}

/** Entries that refer to this one through a field (or any field). */
export async function incoming(entry: AnyEntry, field?: string, from?: CollectionName): Promise<EntryLink[]> {
  const { graph } = await load();
  const to = { collection: entry.collection, id: entry.id };
  const nodes = graph.incoming(to, field);
  return (await resolve(from ? nodes.filter((n) => n.collection === from) : nodes)).map((l) =>
    withReason(l, graph.inferredReason(l, to, field)),
  );
}

/** Follows a second hop, e.g. threat <- tactics <- counters. */
export async function twoHops(first: EntryLink[], field: string, from: CollectionName): Promise<EntryLink[]> {
  const seen = new Map<string, EntryLink>();
  for (const link of first) {
    const entry = await entryOf(link.collection, link.id);
    if (!entry) continue;
    for (const l of await incoming(entry, field, from)) {
      // Reached only through a link the editors made, the second hop is theirs too.
      const found = withReason(
        l,
        l.inferred ?? (link.inferred ? ui.reachedThrough.replace('{title}', link.title) : undefined),
      );
      const known = seen.get(l.id);
      if (!known || (known.inferred && !found.inferred)) seen.set(l.id, found);
    }
  }
  return [...seen.values()];
}

let sourceMap: Promise<Map<string, Source>> | undefined;

/** Every source by id. Built once: each page with notes asks for it, twice. */
export function sourcesById(): Promise<Map<string, Source>> {
  sourceMap ??= entriesOf('sources').then((list) => new Map(list.map((e) => [e.id, e.data as Source])));
  return sourceMap;
}

/** The translation of an entry into a locale, if there is one. */
export async function translationOf(
  entry: { collection: string; id: string },
  code: string,
): Promise<TranslationEntry | undefined> {
  return (await load()).translations.get(`${entry.collection}/${entry.id}.${code}`);
}

/** Whether a translation was made from the source's current text (see src/loading/translations.ts). */
export function isCurrent(entry: AnyEntry, translation: TranslationEntry): boolean {
  return (
    translation.data.translates === sourceHash({ data: entry.data, body: 'body' in entry ? (entry.body ?? '') : '' })
  );
}

/**
 * A link as a reader of another language sees it: the translated title and summary when
 * the entry is translated, and the address under /<locale>/ either way (where an
 * untranslated entry shows its original text with a notice).
 */
export function localizeLink(
  link: EntryLink,
  locale: { locale: { code: string; default: boolean }; link(path: string): string },
): EntryLink {
  if (locale.locale.default) return link;
  const t = loaded?.translations.get(`${link.collection}/${link.id}.${locale.locale.code}`);
  const href = locale.link(entryPath(link.collection, link.id));
  return t ? { ...link, title: t.data.title, summary: t.data.summary, href } : { ...link, href, lang: defaultLang };
}

/** Collections with published entries, in reading order: only they get pages, menu entries and filters. */
export async function publishedCollections(): Promise<CollectionName[]> {
  const { byKey } = await load();
  return collectionsWithEntries([...byKey.values()]);
}

/** Sections (collections with an index page at /<name>/) that have published entries. */
export async function publishedSections(): Promise<CollectionName[]> {
  const present = new Set(await publishedCollections());
  return sectionNames.filter((c) => present.has(c));
}

/** getStaticPaths for a section's own index page (src/pages/<name>/[...index].astro): none when it is empty. */
export async function indexPaths(collection: CollectionName): Promise<{ params: { index: undefined } }[]> {
  return (await publishedSections()).includes(collection) ? [{ params: { index: undefined } }] : [];
}

/** Explainers with data to draw, the same answer the content check gets. */
export async function availableExplainers(): Promise<ExplainerKind[]> {
  const { byKey } = await load();
  return explainersWithData([...byKey.values()]);
}
