/**
 * The explainers, from the content collections: this module only fetches the entries
 * and hands them to each chart kind's pure data.ts (src/viz/<kind>/data.ts), which shapes
 * them into the chart, its small-screen form, its legend and its table.
 */
import { explainerKinds, entryPath, type ExplainerKind } from '../site/routes.ts';
import { flowExplainer } from '../viz/flow/data.ts';
import { mapExplainer } from '../viz/map/data.ts';
import { networkExplainer } from '../viz/network/data.ts';
import type { Explainer, LinkTo } from '../viz/shared/explainer.ts';
import { timelineExplainer } from '../viz/timeline/data.ts';
import { votesExplainers } from '../viz/votes/data.ts';
import { availableExplainers, entriesOf } from './entries.ts';
import { href } from './site.ts';

export type { Explainer, Table } from '../viz/shared/explainer.ts';
export type { ExplainerKind };
export { explainerKinds };

const linkTo: LinkTo = (collection, id) => href(entryPath(collection, id));

let cache: Promise<Map<ExplainerKind, Explainer[]>> | undefined;

export function explainers(): Promise<Map<ExplainerKind, Explainer[]>> {
  cache ??= (async () => {
    const [actors, cases, tactics, threats, counters] = await Promise.all([
      entriesOf('actors'),
      entriesOf('cases'),
      entriesOf('tactics'),
      entriesOf('threats'),
      entriesOf('counters'),
    ]);
    const builders: Record<ExplainerKind, () => Explainer[]> = {
      network: () => [networkExplainer({ actors, cases, tactics }, linkTo)],
      map: () => [mapExplainer({ actors, cases }, linkTo)],
      timeline: () => [timelineExplainer({ cases, tactics }, linkTo)],
      flow: () => [flowExplainer({ threats, tactics, counters }, linkTo)],
      votes: () => votesExplainers({ actors, cases }, linkTo),
    };
    // Only explainers with data are drawn (src/site/published.ts decides, for the check too).
    const kinds = await availableExplainers();
    return new Map(kinds.map((k) => [k, builders[k]()] as const));
  })();
  return cache;
}

export async function explainer(kind: ExplainerKind, id?: string): Promise<Explainer> {
  const list = (await explainers()).get(kind) ?? [];
  const found = id ? list.find((e) => e.id === id) : list[0];
  if (!found)
    throw new Error(
      `no ${kind} explainer${id ? ` for "${id}"` : ''}; available: ${list.map((e) => e.id).join(', ') || 'none'}`,
    );
  return found;
}
