import { loadSiteConfig } from '../loading/site-config.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { collectionLabelsFor } from '../site/collection-labels.ts';
import { withBase } from '../site/routes.ts';

/** The validated site config; astro.config.mjs has already refused an invalid one. */
export const site: SiteConfig = (() => {
  const { config } = loadSiteConfig(process.cwd());
  if (!config) throw new Error('content/site.json is invalid; run npm run check');
  return config;
})();

/** What this site calls each collection (site.json's labels over the defaults in src/i18n/en.ts). */
export const labels = collectionLabelsFor(site);

/** A site-relative path with the base prepended, for every href and src the components write. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
