import { z } from 'astro/zod';
import { citationStyles } from '../citations/styles.ts';
import { type CollectionName, collectionNames } from './collections.ts';

const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: "must be a language tag such as 'en' or 'pt-BR'" });

/** One language the site is published in. */
export const localeSchema = z.strictObject({
  /** BCP 47 tag; other locales are served under /<code>/. */
  code: languageTag,
  /** The language's name in itself, for the language switcher: English, Русский, العربية. */
  label: z.string().trim().min(1),
  /** Writing direction. Default: ltr. */
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
  /** The one locale served at the site's root; its code must equal `lang`. Default: false. */
  default: z.boolean().default(false),
  /** The site's description in this language, for the home page and link previews. Default: the site's. */
  description: z.string().trim().min(20).max(300).optional(),
});
export type Locale = z.output<typeof localeSchema>;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a six-digit hex colour such as #1d4ed8' });

/** What the site calls one collection; each word left out keeps the default from src/i18n/en.ts. */
const collectionLabel = z.strictObject({
  /** One entry, e.g. "Risk". Shown above each entry's title and in search results. */
  singular: z.string().trim().min(1).optional(),
  /** The collection, e.g. "Risks". Shown in the menu, headings and search filters. */
  plural: z.string().trim().min(1).optional(),
  /** One or two sentences under the collection's heading and on the home page. */
  intro: z.string().trim().min(1).optional(),
});

/** content/site.json: everything another organisation changes to make the site its own. */
export const siteConfigSchema = z.strictObject({
  /** The site's name, shown in the header and page titles. */
  title: z.string().trim().min(1),
  /** One sentence on what the site is, for the home page and link previews. */
  description: z.string().trim().min(20).max(300),
  /** Who publishes the site, shown in the footer, on the about page and in link previews. */
  publisher: z.string().trim().min(1),
  /** The publisher's own web address, linked from its name. Optional. */
  publisherUrl: z
    .url({ protocol: /^https$/, message: 'must be a full https:// address such as https://example.org' })
    .optional(),
  /** How readers reach the editors: an email address or a web address. Optional; without it the footer points to the repository's issues, if set. */
  contact: z
    .string()
    .trim()
    .regex(/^(https:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
      message: 'must be an email address or a full https:// address such as https://example.org/contact',
    })
    .optional(),
  /** Where readers report a mistake: a web address, or a path on this site such as /method/#corrections. Optional; without it, the repository's new-issue page, if set. */
  corrections: z
    .string()
    .trim()
    .regex(/^(https:\/\/\S+|\/\S*)$/, {
      message: 'must be a full https:// address or a path on this site starting with /',
    })
    .optional(),
  /** The quick exit on every page: where it goes (a neutral page on another site) and what it says. */
  quickExit: z
    .strictObject({
      url: z
        .url({
          protocol: /^https$/,
          message: 'must be an https:// address of a neutral page, e.g. https://www.wikipedia.org/',
        })
        .default('https://www.wikipedia.org/'),
      label: z.string().trim().min(1).max(30).default('Leave this site'),
    })
    .default({ url: 'https://www.wikipedia.org/', label: 'Leave this site' }),
  /** The language of the content, as a BCP 47 tag. Default: en. */
  lang: languageTag.default('en'),
  /** Languages the site is published in. Default: only `lang`. Exactly one is the default. */
  locales: z
    .array(localeSchema)
    .min(1)
    .refine((l) => l.filter((x) => x.default).length === 1, {
      message: 'needs exactly one locale with "default": true (the language served at the root)',
    })
    .refine((l) => new Set(l.map((x) => x.code)).size === l.length, {
      message: 'lists the same language code twice; remove the repeat',
    })
    .optional(),
  /** Full URL the site is served from, e.g. https://example.org. Canonical links, the sitemap, the feed and link-preview images need it and are left out without it. The COUNTERPOINT_SITE environment variable overrides it. Optional. */
  site: z.url({ protocol: /^https$/, message: 'must be a full address such as https://example.org' }).optional(),
  /** Folder the site is served under, e.g. /counterpoint/. Default: /. The COUNTERPOINT_BASE environment variable overrides it. */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, { message: "must start and end with a slash, e.g. '/' or '/counterpoint/'" })
    .refine((b) => !b.split('/').some((part) => /^\.+$/.test(part)), {
      message:
        "must not contain . or .. folders, which lead outside the site; use a plain folder name such as '/counterpoint/'",
    })
    .default('/'),
  /** Where the site's source lives, for the 'suggest a correction' link. The COUNTERPOINT_REPOSITORY environment variable overrides it. Optional. */
  repository: z.url({ protocol: /^https$/, message: 'must be an https:// address' }).optional(),
  /** A 48x48 PNG in the content folder, e.g. "illustration-48.png": the icon Kiwix shows for the site's offline ZIM files. Optional; without it no ZIM file is made. */
  illustration: z
    .string()
    .regex(/^[\w./-]+\.png$/, {
      message: 'must be the path of a .png file inside the content folder, e.g. "illustration-48.png"',
    })
    .optional(),
  /** The CSL style of notes, bibliographies and "Cite this page": apa (APA 7th) or harvard (Cite Them Right). Default: apa. */
  citationStyle: z
    .enum(Object.keys(citationStyles) as [keyof typeof citationStyles], {
      message: `must be one of ${Object.keys(citationStyles).join(', ')}`,
    })
    .default('apa'),
  /** Accent colours for links and highlights, one per colour scheme. They must contrast with the page background. */
  colours: z
    .strictObject({
      accentLight: hexColour.default('#1d4ed8'),
      accentDark: hexColour.default('#93c5fd'),
    })
    .default({ accentLight: '#1d4ed8', accentDark: '#93c5fd' }),
  /** Labels per collection, e.g. { "threats": { "singular": "Risk", "plural": "Risks" } }, so a site calls its collections what its readers do. Optional. */
  collections: z
    .strictObject(
      Object.fromEntries(collectionNames.map((c) => [c, collectionLabel.optional()])) as Record<
        CollectionName,
        z.ZodOptional<typeof collectionLabel>
      >,
    )
    .default({}),
});
export type SiteConfig = z.output<typeof siteConfigSchema>;
