import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { flowDefaults, type FlowLayout } from './layout.ts';

export function renderFlow(layout: FlowLayout, meta: { id: string; title: string; desc: string; hrefOf: (column: number, id: string) => string }): string {
  const w = flowDefaults.columnWidth;
  const heads = layout.columns.map((c) => `<text${attrs({ class: 'column-label', x: r(c.x), y: 18 })}>${esc(c.label)}</text>`).join('');
  const links = layout.links.map((l) => `<path${attrs({ class: 'link', d: l.d, 'data-from': l.from, 'data-to': l.to })}/>`).join('');
  const nodes = layout.nodes
    .map((n) => {
      const note = n.column === 1 ? ` (${n.answeredBy} counter-strateg${n.answeredBy === 1 ? 'y' : 'ies'})` : '';
      // A dashed outline and a "thin" tag mark weakly answered tactics: shape and text, not colour alone.
      const tag = n.thin ? `<text${attrs({ class: 'thin-tag', x: r(n.x + w - 4), y: r(n.y + 4), 'text-anchor': 'end' })}>thin</text>` : '';
      return `<a${attrs({ href: meta.hrefOf(n.column, n.id), class: `flow-node column-${n.column}${n.thin ? ' thin' : ''}`, 'aria-label': `${n.title}${note}` })}><rect${attrs({ x: r(n.x), y: r(n.y - 10), width: w, height: 20, rx: 3 })}/><text${attrs({ x: r(n.x + 6), y: r(n.y + 4) })}>${esc(truncate(n.title, n.thin ? 30 : 36))}</text>${tag}</a>`;
    })
    .join('');
  return svgFrame({ ...meta, width: layout.width, height: layout.height, className: 'chart-flow', body: `${heads}<g class="links">${links}</g><g class="nodes">${nodes}</g>` });
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
