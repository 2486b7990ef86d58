import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf, translationOf } from '../data/entries.ts';
import { defaultLocale, localeFor, type PageLocale } from '../data/locale.ts';
import { href, site } from '../data/site.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { atomFeed, type FeedEntry } from '../site/feed.ts';
import { entryPath } from '../site/routes.ts';

/** Collections whose entries carry published and reviewed dates. */
const dated: CollectionName[] = ['threats', 'tactics', 'counters', 'cases', 'actors', 'glossary', 'modules', 'pages'];

/** Where a locale's feed lives: /feed.xml for the default language, /<code>/feed.xml for the others. */
export const feedPath = (locale: PageLocale['locale']): string =>
  locale.default ? '/feed.xml' : `/${locale.code}/feed.xml`;

/**
 * The Atom feed of one language: in the default language every dated entry; in another,
 * the entries translated into it, with their translated titles and summaries and addresses
 * under /<code>/ (untranslated ones would only repeat the default language's feed).
 */
export async function feedFor(l: PageLocale): Promise<Response> {
  const absolute = (path: string) => new URL(href(path), site.site).href;
  const entries: FeedEntry[] = [];
  for (const c of dated) {
    for (const e of await entriesOf(c)) {
      const d = e.data as { title: string; summary: string; published: string; reviewed: string };
      const t = l.locale.default ? undefined : await translationOf(e, l.locale.code);
      if (!l.locale.default && !t) continue;
      entries.push({
        title: t?.data.title ?? d.title,
        summary: t?.data.summary ?? d.summary,
        url: new URL(l.link(entryPath(c, e.id)), site.site).href,
        category: l.collectionLabels[c].singular,
        published: d.published,
        reviewed: d.reviewed,
      });
    }
  }
  const body = atomFeed({
    title: site.title,
    subtitle: l.locale.description ?? site.description,
    siteUrl: new URL(l.link('/'), site.site).href,
    feedUrl: absolute(feedPath(l.locale)),
    author: site.publisher,
    lang: l.locale.default ? site.lang : l.locale.code,
    entries,
    limit: entries.length,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

// Atom needs absolute addresses, so /feed.xml exists only when site.json (or COUNTERPOINT_SITE) gives the site's URL.
export const getStaticPaths = (() => (site.site ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => feedFor(localeFor(defaultLocale));
