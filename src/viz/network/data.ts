/**
 * The network explainer from the actors, cases and tactics collections: who is a member
 * of what, and who took part in the same documented case. Pure: Astro fetches the
 * collections and passes them in.
 */
import { type ChartLocale, cell, englishCharts, type Explainer, fill, type LinkTo } from '../shared/explainer.ts';
import { esc } from '../shared/svg.ts';
import { layoutNetwork, type NetworkEdgeInput, type NetworkNodeInput } from './layout.ts';
import { renderNetwork } from './render.ts';

/** Links the editors inferred rather than the sources stated: relation field -> linked id -> reason. */
type Inferred = Record<string, Record<string, string>> | undefined;

export interface NetworkData {
  actors: {
    id: string;
    data: { title: string; kind: string; memberOf: string[]; aliases?: string[]; inferred?: Inferred };
  }[];
  cases: {
    id: string;
    data: {
      title: string;
      date: string;
      participants: string[];
      places: string[];
      tactics: string[];
      inferred?: Inferred;
    };
  }[];
  tactics: { id: string; data: { title: string } }[];
  /**
   * Which links the editors inferred. By default: a membership the actor's `inferred.memberOf`
   * names, and a collaboration whose every case marks one of the two as an inferred participant.
   * Such a link is drawn dotted, named in the legend and marked in the table.
   */
  isInferred?: (edge: Pick<NetworkEdgeInput, 'source' | 'target' | 'type' | 'cases'>) => boolean;
}

function inferredByEditors(input: NetworkData) {
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const cases = new Map(input.cases.map((c) => [c.id, c]));
  return (e: Pick<NetworkEdgeInput, 'source' | 'target' | 'type' | 'cases'>): boolean => {
    if (e.type === 'membership') return !!actors.get(e.source)?.data.inferred?.['memberOf']?.[e.target];
    return (
      e.cases.length > 0 &&
      e.cases.every((id) => {
        const marked = cases.get(id)?.data.inferred?.['participants'] ?? {};
        return !!marked[e.source] || !!marked[e.target];
      })
    );
  };
}

/** Above this many actors the chart shows the best connected and says how many it leaves out. */
export const networkMaxNodes = 60;

