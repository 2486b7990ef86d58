import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { type NetworkLayout, networkDefaults } from './layout.ts';

/**
 * The network as SVG. Every node is a link to its actor's page, so the chart works
 * without JavaScript; enhance.ts adds selection, neighbour highlighting and arrow keys.
 * Labels sit where placeLabels found room; the rest appear on focus and hover.
 */
export function renderNetwork(
  layout: NetworkLayout,
  meta: {
    id: string;
    title: string;
    desc: string;
    hrefOf: (id: string) => string;
    /** The accessible name of a node from its name, kind and number of connections. */
    nameOf?: (name: string, state: boolean, degree: number) => string;
  },
): string {
  const nameOf =
    meta.nameOf ??
    ((name: string, state: boolean, degree: number) =>
      `${name}: ${state ? 'state' : 'organisation or group'}, ${degree} connection${degree === 1 ? '' : 's'}`);
  const edges = layout.edges
    .map(
      (e) =>
        `<line${attrs({
          class: `edge edge-${e.type}${e.inferred ? ' edge-inferred' : ''}`,
          x1: r(e.x1),
          y1: r(e.y1),
          x2: r(e.x2),
          y2: r(e.y2),
          'data-tactics': e.tactics.join(' ') || undefined,
          'data-source': e.source,
          'data-target': e.target,
        })}/>`,
    )
    .join('\n');
  // Nodes whose label shows on focus only come last, so that label is drawn above the rest.
  const ordered = [...layout.nodes].sort((a, b) => Number(b.place.always) - Number(a.place.always));
  const nodes = ordered
    .map((n) => {
      const mark =
        n.shape === 'state'
          ? `<circle${attrs({ class: 'mark', cx: r(n.x), cy: r(n.y), r: r(n.radius) })}/>`
          : `<rect${attrs({ class: 'mark', x: r(n.x - n.radius), y: r(n.y - n.radius), width: r(n.radius * 2), height: r(n.radius * 2) })}/>`;
      const hit = `<circle${attrs({ class: 'hit', cx: r(n.x), cy: r(n.y), r: r(Math.max(networkDefaults.hitRadius, n.radius)) })}/>`;
      const label = `<text${attrs({
        class: n.place.always ? 'label' : 'label label-focus',
        x: r(n.place.x),
        y: r(n.place.y),
        'text-anchor': n.place.anchor,
        'aria-hidden': 'true',
      })}>${esc(n.label)}</text>`;
      const full = n.name && n.name !== n.label ? `${n.label}, ${n.name}` : n.label;
      // The accessible name starts with the drawn label (label in name, WCAG 2.5.3).
      const name = nameOf(full, n.shape === 'state', n.degree);
      return `<a${attrs({ href: meta.hrefOf(n.id), class: `node node-${n.shape}`, 'data-id': n.id, 'aria-label': name })}>\n${hit}\n${mark}\n${label}\n</a>`;
    })
    .join('\n');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-network',
    body: `<g class="edges">\n${edges}\n</g>\n<g class="nodes">\n${nodes}\n</g>`,
  });
}
