import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { flowDefaults, type FlowLayout } from './layout.ts';

export function renderFlow(layout: FlowLayout, meta: { id: string; title: string; desc: string; hrefOf: (column: number, id: string) => string }): string {
  const w = flowDefaults.columnWidth;
  const heads = layout.columns.map((c) => `<text${attrs({ class: 'column-label', x: r(c.x), y: 18 })}>${esc(c.label)}</text>`).join('');
  const links = layout.links.map((l) => `<path${attrs({ class: 'link', d: l.d, 'data-from': l.from, 'data-to': l.to })}/>`).join('');
  const nodes = layout.nodes
    .map((n) => {
      const note = n.column === 1 ? ` (${n.answeredBy} counter-strateg${n.answeredBy === 1 ? 'y' : 'ies'}${n.thin ? ', thin' : ''})` : '';
      // A dashed outline and a "thin" tag mark weakly answered tactics: shape and text, not colour alone.
      const tag = n.thin ? `<text${attrs({ class: 'thin-tag', x: r(n.x + w - 4), y: r(n.y + 4), 'text-anchor': 'end', 'aria-hidden': 'true' })}>thin</text>` : '';
      return `<a${attrs({ href: meta.hrefOf(n.column, n.id), class: `flow-node column-${n.column}${n.thin ? ' thin' : ''}`, 'aria-label': `${n.title}${note}` })}><rect${attrs({ x: r(n.x), y: r(n.y - 10), width: w, height: 20, rx: 3 })}/><text${attrs({ x: r(n.x + 6), y: r(n.y + 4) })}>${label(n.title, n.thin ? 30 : 36)}</text>${tag}</a>`;
    })
    .join('');
  return svgFrame({ ...meta, width: layout.width, height: layout.height, className: 'chart-flow', body: `${heads}<g class="links">${links}</g><g class="nodes">${nodes}</g>` });
}

/**
 * Long titles are cut at a word boundary; the ellipsis is hidden from assistive
 * technology so the visible words stay a prefix of the link's accessible name.
 */
function label(s: string, n: number): string {
  if (s.length <= n) return esc(s);
  const cut = s.slice(0, n - 1).replace(/\s+\S*$/, '');
  return `${esc(cut)}<tspan aria-hidden="true">…</tspan>`;
}
