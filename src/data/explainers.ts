/**
 * The explainers, from the content collections: this module only fetches the entries
 * and hands them to each chart kind's pure data.ts (src/viz/<kind>/data.ts), which shapes
 * them into the chart, its small-screen form, its legend and its table.
 */
import { formatPartialDate } from '../i18n/en.ts';
import { explainerKinds, entryPath, type ExplainerKind } from '../site/routes.ts';
import { flowExplainer } from '../viz/flow/data.ts';
import { mapExplainer } from '../viz/map/data.ts';
import { networkExplainer } from '../viz/network/data.ts';
import type { ChartLocale, Explainer, LinkTo } from '../viz/shared/explainer.ts';
import { timelineExplainer } from '../viz/timeline/data.ts';
import { votesExplainers } from '../viz/votes/data.ts';
import { type AnyEntry, availableExplainers, entriesOf, linkTo as entryLink, localizeLink } from './entries.ts';
import { defaultLocale, localeFor, type PageLocale } from './locale.ts';

export type { Explainer, Table } from '../viz/shared/explainer.ts';
export type { ExplainerKind };
export { explainerKinds };

/** The charts' language: the page's words, Intl numbers and dates, and direction. */
export function chartLocale(l: PageLocale): ChartLocale {
  return { t: l.ui.charts, number: l.number, date: (d) => formatPartialDate(d, l.intl), dir: l.locale.dir };
}

const caches = new Map<string, Promise<Map<ExplainerKind, Explainer[]>>>();

/**
 * Every explainer, drawn in `locale` (default: the site's language): titles of translated
 * entries in that language, links to its pages, its words, numbers and dates.
 */
export function explainers(locale: PageLocale = localeFor(defaultLocale)): Promise<Map<ExplainerKind, Explainer[]>> {
  const code = locale.locale.code;
  let cache = caches.get(code);
  if (cache) return cache;
  cache = (async () => {
    // Entries with their titles in the locale where a translation has one.
    const inLocale = async <C extends Parameters<typeof entriesOf>[0]>(c: C) => {
      const list = await entriesOf(c);
      return locale.locale.default
        ? list
        : list.map((e) => ({ ...e, data: { ...e.data, title: localizeLink(entryLink(e as AnyEntry), locale).title } }));
    };
    const [actors, cases, tactics, threats, counters] = await Promise.all([
      inLocale('actors'),
      inLocale('cases'),
      inLocale('tactics'),
      inLocale('threats'),
      inLocale('counters'),
    ]);
    const linkTo: LinkTo = (collection, id) => locale.link(entryPath(collection, id));
    const words = chartLocale(locale);
    const builders: Record<ExplainerKind, () => Explainer[]> = {
      network: () => [networkExplainer({ actors, cases, tactics }, linkTo, words)],
      map: () => [mapExplainer({ actors, cases }, linkTo, words)],
      timeline: () => [timelineExplainer({ cases, tactics }, linkTo, words)],
      flow: () => [flowExplainer({ threats, tactics, counters }, linkTo, words)],
      votes: () => votesExplainers({ actors, cases }, linkTo, words),
    };
    // Only explainers with data are drawn (src/site/published.ts decides, for the check too).
    const kinds = await availableExplainers();
    return new Map(kinds.map((k) => [k, builders[k]()] as const));
  })();
  caches.set(code, cache);
  return cache;
}

export async function explainer(kind: ExplainerKind, id?: string, locale?: PageLocale): Promise<Explainer> {
  const list = (await explainers(locale)).get(kind) ?? [];
  const found = id ? list.find((e) => e.id === id) : list[0];
  if (!found)
    throw new Error(
      `no ${kind} explainer${id ? ` for "${id}"` : ''}; available: ${list.map((e) => e.id).join(', ') || 'none'}`,
    );
  return found;
}
