/**
 * Search filter values in the reader's language. Facets are computed in the default
 * language (src/data/facets.ts); a page and the search form of one locale both pass them
 * through here, so the filters Pagefind records match the ones the form offers.
 */
import * as en from '../i18n/en.ts';
import { entriesOf, linkTo, localizeLink } from './entries.ts';
import type { PageLocale } from './locale.ts';

export async function localFacetValue(key: string, value: string, locale: PageLocale): Promise<string> {
  if (locale.locale.default) return value;
  if (key === 'region') {
    const code = Object.entries(en.ui.regions).find(([, label]) => label === value)?.[0];
    return (code && locale.ui.regions[code as keyof typeof en.ui.regions]) || value;
  }
  if (key === 'threat') {
    const threat = (await entriesOf('threats')).find((t) => t.data.title === value);
    return threat ? localizeLink(linkTo(threat), locale).title : value;
  }
  return value;
}
