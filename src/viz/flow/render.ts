import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import type { FlowLayout, FlowNode } from './layout.ts';

const englishNote = (n: number, thin: boolean) =>
  ` (${n} counter-strateg${n === 1 ? 'y' : 'ies'}${thin ? ', thin' : ''})`;

export function renderFlow(
  layout: FlowLayout,
  meta: {
    id: string;
    title: string;
    desc: string;
    hrefOf: (column: number, id: string) => string;
    /** What a tactic's accessible name adds: how many counter-strategies answer it. */
    answeredBy?: (n: number, thin: boolean) => string;
  },
): string {
  const answeredBy = meta.answeredBy ?? englishNote;
  const noteOf = (n: FlowNode) => (n.column === 1 ? answeredBy(n.answeredBy ?? 0, !!n.thin) : '');
  const w = layout.columnWidth;
  const f = layout.fontSize;
  const heads = layout.columns
    .map((c) => `<text${attrs({ class: 'column-label', x: r(c.x), y: 16 })}>${esc(c.label)}</text>`)
    .join('\n');
  const links = layout.links
    .map(
      (l) =>
        `<path${attrs({ class: `link threat-${l.colour}${l.inferred ? ' link-inferred' : ''}`, d: l.d, 'data-from': l.from, 'data-to': l.to, 'data-lit-by': l.related.join(' ') })}/>`,
    )
    .join('\n');
  const nodes = layout.nodes
    .map((n) => {
      // A dashed outline and a "thin" tag mark weakly answered tactics: shape and text, not colour alone.
      // The tag sits after the link, so the link's visible text is its title (its name says "thin" too).
      const tag = n.thin
        ? `\n<text${attrs({ class: 'thin-tag', x: r(n.x + w - 6), y: r(n.y + 6 + f * 0.85), 'text-anchor': 'end', 'aria-hidden': 'true', 'data-lit-by': n.related.join(' ') })}>${esc(layout.thinTag)}</text>`
        : '';
      const lines = n.lines
        .map(
          (line, i) =>
            // A trailing space between lines: the text's content reads as the title (label in name, WCAG 2.5.3).
            `<tspan${attrs({ x: r(n.x + 10), y: r(n.y + 6 + f * 0.85 + i * layout.lineHeight) })}>${esc(i < n.lines.length - 1 ? `${line} ` : line)}</tspan>`,
        )
        .join('');
      return `<a${attrs({
        href: meta.hrefOf(n.column, n.id),
        class: `flow-node column-${n.column} threat-${n.colour}${n.thin ? ' thin' : ''}`,
        'data-id': n.id,
        'data-lit-by': n.related.join(' '),
        'aria-label': `${n.title}${noteOf(n)}`,
      })}>\n<rect${attrs({ x: r(n.x), y: r(n.y), width: w, height: r(n.height), rx: 3 })}/>\n<rect${attrs({ class: 'bar', x: r(n.x), y: r(n.y), width: 4, height: r(n.height) })}/>\n<text>${lines}</text>\n</a>${tag}`;
    })
    .join('\n');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-flow',
    body: `${heads}\n<g class="links">\n${links}\n</g>\n<g class="nodes">\n${nodes}\n</g>`,
  });
}

/**
 * The small-screen form: one column per threat, stacked. Under each threat, its tactics,
 * and under each tactic the counter-strategies that answer it. HTML, no script.
 */
export function renderFlowColumns(
  layout: FlowLayout,
  meta: {
    hrefOf: (column: number, id: string) => string;
    /** The list's words in the page's language (default English). */
    words?: {
      inferredNote: string;
      noCounter: string;
      tacticCount: (n: number, thin: number) => string;
      openThreat: string;
      listLabel: string;
    };
  },
): string {
  const words = meta.words ?? {
    inferredNote: '(link inferred by the editors)',
    noCounter: 'No counter-strategy yet.',
    tacticCount: (n: number, thin: number) => `${n} tactic${n === 1 ? '' : 's'}${thin ? `, ${thin} thin` : ''}`,
    openThreat: '{link}: open its page',
    listLabel: 'Each threat, the tactics that answer it, and the counter-strategies that answer them',
  };
  const threats = layout.nodes.filter((n) => n.column === 0);
  const link = (n: FlowNode) => `<a href="${esc(meta.hrefOf(n.column, n.id))}">${esc(n.title)}</a>`;
  const byId = (column: number, id: string) => layout.nodes.find((n) => n.column === column && n.id === id);
  const blocks = threats.map((threat) => {
    const inferredNote = ` <span class="flow-inferred">${esc(words.inferredNote)}</span>`;
    const threatLinks = layout.links.filter((l) => l.from === threat.id && byId(1, l.to));
    const tactics = threatLinks.map((l) => byId(1, l.to)!);
    const items = tactics.map((t, i) => {
      const counterLinks = layout.links.filter((l) => l.from === t.id && byId(2, l.to));
      const answers = counterLinks.length
        ? `<ul class="flow-counters">${counterLinks.map((l) => `<li>${link(byId(2, l.to)!)}${l.inferred ? inferredNote : ''}</li>`).join('')}</ul>`
        : `<p class="flow-none">${esc(words.noCounter)}</p>`;
      return `<li class="flow-tactic${t.thin ? ' thin' : ''}">${link(t)}${t.thin ? ` <span class="thin-badge">${esc(layout.thinTag)}</span>` : ''}${threatLinks[i]!.inferred ? inferredNote : ''}${answers}</li>`;
    });
    const thin = tactics.filter((t) => t.thin).length;
    const count = esc(words.tacticCount(tactics.length, thin));
    const [before, after = ''] = words.openThreat.split('{link}');
    return `<li class="flow-threat threat-${threat.colour}"><details><summary><span class="flow-threat-title">${esc(threat.title)}</span> <span class="flow-count">${count}</span></summary><p class="flow-threat-link">${esc(before!)}${link(threat)}${esc(after)}</p><ul class="flow-tactics">${items.join('')}</ul></details></li>`;
  });
  return `<ul class="flow-columns" aria-label="${esc(words.listLabel)}">${blocks.join('')}</ul>`;
}
