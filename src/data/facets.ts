/**
 * Search filters for an entry: which threats, regions and actors it concerns.
 * They are written into the page as data-pagefind-filter attributes, so readers can
 * browse, e.g., every counter-strategy that answers a given threat.
 */
import { ui } from '../i18n/en.ts';
import { entryOf, outgoing, type AnyEntry, type EntryLink } from './entries.ts';

export interface Facets {
  threat: string[];
  region: string[];
  actor: string[];
}

const titles = (links: EntryLink[]) => [...new Set(links.map((l) => l.title))];

async function threatsOfTactics(tactics: EntryLink[]): Promise<EntryLink[]> {
  const out: EntryLink[] = [];
  for (const t of tactics) {
    const tactic = await entryOf('tactics', t.id);
    if (tactic) out.push(...(await outgoing(tactic, 'threats')));
  }
  return out;
}

/** A region's label; a code the schema does not know (it cannot pass the check) shows as itself. */
const regionLabel = (code: string): string => ui.regions[code as keyof typeof ui.regions] ?? code;

async function regionsOfActors(actors: EntryLink[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of actors) {
    const region = ((await entryOf('actors', a.id))?.data as { region?: string } | undefined)?.region;
    if (region) out.push(regionLabel(region));
  }
  return out;
}

export async function facetsOf(entry: AnyEntry): Promise<Facets> {
  const data = entry.data as Record<string, unknown>;
  const regionLabels = ((data['regions'] as string[] | undefined) ?? []).map(regionLabel);
  switch (entry.collection) {
    case 'threats':
      return { threat: [data['title'] as string], region: [], actor: [] };
    case 'tactics':
      return {
        threat: titles(await outgoing(entry, 'threats')),
        region: regionLabels,
        actor: titles(await outgoing(entry, 'actors')),
      };
    case 'counters':
      return { threat: titles(await threatsOfTactics(await outgoing(entry, 'answers'))), region: [], actor: [] };
    case 'cases': {
      const actors = [...(await outgoing(entry, 'places')), ...(await outgoing(entry, 'participants'))];
      return {
        threat: titles(await threatsOfTactics(await outgoing(entry, 'tactics'))),
        region: [...new Set(await regionsOfActors(actors))],
        actor: titles(actors),
      };
    }
    case 'actors':
      return {
        threat: [],
        region: data['region'] ? [regionLabel(data['region'] as string)] : [],
        actor: [data['title'] as string],
      };
    default:
      return { threat: [], region: [], actor: [] };
  }
}
