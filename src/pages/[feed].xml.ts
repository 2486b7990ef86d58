import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesOf } from '../data/entries.ts';
import { href, site } from '../data/site.ts';
import { collectionLabels } from '../i18n/en.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { atomFeed, type FeedEntry } from '../site/feed.ts';
import { entryPath } from '../site/routes.ts';

/** Collections whose entries carry published and reviewed dates. */
const dated: CollectionName[] = ['threats', 'tactics', 'counters', 'cases', 'actors', 'glossary', 'modules', 'pages'];

// Atom needs absolute addresses, so /feed.xml exists only when site.json (or COUNTERPOINT_SITE) gives the site's URL.
export const getStaticPaths = (() => (site.site ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const absolute = (path: string) => new URL(href(path), site.site).href;
  const entries: FeedEntry[] = [];
  for (const c of dated) {
    for (const e of await entriesOf(c)) {
      const d = e.data as { title: string; summary: string; published: string; reviewed: string };
      entries.push({
        title: d.title,
        summary: d.summary,
        url: absolute(entryPath(c, e.id)),
        category: collectionLabels[c].singular,
        published: d.published,
        reviewed: d.reviewed,
      });
    }
  }
  const body = atomFeed({
    title: site.title,
    subtitle: site.description,
    siteUrl: absolute('/'),
    feedUrl: absolute('/feed.xml'),
    author: site.publisher,
    lang: site.lang,
    entries,
    limit: entries.length,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
