/**
 * Which language a page is in, and where the same page lives in another language.
 * Pure functions over the site config: the default locale sits at the root, every other
 * under /<code>/. Astro components reach these through src/data/locale.ts.
 */
import type { Locale, SiteConfig } from '../schemas/site-config.ts';

export type { Locale };

/** The site's locales, default first; a site without `locales` has just its `lang`. */
export function siteLocales(config: Pick<SiteConfig, 'lang' | 'locales'>): Locale[] {
  const list = config.locales ?? [{ code: config.lang, label: config.lang, dir: 'ltr', default: true }];
  return [...list].sort((a, b) => Number(b.default) - Number(a.default));
}

/**
 * Sections that exist only in the default language: their pages link there from every
 * locale. Everything else (home, entries, section indexes, explainers, training modules
 * with their slides, guide and handout, search, translation status) has a page per locale,
 * translated or falling back to the default's text.
 */
export const untranslatedSections = ['/sources/', '/downloads/', '/404/'];

export function hasLocalePages(path: string): boolean {
  return !untranslatedSections.some((s) => path.startsWith(s)) && !/\.[a-z0-9]+$/i.test(path);
}

/** Site-relative path (no base) of `path` in `locale`: /threats/ -> /ru/threats/. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale.default || !path.startsWith('/') || path.startsWith('//') || !hasLocalePages(path)) return path;
  return `/${locale.code}${path}`;
}

/** Splits a site-relative path into its locale and the path in the default language. */
export function splitLocale(path: string, locales: Locale[]): { locale: Locale; path: string } {
  const fallback = locales.find((l) => l.default) ?? locales[0]!;
  const first = path.split('/')[1] ?? '';
  const locale = locales.find((l) => !l.default && l.code === first);
  return locale ? { locale, path: path.slice(first.length + 1) || '/' } : { locale: fallback, path };
}

/** Strips the base the site is served under from a URL path: /counterpoint/ru/ -> /ru/. */
export function withoutBase(pathname: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}

/** The language part of a tag, as Pagefind and Intl name it: pt-BR -> pt. */
export function primaryLanguage(code: string): string {
  return code.split('-')[0]!;
}
