import { collectionLabels as englishLabels } from '../i18n/en.ts';
import { type CollectionName, collectionNames } from '../schemas/collections.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

export interface CollectionLabel {
  singular: string;
  plural: string;
  intro: string;
}

/**
 * What the site calls each collection: the site config's `collections` labels where it
 * gives them, the interface strings' defaults otherwise (English, or the default
 * locale's own words when the caller passes them). Another organisation renames
 * "Threats" to "Risks" in its site.json, without touching src/.
 */
export function collectionLabelsFor(
  config: Pick<SiteConfig, 'collections'>,
  defaults: Record<CollectionName, CollectionLabel> = englishLabels,
): Record<CollectionName, CollectionLabel> {
  const labelOf = (c: CollectionName): CollectionLabel => {
    const own = config.collections?.[c] ?? {};
    return {
      singular: own.singular ?? defaults[c].singular,
      plural: own.plural ?? defaults[c].plural,
      intro: own.intro ?? defaults[c].intro,
    };
  };
  return Object.fromEntries(collectionNames.map((c) => [c, labelOf(c)])) as Record<CollectionName, CollectionLabel>;
}
