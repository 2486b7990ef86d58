/**
 * What each kind of entry shows beside its text, so a reader can walk
 * threat -> tactics -> counter-strategies -> cases and back.
 */
import { ui } from '../i18n/en.ts';
import { entryOf, incoming, outgoing, twoHops, type AnyEntry, type EntryLink } from './entries.ts';

export interface RelatedGroup {
  heading: string;
  links: EntryLink[];
}

export async function relatedGroups(entry: AnyEntry): Promise<RelatedGroup[]> {
  switch (entry.collection) {
    case 'threats': {
      const tactics = await incoming(entry, 'threats', 'tactics');
      return [
        { heading: 'Tactics that answer this threat', links: tactics },
        { heading: 'Counter-strategies against those tactics', links: await twoHops(tactics, 'answers', 'counters') },
        { heading: 'Cases', links: await twoHops(tactics, 'tactics', 'cases') },
      ];
    }
    case 'tactics':
      return [
        { heading: 'Threats it responds to', links: await outgoing(entry, 'threats') },
        { heading: 'Counter-strategies', links: await incoming(entry, 'answers', 'counters') },
        { heading: 'Cases', links: await incoming(entry, 'tactics', 'cases') },
        { heading: 'Key actors', links: await outgoing(entry, 'actors') },
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
        { heading: 'Tactics it answers', links: tactics },
        { heading: 'Threats behind those tactics', links: [...threats.values()] },
        { heading: 'Cases of those tactics', links: await twoHops(tactics, 'tactics', 'cases') },
      ];
    }
    case 'cases':
      return [
        { heading: 'Tactics shown', links: await outgoing(entry, 'tactics') },
        {
          heading: 'Counter-strategies',
          links: await twoHops(await outgoing(entry, 'tactics'), 'answers', 'counters'),
        },
        { heading: 'Where', links: await outgoing(entry, 'places') },
        { heading: 'Who was involved', links: await outgoing(entry, 'participants') },
      ];
    case 'actors':
      return [
        { heading: 'Member of', links: await outgoing(entry, 'memberOf') },
        { heading: 'Members', links: await incoming(entry, 'memberOf', 'actors') },
        { heading: 'Tactics it is linked to', links: await incoming(entry, 'actors', 'tactics') },
        {
          heading: 'Cases',
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
        { heading: 'Tactics taught', links: await outgoing(entry, 'tactics') },
        { heading: 'Counter-strategies taught', links: await outgoing(entry, 'counters') },
        { heading: 'Cases used', links: await outgoing(entry, 'cases') },
      ];
    default:
      return [];
  }
}

function dedupe(links: EntryLink[]): EntryLink[] {
  return [...new Map(links.map((l) => [`${l.collection}/${l.id}`, l])).values()];
}
