/**
 * What each kind of entry shows beside its text, so a reader can walk
 * threat -> tactics -> counter-strategies -> cases and back.
 */
import * as en from '../i18n/en.ts';
import { fill, type CollectionLabels, type UiStrings } from '../i18n/en.ts';
import { collectionNames, collections } from '../schemas/collections.ts';
import { labels as siteLabels } from './site.ts';
import { entryOf, incoming, outgoing, twoHops, type AnyEntry, type EntryLink } from './entries.ts';

const lower = (s: string) => s.toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The words the headings' placeholders stand for, from the labels the page uses:
 * {Tactics} "Tactics", {tactics} "tactics", {threat} "threat" (singular, lowercase).
 */
function headingWords(labels: CollectionLabels): Record<string, string> {
  const words: Record<string, string> = {};
  for (const c of collectionNames) {
    words[capital(c)] = labels[c].plural;
    words[c] = lower(labels[c].plural);
    const singular = collections[c].singular;
    if (/^\w+$/.test(singular)) words[singular] = lower(labels[c].singular);
  }
  return words;
}

export interface RelatedGroup {
  heading: string;
  links: EntryLink[];
}

/**
 * Headings come in the reader's language: pass the page locale's interface words and
 * collection labels (the site's own labels in the default language).
 */
export async function relatedGroups(
  entry: AnyEntry,
  strings: { ui: UiStrings; collectionLabels: CollectionLabels } = { ui: en.ui, collectionLabels: siteLabels },
): Promise<RelatedGroup[]> {
  const words = headingWords(strings.collectionLabels);
  const ui = {
    ...strings.ui,
    related: Object.fromEntries(
      Object.entries(strings.ui.related).map(([k, v]) => [k, fill(v, words)]),
    ) as UiStrings['related'],
  };
  switch (entry.collection) {
    case 'threats': {
      const tactics = await incoming(entry, 'threats', 'tactics');
      return [
        { heading: ui.related.threatTactics, links: tactics },
        { heading: ui.related.threatCounters, links: await twoHops(tactics, 'answers', 'counters') },
        { heading: ui.related.cases, links: await twoHops(tactics, 'tactics', 'cases') },
      ];
    }
    case 'tactics':
      return [
        { heading: ui.related.tacticThreats, links: await outgoing(entry, 'threats') },
        { heading: ui.related.counters, links: await incoming(entry, 'answers', 'counters') },
        { heading: ui.related.cases, links: await incoming(entry, 'tactics', 'cases') },
        { heading: ui.related.keyActors, links: await outgoing(entry, 'actors') },
        { heading: ui.related.taughtIn, links: await incoming(entry, 'tactics', 'modules') },
      ];
    case 'counters': {
      const tactics = await outgoing(entry, 'answers');
      const threats = new Map<string, EntryLink>();
      for (const t of tactics) {
        const tactic = await entryOf('tactics', t.id);
        if (!tactic) continue;
        for (const th of await outgoing(tactic, 'threats')) {
          // Reached only through a link the editors made, the threat is linked by them too.
          const reason = th.inferred ?? (t.inferred ? ui.reachedThrough.replace('{title}', t.title) : undefined);
          const found = reason ? { ...th, inferred: reason } : th;
          const known = threats.get(th.id);
          if (!known || (known.inferred && !found.inferred)) threats.set(th.id, found);
        }
      }
      return [
        { heading: ui.related.counterTactics, links: tactics },
        { heading: ui.related.counterThreats, links: [...threats.values()] },
        { heading: ui.related.counterCases, links: await twoHops(tactics, 'tactics', 'cases') },
      ];
    }
    case 'cases':
      return [
        { heading: ui.related.caseTactics, links: await outgoing(entry, 'tactics') },
        {
          heading: ui.related.counters,
          links: await twoHops(await outgoing(entry, 'tactics'), 'answers', 'counters'),
        },
        { heading: ui.related.where, links: await outgoing(entry, 'places') },
        { heading: ui.related.involved, links: await outgoing(entry, 'participants') },
      ];
    case 'actors':
      return [
        { heading: ui.related.memberOf, links: await outgoing(entry, 'memberOf') },
        { heading: ui.related.members, links: await incoming(entry, 'memberOf', 'actors') },
        { heading: ui.related.actorTactics, links: await incoming(entry, 'actors', 'tactics') },
        {
          heading: ui.related.cases,
          links: dedupe([
            ...(await incoming(entry, 'participants', 'cases')),
            ...(await incoming(entry, 'places', 'cases')),
            ...(await incoming(entry, 'vote.body', 'cases')),
          ]),
        },
      ];
    case 'glossary':
      return [
        {
          heading: ui.related.seeAlso,
          links: dedupe([...(await outgoing(entry, 'see')), ...(await incoming(entry, 'see', 'glossary'))]),
        },
      ];
    case 'modules':
      return [
        { heading: ui.related.tacticsTaught, links: await outgoing(entry, 'tactics') },
        { heading: ui.related.countersTaught, links: await outgoing(entry, 'counters') },
        { heading: ui.related.casesUsed, links: await outgoing(entry, 'cases') },
      ];
    default:
      return [];
  }
}

function dedupe(links: EntryLink[]): EntryLink[] {
  return [...new Map(links.map((l) => [`${l.collection}/${l.id}`, l])).values()];
}
