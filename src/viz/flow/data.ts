/**
 * The flow explainer from the threats, tactics and counters collections. Pure: Astro
 * fetches the collections and passes them in.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { type ChartLocale, cell, englishCharts, type Explainer, type LinkTo } from '../shared/explainer.ts';
import { escapeHtml } from '../../site/html.ts';
import { layoutFlow } from './layout.ts';
import { renderFlow, renderFlowColumns } from './render.ts';

/** Links the editors inferred rather than the sources stated: relation field -> linked id -> reason. */
type Inferred = Record<string, Record<string, string>> | undefined;

export interface FlowData {
  threats: { id: string; data: { title: string } }[];
  tactics: { id: string; data: { title: string; threats: string[]; inferred?: Inferred } }[];
  counters: { id: string; data: { title: string; answers: string[]; inferred?: Inferred } }[];
}

/**
 * Most tactics the chart draws. Beyond a few dozen a flow
 * chart can no longer be read, and on a 5,000-entry site drawing all 1,000 tactics made
 * the page 167 KB gzip, three quarters of it the SVG. The chart then shows the tactics
 * with the most links, and says so; the table (and its downloads) still lists every one.
 */
export const flowChartMax = 40;

type FlowTactic = { id: string; title: string; threats: string[]; inferred: string[] };
type FlowCounter = { id: string; title: string; answers: string[]; inferred: string[] };

/** The tactics and counters the chart draws: all of them, or the `max` most linked tactics and the counters answering them. */
export function chartedFlow(
  tactics: FlowTactic[],
  counters: FlowCounter[],
  max = flowChartMax,
): { tactics: FlowTactic[]; counters: FlowCounter[] } {
  if (tactics.length <= max) return { tactics, counters };
  const answers = new Map<string, number>();
  for (const c of counters) for (const id of c.answers) answers.set(id, (answers.get(id) ?? 0) + 1);
  const links = (t: FlowTactic) => t.threats.length + (answers.get(t.id) ?? 0);
  // Most links first, then by title, so the choice is the same on every build.
  const byLinks = <T extends { title: string }>(list: T[], count: (x: T) => number) =>
    [...list].sort((a, b) => count(b) - count(a) || a.title.localeCompare(b.title)).slice(0, max);
  const shown = new Set(byLinks(tactics, links).map((t) => t.id));
  return {
    // In the input's order: the layout groups them by threat itself.
    tactics: tactics.filter((t) => shown.has(t.id)),
    // Every counter that answers a charted tactic, so each one's count (and "thin") stays true.
    counters: counters
      .map((c) => ({ ...c, answers: c.answers.filter((id) => shown.has(id)) }))
      .filter((c) => c.answers.length > 0),
  };
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
  const charted = chartedFlow(tactics, counters);
  const layout = layoutFlow(
    { threats, tactics: charted.tactics, counters: charted.counters },
    { columnLabels: [t.threats, t.tactics, t.counters], thin: t.thin },
  );
  // Each tactic's counters, found once for the "thin" count and the table.
  const answeringOf = new Map(tactics.map((x) => [x.id, counters.filter((c) => c.answers.includes(x.id))]));
  // Thin over every tactic, not only the charted ones: answered by fewer than two counters.
  const thin = tactics.filter((x) => answeringOf.get(x.id)!.length < 2);
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
    ...(charted.tactics.length < tactics.length
      ? { notes: `<p class="chart-note">${escapeHtml(t.shownOf(charted.tactics.length, tactics.length))}</p>` }
      : {}),
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
      // The charted tactics in the chart's order, then any the chart leaves out: every tactic.
      rows: [
        ...layout.nodes.filter((n) => n.column === 1).map((n) => n.id),
        ...tactics.filter((x) => !charted.tactics.includes(x)).map((x) => x.id),
      ]
        .map((id) => tactics.find((x) => x.id === id)!)
        .map((tactic) => {
          const answering = answeringOf.get(tactic.id)!;
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
