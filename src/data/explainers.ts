/**
 * The data behind every explainer, shaped from the content collections (never typed
 * in by hand): the chart's SVG, a table with the same data, and downloadable rows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { availableExplainers, entriesOf, linkTo } from './entries.ts';
import { href } from './site.ts';
import { entryPath, explainerKinds, type ExplainerKind } from '../site/routes.ts';
import { formatPartialDate } from '../i18n/en.ts';
import { layoutNetwork, type NetworkEdgeInput, type NetworkNodeInput } from '../viz/network/layout.ts';
import { renderNetwork } from '../viz/network/render.ts';
import { layoutMap } from '../viz/map/layout.ts';
import { renderMap } from '../viz/map/render.ts';
import { layoutTimeline } from '../viz/timeline/layout.ts';
import { renderTimeline } from '../viz/timeline/render.ts';
import { layoutFlow } from '../viz/flow/layout.ts';
import { renderFlow } from '../viz/flow/render.ts';
import { renderVote } from '../viz/votes/render.ts';
import type { CollectionName } from '../schemas/collections.ts';

const require = createRequire(import.meta.url);

export type { ExplainerKind };
export { explainerKinds };

export interface Table {
  caption: string;
  columns: string[];
  /** Cells; a cell with href renders as a link. */
  rows: { text: string; href?: string }[][];
}

export interface Explainer {
  kind: ExplainerKind;
  /** Distinguishes several explainers of one kind (one per recorded vote). */
  id: string;
  title: string;
  takeaway: string;
  svg: string;
  table: Table;
  /** Extra data the browser enhancement needs (network only). */
  client?: unknown;
}

const cell = (text: string | number, link?: string) =>
  link ? { text: String(text), href: link } : { text: String(text) };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

let cache: Promise<Map<string, Explainer[]>> | undefined;