/** The graph the chart draws: nodes (best connected first, at most networkMaxNodes) and their links. */
export function networkGraph(input: NetworkData): {
  nodes: NetworkNodeInput[];
  edges: NetworkEdgeInput[];
  left: number;
} {
  const { actors, cases } = input;
  const allEdges: NetworkEdgeInput[] = [];
  for (const a of actors)
    for (const org of a.data.memberOf)
      allEdges.push({ source: a.id, target: org, type: 'membership', tactics: [], cases: [] });
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
  allEdges.push(...pairs.values());
  const isInferred = input.isInferred ?? inferredByEditors(input);
  for (const e of allEdges) if (isInferred(e)) e.inferred = true;

  // Large corpora: keep the best connected actors so the page stays light and legible.
  const degree = new Map<string, number>();
  for (const e of allEdges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ranked = actors
    .filter((a) => degree.has(a.id))
    .sort((a, b) => degree.get(b.id)! - degree.get(a.id)! || a.id.localeCompare(b.id));
  const kept = new Set(ranked.slice(0, networkMaxNodes).map((a) => a.id));
  const left = ranked.length - kept.size;
  const edges = allEdges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const nodes: NetworkNodeInput[] = ranked
    .filter((a) => kept.has(a.id))
    .map((a) => ({
      id: a.id,
      label: shortName(a.data),
      name: a.data.title,
      shape: a.data.kind === 'state' ? 'state' : 'organization',
    }));

  return { nodes, edges, left };
}

export function networkExplainer(input: NetworkData, linkTo: LinkTo, locale: ChartLocale = englishCharts): Explainer {
  const t = locale.t.network;
  const { actors, cases } = input;
  const tactics = new Map(input.tactics.map((t) => [t.id, t.data.title]));
  const { nodes, edges, left } = networkGraph(input);
  const kept = new Set(nodes.map((n) => n.id));
  const layout = layoutNetwork(nodes, edges);
  const title = t.title;
  const collaborations = edges.filter((e) => e.type === 'collaboration').length;
  const memberships = edges.length - collaborations;
  const takeaway = t.takeaway(nodes.length, memberships, collaborations, left);
  const actorHref = (id: string) => linkTo('actors', id);
  const svg = renderNetwork(layout, {
    id: 'chart-network',
    title,
    desc: takeaway,
    hrefOf: actorHref,
    nameOf: (name, state, degree) => t.nodeName(name, state, degree),
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  const name = (id: string) => byId.get(id)?.data.title ?? id;
  const casesOf = (id: string) => cases.filter((c) => c.data.participants.includes(id) || c.data.places.includes(id));
  const inferred = edges.some((e) => e.inferred);
  return {
    kind: 'network',
    id: 'network',
    title,
    takeaway,
    svg,
    small: neighbourhoods(layout.nodes, edges, name, actorHref, t),
    legend: [
      { swatch: 'swatch swatch-state', label: t.state },
      { swatch: 'swatch swatch-org', label: t.organisation },
      { swatch: 'swatch swatch-line', label: t.collaboration },
      { swatch: 'swatch swatch-line swatch-dashed', label: t.membership },
      ...(inferred ? [{ swatch: 'swatch swatch-line swatch-dotted', label: t.inferred }] : []),
    ],
    table: {
      caption: left ? t.captionTop(nodes.length) : t.caption,
      columns: [t.from, t.to, t.link, t.cases],
      rows: edges.map((e) => [
        cell(name(e.source), actorHref(e.source)),
        cell(name(e.target), actorHref(e.target)),
        cell(
          `${e.type === 'membership' ? t.memberOfCell : fill(t.collaborationCell, { tactics: e.tactics.map((k) => tactics.get(k) ?? k).join('; ') })}${e.inferred ? t.inferredMark : ''}`,
        ),
        cell(locale.number(e.cases.length)),
      ]),
    },
    client: {
      tactics: [...new Set(edges.flatMap((e) => e.tactics))]
        .map((id) => ({ id, title: tactics.get(id) ?? id }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      organizations: nodes
        .filter((n) => n.shape === 'organization')
        .map((n) => ({ id: n.id, title: name(n.id) }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      members: Object.fromEntries(
        nodes
          .filter((n) => n.shape === 'organization')
          .map((n) => [n.id, actors.filter((a) => kept.has(a.id) && a.data.memberOf.includes(n.id)).map((a) => a.id)]),
      ),
      cases: Object.fromEntries(
        nodes.map((n) => [
          n.id,
          casesOf(n.id).map((c) => ({
            title: c.data.title,
            href: linkTo('cases', c.id),
            date: locale.date(c.data.date),
          })),
        ]),
      ),
      actorHref: Object.fromEntries(nodes.map((n) => [n.id, actorHref(n.id)])),
      // The panel's words, in the page's language ({name}, {names} filled in by the browser).
      words: { open: t.open, linkedTo: t.linkedTo, noCase: t.noCase },
      names: Object.fromEntries(nodes.map((n) => [n.id, name(n.id)])),
    },
  };
}

/** A long name is drawn as its shortest alias (SCO, UAE) when that is much shorter; pages keep the full name. */
export function shortName(actor: { title: string; aliases?: string[] }): string {
  if (actor.title.length <= 16) return actor.title;
  const alias = [...(actor.aliases ?? [])].sort((a, b) => a.length - b.length)[0];
  return alias && alias.length <= 15 ? alias : actor.title;
}

/**
 * The small-screen form: one disclosure per actor, best connected first, opening on its
 * neighbourhood (what it belongs to, who belongs to it, whom it worked with). HTML, so it
 * reads at body size on any phone and needs no script.
 */
function neighbourhoods(
  nodes: { id: string; label: string; degree: number; shape: string }[],
  edges: NetworkEdgeInput[],
  name: (id: string) => string,
  actorHref: (id: string) => string,
  t: ChartLocale['t']['network'] = englishCharts.t.network,
): string {
  const link = (id: string) => `<a href="${esc(actorHref(id))}">${esc(name(id))}</a>`;
  const ordered = [...nodes].sort((a, b) => b.degree - a.degree || name(a.id).localeCompare(name(b.id)));
  const items = ordered.map((n) => {
    const memberOf = edges.filter((e) => e.type === 'membership' && e.source === n.id).map((e) => e.target);
    const members = edges.filter((e) => e.type === 'membership' && e.target === n.id).map((e) => e.source);
    const partners = edges
      .filter((e) => e.type === 'collaboration' && (e.source === n.id || e.target === n.id))
      .map((e) => ({ id: e.source === n.id ? e.target : e.source, cases: e.cases.length, inferred: e.inferred }));
    const sortByName = (a: string, b: string) => name(a).localeCompare(name(b));
    const rows = [
      memberOf.length
        ? `<li><span class="nb-kind">${esc(t.memberOf)}</span> ${memberOf.sort(sortByName).map(link).join(', ')}</li>`
        : '',
      members.length
        ? `<li><span class="nb-kind">${esc(t.members)}</span> ${members.sort(sortByName).map(link).join(', ')}</li>`
        : '',
      partners.length
        ? `<li><span class="nb-kind">${esc(t.workedWith)}</span> ${partners
            .sort((a, b) => b.cases - a.cases || sortByName(a.id, b.id))
            .map((p) => `${link(p.id)} (${esc(t.caseCount(p.cases))}${p.inferred ? esc(t.inferredShort) : ''})`)
            .join(', ')}</li>`
        : '',
    ].join('');
    const kind = n.shape === 'state' ? t.stateKind : t.organisationKind;
    return `<li><details><summary><span class="nb-mark nb-${n.shape}" aria-hidden="true"></span>${esc(name(n.id))} <span class="nb-count">${esc(kind)}, ${esc(t.linkCount(n.degree))}</span></summary><ul class="nb-links">${rows}<li><a href="${esc(actorHref(n.id))}">${esc(fill(t.open, { name: name(n.id) }))}</a></li></ul></details></li>`;
  });
  return `<p class="network-list-intro">${esc(t.listIntro)}</p><ul class="network-list" aria-label="${esc(t.listLabel)}">${items.join('')}</ul>`;
}
