import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import type { NetworkLayout } from './layout.ts';

/**
 * The network as SVG. Every node is a link to its actor's page, so the chart works
 * without JavaScript; enhance.ts turns the links into a selectable, filterable view.
 */
export function renderNetwork(
  layout: NetworkLayout,
  meta: { id: string; title: string; desc: string; hrefOf: (id: string) => string; labelAbove: number },
): string {
  const edges = layout.edges
    .map(
      (e) =>
        `<line${attrs({ class: `edge edge-${e.type}`, x1: r(e.x1), y1: r(e.y1), x2: r(e.x2), y2: r(e.y2), 'data-tactics': e.tactics.join(' ') || undefined, 'data-source': e.source, 'data-target': e.target })}/>`,
    )
    .join('');
  const nodes = layout.nodes
    .map((n) => {
      const mark =
        n.shape === 'state'
          ? `<circle${attrs({ cx: r(n.x), cy: r(n.y), r: r(n.radius) })}/>`
          : `<rect${attrs({ x: r(n.x - n.radius), y: r(n.y - n.radius), width: r(n.radius * 2), height: r(n.radius * 2) })}/>`;
      // Only well-connected nodes carry a visible label; every node has an accessible name.
      const label =
        n.degree >= meta.labelAbove
          ? `<text${attrs({ x: r(n.x), y: r(n.y + n.radius + 11), 'text-anchor': 'middle', 'aria-hidden': 'true' })}>${esc(n.label)}</text>`
          : '';
      const name = `${n.label}: ${n.shape === 'state' ? 'state' : 'organisation or group'}, ${n.degree} connection${n.degree === 1 ? '' : 's'}`;
      return `<a${attrs({ href: meta.hrefOf(n.id), class: `node node-${n.shape}`, 'data-id': n.id, 'aria-label': name })}>${mark}${label}</a>`;
    })
    .join('');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-network',
    body: `<g class="edges">${edges}</g><g class="nodes">${nodes}</g>`,
  });
}
