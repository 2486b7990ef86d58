import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { layoutVote, type VoteInput, type VoteLabels } from './layout.ts';

/**
 * SVG for a vote: filled squares for, crossed squares against, hollow squares abstaining.
 * `labels`, `number` and `rtl` draw it in another language; right to left, each label is
 * set right to left from the right edge, so its count follows the word as the reader reads.
 */
export function renderVote(
  vote: VoteInput,
  meta: { id: string; title: string; desc: string },
  locale: { labels?: VoteLabels; number?: (n: number) => string; rtl?: boolean } = {},
): string {
  const { number = String, ...options } = locale;
  const layout = layoutVote(vote, options);
  const labelAt = layout.rtl ? { x: layout.width, direction: 'rtl' } : { x: 0 };
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
      return `<g class="vote-${g.key}">\n<text class="vote-label"${attrs({ ...labelAt, y: r(g.y) })}>${esc(g.label)} <tspan class="vote-count">${esc(number(g.count))}</tspan></text>\n${cells}\n</g>`;
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
