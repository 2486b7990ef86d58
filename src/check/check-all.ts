import { existsSync } from 'node:fs';
import { contentRoot } from '../loading/content-root.ts';
import { checkContent, type CheckedEntry } from './content-check.ts';
import { sortProblems, type Problem } from './problems.ts';
import { loadSiteConfig } from '../loading/site-config.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { siteLocales } from '../i18n/locales.ts';
import { checkTranslations, uiStringProblems, type TranslationStatus } from './translations.ts';
import { collectionNames } from '../schemas/collections.ts';
import { collectionsWithEntries } from '../site/published.ts';

export interface FullCheck {
  problems: Problem[];
  errors: Problem[];
  entries: CheckedEntry[];
  config?: SiteConfig;
  /** Per locale and entry: translated, outdated or missing. */
  translations: TranslationStatus[];
}

/** Site config plus every content collection: what `npm run check` and the build both run first. */
export function checkProject(projectRoot: string, options: { contentRoot?: string; today?: string } = {}): FullCheck {
  const site = loadSiteConfig(
    projectRoot,
    options.contentRoot ? { ...process.env, COUNTERPOINT_CONTENT: options.contentRoot } : process.env,
  );
  const root = options.contentRoot ?? contentRoot(projectRoot);
  const content = checkContent({
    contentRoot: root,
    projectRoot,
    ...(options.today ? { today: options.today } : {}),
  });
  // Without a content folder, "site.json is missing" would only repeat the one real problem.
  const siteProblems = existsSync(root) ? site.problems : [];
  const locales = site.config ? siteLocales(site.config) : [];
  const translations = checkTranslations({
    contentRoot: root,
    projectRoot,
    sources: content.entries,
    locales,
  });
  const problems = sortProblems([
    ...siteProblems,
    ...content.problems,
    ...uiStringProblems(locales),
    ...translations.problems,
  ]);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error'),
    entries: content.entries,
    translations: translations.status,
    ...(site.config ? { config: site.config } : {}),
  };
}

/**
 * What a content folder must hold: only site.json. Every collection may be empty or
 * absent; the site then leaves it out (no index page, no menu entry, no search filter).
 * Says which are left out, so an editor is not surprised by a missing section.
 */
export function emptyCollectionsNote(entries: readonly CheckedEntry[]): string | undefined {
  const present = new Set(
    collectionsWithEntries(entries.map((e) => ({ collection: e.collection, id: e.id, data: e.parsed }))),
  );
  const empty = collectionNames.filter((c) => !present.has(c));
  if (!empty.length) return undefined;
  return `no published entries in ${empty.map((c) => `${c}/`).join(', ')}: the site leaves ${empty.length === 1 ? 'it' : 'them'} out (a content folder needs only site.json; any collection may be empty or absent)`;
}