export function explainers(): Promise<Map<string, Explainer[]>> {
  // Only explainers with data are drawn (src/site/published.ts decides, for the check too).
  const builders: Record<ExplainerKind, () => Promise<Explainer[]>> = {
    network: async () => [await network()],
    map: async () => [await map()],
    timeline: async () => [await timeline()],
    flow: async () => [await flow()],
    votes,
  };
  cache ??= (async () => {
    const kinds = await availableExplainers();
    return new Map<string, Explainer[]>(await Promise.all(kinds.map(async (k) => [k, await builders[k]()] as const)));
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

async function network(): Promise<Explainer> {
  const actors = await entriesOf('actors');
  const cases = await entriesOf('cases');
  const tactics = new Map((await entriesOf('tactics')).map((t) => [t.id, t.data.title]));
  const edges: NetworkEdgeInput[] = [];
  for (const a of actors)
    for (const org of a.data.memberOf)
      edges.push({ source: a.id, target: org, type: 'membership', tactics: [], cases: [] });
  // Two actors that took part in the same documented case are linked by it.
  const pairs = new Map<string, NetworkEdgeInput>();
  for (const c of cases) {
    const who = [...new Set(c.data.participants)].sort();
    for (let i = 0; i < who.length; i++)
      for (let j = i + 1; j < who.length; j++) {
        const key = `${who[i]}|${who[j]}`;
        const edge = pairs.get(key) ?? {
          source: who[i]!,
          target: who[j]!,
          type: 'collaboration' as const,
          tactics: [],
          cases: [],
        };
        edge.cases.push(c.id);
        edge.tactics = [...new Set([...edge.tactics, ...c.data.tactics])];
        pairs.set(key, edge);
      }
  }
  edges.push(...pairs.values());
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: NetworkNodeInput[] = actors
    .filter((a) => used.has(a.id))
    .map((a) => ({ id: a.id, label: a.data.title, shape: a.data.kind === 'state' ? 'state' : 'organization' }));
  const layout = layoutNetwork(nodes, edges);
  const title = 'Who collaborates with whom';
  const collaborations = edges.filter((e) => e.type === 'collaboration').length;
  const memberships = edges.length - collaborations;
  const takeaway = `${plural(nodes.length, 'state or organisation', 'states and organisations')} are linked by ${plural(memberships, 'membership')} and ${plural(collaborations, 'documented collaboration')}.`;
  const svg = renderNetwork(layout, {
    id: 'chart-network',
    title,
    desc: takeaway,
    hrefOf: (id) => href(entryPath('actors', id)),
    labelAbove: 4,
  });
  const casesOf = (id: string) => cases.filter((c) => c.data.participants.includes(id) || c.data.places.includes(id));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    kind: 'network',
    id: 'network',
    title,
    takeaway,
    svg,
    table: {
      caption: 'Links in the network',
      columns: ['From', 'To', 'Link', 'Cases'],
      rows: edges.map((e) => [
        cell(byId.get(e.source)?.data.title ?? e.source, href(entryPath('actors', e.source))),
        cell(byId.get(e.target)?.data.title ?? e.target, href(entryPath('actors', e.target))),
        cell(
          e.type === 'membership'
            ? 'member of'
            : `collaboration: ${e.tactics.map((t) => tactics.get(t) ?? t).join('; ')}`,
        ),
        cell(e.cases.length),
      ]),
    },
    client: {
      tactics: [...new Set(edges.flatMap((e) => e.tactics))]
        .map((id) => ({ id, title: tactics.get(id) ?? id }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      organizations: nodes
        .filter((n) => n.shape === 'organization')
        .map((n) => ({ id: n.id, title: n.label }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      members: Object.fromEntries(
        nodes
          .filter((n) => n.shape === 'organization')
          .map((n) => [n.id, actors.filter((a) => a.data.memberOf.includes(n.id)).map((a) => a.id)]),
      ),
      cases: Object.fromEntries(
        nodes.map((n) => [
          n.id,
          casesOf(n.id).map((c) => ({
            title: c.data.title,
            href: linkTo(c).href,
            date: formatPartialDate(c.data.date),
          })),
        ]),
      ),
      actorHref: Object.fromEntries(nodes.map((n) => [n.id, href(entryPath('actors', n.id))])),
      names: Object.fromEntries(nodes.map((n) => [n.id, n.label])),
    },
  };
}

async function map(): Promise<Explainer> {
  const countries = require('i18n-iso-countries') as { alpha3ToNumeric(code: string): string | undefined };
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const states = (await entriesOf('actors')).filter((a) => a.data.kind === 'state' && a.data.iso);
  const cases = await entriesOf('cases');
  const numericOf = new Map(states.map((s) => [s.id, countries.alpha3ToNumeric(s.data.iso!) ?? '']));
  const counts = new Map<string, number>();
  const countById = new Map<string, number>();
  for (const c of cases) {
    for (const id of new Set([...c.data.places, ...c.data.participants])) {
      const numeric = numericOf.get(id);
      if (!numeric) continue;
      counts.set(numeric, (counts.get(numeric) ?? 0) + 1);
      countById.set(id, (countById.get(id) ?? 0) + 1);
    }
  }
  const layout = layoutMap(topology, counts);
  const drawn = new Set(layout.countries.map((c) => c.numeric));
  const byNumeric = new Map(states.map((s) => [numericOf.get(s.id)!, s]));
  const title = 'Where documented cases happened';
  const involved = [...countById.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = involved[0];
  const topState = top ? states.find((s) => s.id === top[0]) : undefined;
  const takeaway = `${plural(involved.length, 'state')} appear in the documented cases${topState ? `; ${topState.data.title} appears in the most, ${top![1]}` : ''}.`;
  const svg = renderMap(layout, {
    id: 'chart-map',
    title,
    desc: takeaway,
    actorOf: (numeric) => {
      const s = byNumeric.get(numeric);
      return s && (counts.get(numeric) ?? 0) > 0
        ? { href: href(entryPath('actors', s.id)), name: s.data.title }
        : undefined;
    },
  });
  return {
    kind: 'map',
    id: 'map',
    title,
    takeaway,
    svg,
    client: { legend: layout.legend },
    table: {
      caption: 'Documented cases per state (states too small for the world map are marked)',
      columns: ['State', 'ISO code', 'Cases'],
      rows: involved.map(([id, n]) => {
        const s = states.find((x) => x.id === id)!;
        const small = drawn.has(numericOf.get(id)!) ? '' : ' (not drawn at this scale)';
        return [cell(`${s.data.title}${small}`, href(entryPath('actors', id))), cell(s.data.iso!), cell(n)];
      }),
    },
  };
}

async function timeline(): Promise<Explainer> {
  const cases = await entriesOf('cases');
  const tactics = new Map((await entriesOf('tactics')).map((t) => [t.id, t.data.title]));
  const input = cases.map((c) => ({
    id: c.id,
    title: c.data.title,
    date: c.data.date,
    lane: tactics.get(c.data.tactics[0]!) ?? c.data.tactics[0]!,
  }));
  const layout = layoutTimeline(input);
  const years = input.map((c) => c.date.slice(0, 4)).sort();
  const title = 'When: documented cases over time';
  const takeaway = `${plural(cases.length, 'documented case')} from ${years[0]} to ${years.at(-1)}, grouped by the tactic each shows first.`;
  const svg = renderTimeline(layout, {
    id: 'chart-timeline',
    title,
    desc: takeaway,
    hrefOf: (id) => href(entryPath('cases', id)),
    labelOf: formatPartialDate,
  });
  return {
    kind: 'timeline',
    id: 'timeline',
    title,
    takeaway,
    svg,
    table: {
      caption: 'Cases in order of date',
      columns: ['Date', 'Case', 'Tactic'],
      rows: layout.marks.map((m) => [
        cell(formatPartialDate(m.date)),
        cell(m.title, href(entryPath('cases', m.id))),
        cell(m.lane),
      ]),
    },
  };
}

async function flow(): Promise<Explainer> {
  const threats = (await entriesOf('threats')).map((t) => ({ id: t.id, title: t.data.title }));
  const tactics = (await entriesOf('tactics')).map((t) => ({ id: t.id, title: t.data.title, threats: t.data.threats }));
  const counters = (await entriesOf('counters')).map((c) => ({
    id: c.id,
    title: c.data.title,
    answers: c.data.answers,
  }));
  const layout = layoutFlow({ threats, tactics, counters });
  const thin = layout.nodes.filter((n) => n.thin);
  const title = 'From threats to tactics to counter-strategies';
  const takeaway = `${plural(tactics.length, 'tactic')} answer ${plural(threats.length, 'threat')}, and ${plural(counters.length, 'counter-strategy', 'counter-strategies')} answer them; ${plural(thin.length, 'tactic has', 'tactics have')} fewer than two counter-strategies.`;
  const columns: CollectionName[] = ['threats', 'tactics', 'counters'];
  const svg = renderFlow(layout, {
    id: 'chart-flow',
    title,
    desc: takeaway,
    hrefOf: (column, id) => href(entryPath(columns[column]!, id)),
  });
  const threatTitle = new Map(threats.map((t) => [t.id, t.title]));
  return {
    kind: 'flow',
    id: 'flow',
    title,
    takeaway,
    svg,
    table: {
      caption: 'Each tactic, the threats it answers, and the counter-strategies that answer it',
      columns: ['Tactic', 'Threats', 'Counter-strategies', 'Count'],
      rows: layout.nodes
        .filter((n) => n.column === 1)
        .map((n) => {
          const t = tactics.find((x) => x.id === n.id)!;
          const answering = counters.filter((c) => c.answers.includes(n.id));
          return [
            cell(t.title, href(entryPath('tactics', t.id))),
            cell(t.threats.map((id) => threatTitle.get(id) ?? id).join('; ')),
            cell(answering.map((c) => c.title).join('; ') || 'none'),
            cell(answering.length),
          ];
        }),
    },
  };
}

async function votes(): Promise<Explainer[]> {
  const actors = new Map((await entriesOf('actors')).map((a) => [a.id, a.data.title]));
  return (await entriesOf('cases'))
    .filter((c) => c.data.vote)
    .map((c) => {
      const v = c.data.vote!;
      const body = actors.get(v.body) ?? v.body;
      const title = `${body}, ${formatPartialDate(c.data.date)}: ${v.question}`;
      const outcome = v.for > v.against ? 'passed' : v.for < v.against ? 'failed' : 'tied';
      const takeaway = `${v.for} for, ${v.against} against and ${v.abstain} abstaining: the motion ${outcome}.`;
      return {
        kind: 'votes' as const,
        id: c.id,
        title,
        takeaway,
        svg: renderVote(v, { id: `chart-vote-${c.id}`, title, desc: takeaway }),
        table: {
          caption: `Recorded vote: ${v.question}`,
          columns: ['Vote', 'Count'],
          rows: [
            [cell('For'), cell(v.for)],
            [cell('Against'), cell(v.against)],
            [cell('Abstaining'), cell(v.abstain)],
            [cell('Case'), cell(c.data.title, linkTo(c).href)],
          ],
        },
      };
    });
}
