/**
 * What each kind of entry shows beside its text, so a reader can walk
 * threat -> tactics -> counter-strategies -> cases and back.
 */
import { ui } from '../i18n/en.ts';
import { labels as L } from './site.ts';
import { entryOf, incoming, outgoing, twoHops, type AnyEntry, type EntryLink } from './entries.ts';

const lower = (s: string) => s.toLowerCase();

export interface RelatedGroup {
  heading: string;
  links: EntryLink[];
}

export async function relatedGroups(entry: AnyEntry): Promise<RelatedGroup[]> {
  switch (entry.collection) {
    case 'threats': {
      const tactics = await incoming(entry, 'threats', 'tactics');
      return [
        { heading: `${L.tactics.plural} that answer this ${lower(L.threats.singular)}`, links: tactics },
        {
          heading: `${L.counters.plural} against those ${lower(L.tactics.plural)}`,
          links: await twoHops(tactics, 'answers', 'counters'),
        },
        { heading: L.cases.plural, links: await twoHops(tactics, 'tactics', 'cases') },
      ];
    }
    case 'tactics':
      return [
        { heading: `${L.threats.plural} it responds to`, links: await outgoing(entry, 'threats') },
        { heading: L.counters.plural, links: await incoming(entry, 'answers', 'counters') },
        { heading: L.cases.plural, links: await incoming(entry, 'tactics', 'cases') },
        { heading: `Key ${lower(L.actors.plural)}`, links: await outgoing(entry, 'actors') },
        { heading: 'Taught in', links: await incoming(entry, 'tactics', 'modules') },
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
        { heading: `${L.tactics.plural} it answers`, links: tactics },
        { heading: `${L.threats.plural} behind those ${lower(L.tactics.plural)}`, links: [...threats.values()] },
        {
          heading: `${L.cases.plural} of those ${lower(L.tactics.plural)}`,
          links: await twoHops(tactics, 'tactics', 'cases'),
        },
      ];
    }
    case 'cases':
      return [
        { heading: `${L.tactics.plural} shown`, links: await outgoing(entry, 'tactics') },
        {
          heading: L.counters.plural,
          links: await twoHops(await outgoing(entry, 'tactics'), 'answers', 'counters'),
        },
        { heading: 'Where', links: await outgoing(entry, 'places') },
        { heading: 'Who was involved', links: await outgoing(entry, 'participants') },
      ];
    case 'actors':
      return [
        { heading: 'Member of', links: await outgoing(entry, 'memberOf') },
        { heading: 'Members', links: await incoming(entry, 'memberOf', 'actors') },
        { heading: `${L.tactics.plural} it is linked to`, links: await incoming(entry, 'actors', 'tactics') },
        {
          heading: L.cases.plural,
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
          heading: 'See also',
          links: dedupe([...(await outgoing(entry, 'see')), ...(await incoming(entry, 'see', 'glossary'))]),
        },
      ];
    case 'modules':
      return [
        { heading: `${L.tactics.plural} taught`, links: await outgoing(entry, 'tactics') },
        { heading: `${L.counters.plural} taught`, links: await outgoing(entry, 'counters') },
        { heading: `${L.cases.plural} used`, links: await outgoing(entry, 'cases') },
      ];
    default:
      return [];
  }
}

function dedupe(links: EntryLink[]): EntryLink[] {
  return [...new Map(links.map((l) => [`${l.collection}/${l.id}`, l])).values()];
}
