import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { flowDefaults, type FlowLayout } from './layout.ts';

export function renderFlow(
  layout: FlowLayout,
  meta: { id: string; title: string; desc: string; hrefOf: (column: number, id: string) => string },
): string {
  const w = flowDefaults.columnWidth;
  const heads = layout.columns
    .map((c) => `<text${attrs({ class: 'column-label', x: r(c.x), y: 18 })}>${esc(c.label)}</text>`)
    .join('');
  const links = layout.links
    .map((l) => `<path${attrs({ class: 'link', d: l.d, 'data-from': l.from, 'data-to': l.to })}/>`)
    .join('');
  const nodes = layout.nodes
    .map((n) => {
      const note =
        n.column === 1
          ? ` (${n.answeredBy} counter-strateg${n.answeredBy === 1 ? 'y' : 'ies'}${n.thin ? ', thin' : ''})`
          : '';
      // A dashed outline and a "thin" tag mark weakly answered tactics: shape and text, not colour alone.
      const tag = n.thin
        ? `<text${attrs({ class: 'thin-tag', x: r(n.x + w - 4), y: r(n.y + 4), 'text-anchor': 'end', 'aria-hidden': 'true' })}>thin</text>`
        : '';
      // The whole title is drawn (squeezed to fit if long), so the visible text is the start of the accessible name.
      const room = w - 12 - (n.thin ? 30 : 0);
      const fit = n.title.length * 6.2 > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {};
      return `<a${attrs({ href: meta.hrefOf(n.column, n.id), class: `flow-node column-${n.column}${n.thin ? ' thin' : ''}`, 'aria-label': `${n.title}${note}` })}><rect${attrs({ x: r(n.x), y: r(n.y - 10), width: w, height: 20, rx: 3 })}/><text${attrs({ x: r(n.x + 6), y: r(n.y + 4), ...fit })}>${esc(n.title)}</text></a>${tag}`;
    })
    .join('');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-flow',
    body: `${heads}<g class="links">${links}</g><g class="nodes">${nodes}</g>`,
  });
}
