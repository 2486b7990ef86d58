/**
 * Who stands behind the site and how to reach them, from content/site.json. Readers at
 * risk judge a source by this, so the footer and the about page show the same three
 * things: the publisher, a contact and a route for corrections.
 */
import type { SiteConfig } from '../schemas/site-config.ts';

export interface PublisherLinks {
  name: string;
  url?: string;
  /** mailto: or a web address. */
  contact?: string;
  /** A web address, or a path on this site (already given the base). */
  corrections?: string;
}

/**
 * Falls back to the repository's issues when no contact or corrections route is set, so a
 * site deployed from a public repository always has one; `href` adds the base to site paths.
 */
export function publisherLinks(site: SiteConfig, href: (path: string) => string): PublisherLinks {
  const repo = site.repository?.replace(/\/+$/, '');
  const contact = site.contact
    ? site.contact.includes('@') && !site.contact.startsWith('http')
      ? `mailto:${site.contact}`
      : site.contact
    : repo
      ? `${repo}/issues`
      : undefined;
  const corrections = site.corrections
    ? site.corrections.startsWith('/')
      ? href(site.corrections)
      : site.corrections
    : repo
      ? `${repo}/issues/new`
      : undefined;
  return {
    name: site.publisher,
    ...(site.publisherUrl ? { url: site.publisherUrl } : {}),
    ...(contact ? { contact } : {}),
    ...(corrections ? { corrections } : {}),
  };
}
