import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { layoutVote, type VoteInput } from './layout.ts';

/** SVG for a vote: filled squares for, crossed squares against, hollow squares abstaining. */
export function renderVote(vote: VoteInput, meta: { id: string; title: string; desc: string }): string {
  const layout = layoutVote(vote);
  const c = layout.cell;
  const body = layout.groups
    .map((g) => {
      const cells = g.cells
        .map((p) => {
          const box = `<rect${attrs({ x: r(p.x), y: r(p.y), width: c, height: c, rx: 1.5 })}/>`;
          // A cross marks "against" so the groups differ in shape, not only in colour.
          const cross =
            g.key === 'against'
              ? `<path d="M${r(p.x + 2)} ${r(p.y + 2)}L${r(p.x + c - 2)} ${r(p.y + c - 2)}M${r(p.x + c - 2)} ${r(p.y + 2)}L${r(p.x + 2)} ${r(p.y + c - 2)}"/>`
              : '';
          return box + cross;
        })
        .join('\n');
      return `<g class="vote-${g.key}">\n<text class="vote-label"${attrs({ x: 0, y: r(g.y) })}>${esc(g.label)} <tspan class="vote-count">${g.count}</tspan></text>\n${cells}\n</g>`;
    })
    .join('\n');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-votes',
    body,
    natural: true,
  });
}
