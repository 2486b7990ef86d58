import type { APIRoute, GetStaticPaths } from 'astro';
import { localeFor, otherLocales } from '../../data/locale.ts';
import { site } from '../../data/site.ts';
import { feedFor } from '../[feed].xml.ts';

/** /<code>/feed.xml: the entries translated into each other language (see src/pages/[feed].xml.ts). */
export const getStaticPaths = (() =>
  site.site ? otherLocales.map((l) => ({ params: { locale: l.code, feed: 'feed' } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = otherLocales.find((l) => l.code === params['locale'])!;
  return feedFor(localeFor(locale));
};
