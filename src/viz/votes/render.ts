import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { layoutVote, voteDefaults, type VoteInput } from './layout.ts';

/** SVG for a vote: filled squares for, crossed squares against, hollow squares abstaining. */
export function renderVote(vote: VoteInput, meta: { id: string; title: string; desc: string }): string {
  const layout = layoutVote(vote);
  const c = voteDefaults.cell;
  const body = layout.groups
    .map((g) => {
      const cells = g.cells
        .map((p) => {
          const box = `<rect${attrs({ x: r(p.x), y: r(p.y), width: c, height: c, rx: 2 })}/>`;
          // A cross marks "against" so the groups differ in shape, not only in colour.
          const cross =
            g.key === 'against'
              ? `<path d="M${r(p.x + 3)} ${r(p.y + 3)}L${r(p.x + c - 3)} ${r(p.y + c - 3)}M${r(p.x + c - 3)} ${r(p.y + 3)}L${r(p.x + 3)} ${r(p.y + c - 3)}"/>`
              : '';
          return box + cross;
        })
        .join('');
      return `<g class="vote-${g.key}"><text class="vote-label"${attrs({ x: 0, y: r(g.y + c - 2) })}>${esc(g.label)}: ${g.count}</text>${cells}</g>`;
    })
    .join('');
  return svgFrame({ ...meta, width: layout.width, height: layout.height, className: 'chart-votes', body });
}
