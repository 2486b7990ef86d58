/**
 * The flow explainer from the threats, tactics and counters collections. Pure: Astro
 * fetches the collections and passes them in.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { cell, type Explainer, type LinkTo, plural } from '../shared/explainer.ts';
import { layoutFlow } from './layout.ts';
import { renderFlow, renderFlowColumns } from './render.ts';

/** Links the editors inferred rather than the sources stated: relation field -> linked id -> reason. */
type Inferred = Record<string, Record<string, string>> | undefined;

export interface FlowData {
  threats: { id: string; data: { title: string } }[];
  tactics: { id: string; data: { title: string; threats: string[]; inferred?: Inferred } }[];
  counters: { id: string; data: { title: string; answers: string[]; inferred?: Inferred } }[];
}

export function flowExplainer(input: FlowData, linkTo: LinkTo): Explainer {
  const threats = input.threats.map((t) => ({ id: t.id, title: t.data.title }));
  const tactics = input.tactics.map((t) => ({
    id: t.id,
    title: t.data.title,
    threats: t.data.threats,
    inferred: Object.keys(t.data.inferred?.['threats'] ?? {}),
  }));
  const counters = input.counters.map((c) => ({
    id: c.id,
    title: c.data.title,
    answers: c.data.answers,
    inferred: Object.keys(c.data.inferred?.['answers'] ?? {}),
  }));
  const layout = layoutFlow({ threats, tactics, counters });
  const thin = layout.nodes.filter((n) => n.thin);
  const title = 'From threats to tactics to counter-strategies';
  const takeaway = `${plural(tactics.length, 'tactic')} answer ${plural(threats.length, 'threat')}, and ${plural(counters.length, 'counter-strategy', 'counter-strategies')} answer them; ${plural(thin.length, 'tactic has', 'tactics have')} fewer than two counter-strategies.`;
  const columns: CollectionName[] = ['threats', 'tactics', 'counters'];
  const hrefOf = (column: number, id: string) => linkTo(columns[column]!, id);
  const threatTitle = new Map(threats.map((t) => [t.id, t.title]));
  return {
    kind: 'flow',
    id: 'flow',
    title,
    takeaway,
    svg: renderFlow(layout, { id: 'chart-flow', title, desc: takeaway, hrefOf }),
    small: renderFlowColumns(layout, { hrefOf }),
    legend: [
      ...layout.nodes
        .filter((n) => n.column === 0)
        .map((n) => ({ swatch: `swatch swatch-threat threat-${n.colour}`, label: n.title })),
      { swatch: 'swatch swatch-thin', label: 'Thin: answered by fewer than two counter-strategies' },
      ...(layout.links.some((l) => l.inferred)
        ? [
            {
              swatch: 'swatch swatch-line swatch-dotted',
              label: 'Link inferred by the editors, not stated by the sources',
            },
          ]
        : []),
    ],
    table: {
      caption: 'Each tactic, the threats it answers, and the counter-strategies that answer it',
      columns: ['Tactic', 'Threats', 'Counter-strategies', 'Count'],
      rows: layout.nodes
        .filter((n) => n.column === 1)
        .map((n) => {
          const t = tactics.find((x) => x.id === n.id)!;
          const answering = counters.filter((c) => c.answers.includes(n.id));
          return [
            cell(t.title, linkTo('tactics', t.id)),
            cell(
              t.threats
                .map((id) => `${threatTitle.get(id) ?? id}${t.inferred.includes(id) ? ' (inferred)' : ''}`)
                .join('; '),
            ),
            cell(
              answering.map((c) => `${c.title}${c.inferred.includes(t.id) ? ' (inferred)' : ''}`).join('; ') || 'none',
            ),
            cell(answering.length),
          ];
        }),
    },
  };
}
