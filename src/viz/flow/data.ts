/**
 * The flow explainer from the threats, tactics and counters collections. Pure: Astro
 * fetches the collections and passes them in.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { type ChartLocale, cell, englishCharts, type Explainer, type LinkTo } from '../shared/explainer.ts';
import { layoutFlow } from './layout.ts';
import { renderFlow, renderFlowColumns } from './render.ts';

/** Links the editors inferred rather than the sources stated: relation field -> linked id -> reason. */
type Inferred = Record<string, Record<string, string>> | undefined;

export interface FlowData {
  threats: { id: string; data: { title: string } }[];
  tactics: { id: string; data: { title: string; threats: string[]; inferred?: Inferred } }[];
  counters: { id: string; data: { title: string; answers: string[]; inferred?: Inferred } }[];
}

export function flowExplainer(input: FlowData, linkTo: LinkTo, locale: ChartLocale = englishCharts): Explainer {
  const t = locale.t.flow;
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
  const layout = layoutFlow(
    { threats, tactics, counters },
    { columnLabels: [t.threats, t.tactics, t.counters], thin: t.thin },
  );
  const thin = layout.nodes.filter((n) => n.thin);
  const title = t.title;
  const takeaway = t.takeaway(tactics.length, threats.length, counters.length, thin.length);
  const columns: CollectionName[] = ['threats', 'tactics', 'counters'];
  const hrefOf = (column: number, id: string) => linkTo(columns[column]!, id);
  const threatTitle = new Map(threats.map((t) => [t.id, t.title]));
  return {
    kind: 'flow',
    id: 'flow',
    title,
    takeaway,
    svg: renderFlow(layout, { id: 'chart-flow', title, desc: takeaway, hrefOf, answeredBy: t.answeredBy }),
    small: renderFlowColumns(layout, { hrefOf, words: t }),
    legend: [
      ...layout.nodes
        .filter((n) => n.column === 0)
        .map((n) => ({ swatch: `swatch swatch-threat threat-${n.colour}`, label: n.title })),
      { swatch: 'swatch swatch-thin', label: t.thinLegend },
      ...(layout.links.some((l) => l.inferred)
        ? [
            {
              swatch: 'swatch swatch-line swatch-dotted',
              label: t.inferredLegend,
            },
          ]
        : []),
    ],
    table: {
      caption: t.caption,
      columns: [t.tactic, t.threats, t.counters, t.count],
      rows: layout.nodes
        .filter((n) => n.column === 1)
        .map((n) => {
          const tactic = tactics.find((x) => x.id === n.id)!;
          const answering = counters.filter((c) => c.answers.includes(n.id));
          return [
            cell(tactic.title, linkTo('tactics', tactic.id)),
            cell(
              tactic.threats
                .map((id) => `${threatTitle.get(id) ?? id}${tactic.inferred.includes(id) ? t.inferredMark : ''}`)
                .join('; '),
            ),
            cell(
              answering.map((c) => `${c.title}${c.inferred.includes(tactic.id) ? t.inferredMark : ''}`).join('; ') ||
                t.none,
            ),
            cell(locale.number(answering.length)),
          ];
        }),
    },
  };
}
