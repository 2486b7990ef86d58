/**
 * The language of the page being rendered, read from its URL, with its interface words
 * and link helpers. Components call pageLocale(Astro.url) instead of threading a prop.
 */
import { hasLocalePages, localizedPath, siteLocales, splitLocale, withoutBase, type Locale } from '../i18n/locales.ts';
import { stringsFor, type Strings } from '../i18n/strings.ts';
import { collectionLabelsFor } from '../site/collection-labels.ts';
import { href, site } from './site.ts';

export const locales: Locale[] = siteLocales(site);
export const defaultLocale: Locale = locales[0]!;

export interface PageLocale extends Strings {
  locale: Locale;
  /** Intl tag for dates and numbers. */
  intl: string;
  /** The page's path in the default language, without base: /ru/threats/ -> /threats/. */
  path: string;
  /** href() for this locale: /threats/ -> /ru/threats/ (with the base). */
  link(path: string): string;
  /** Formats a number for the locale: 2,000 / 2 000. */
  number(n: number): string;
  /** A duration in minutes, through Intl: "25 minutes" / "25 минут"; short: "25 min" / "25 мин". */
  minutes(n: number, style?: 'long' | 'short'): string;
  /** A schedule's running clock from minutes: "1:05", in the locale's digits. */
  clock(minutes: number): string;
}

export function localeFor(locale: Locale, path = '/'): PageLocale {
  const intl = locale.code;
  const format = new Intl.NumberFormat(intl);
  const two = new Intl.NumberFormat(intl, { minimumIntegerDigits: 2, useGrouping: false });
  const strings = stringsFor(locale.code);
  return {
    ...strings,
    // site.json's collection labels are in the site's own language: they rename the default
    // locale's collections; other locales keep their own words.
    collectionLabels: locale.default ? collectionLabelsFor(site, strings.collectionLabels) : strings.collectionLabels,
    locale,
    intl,
    path,
    link: (p) => href(localizedPath(locale, p)),
    number: (n) => format.format(n),
    minutes: (n, style = 'long') =>
      new Intl.NumberFormat(intl, { style: 'unit', unit: 'minute', unitDisplay: style }).format(n),
    clock: (m) => `${format.format(Math.floor(m / 60))}:${two.format(m % 60)}`,
  };
}

export function pageLocale(url: URL): PageLocale {
  const { locale, path } = splitLocale(withoutBase(url.pathname, import.meta.env.BASE_URL), locales);
  return localeFor(locale, path);
}

/** The same page in every locale, for the language switcher and hreflang links. */
export function alternates(path: string): { locale: Locale; href: string; same: boolean }[] {
  const same = hasLocalePages(path);
  // A page that exists in one language only sends other readers to their home page.
  return locales.map((locale) => ({ locale, same, href: href(localizedPath(locale, same ? path : '/')) }));
}

/** Locales other than the default, for getStaticPaths of the /<code>/ routes. */
export const otherLocales: Locale[] = locales.filter((l) => !l.default);
