import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import type { TimelineLayout } from './layout.ts';

export function renderTimeline(
  layout: TimelineLayout,
  meta: {
    id: string;
    title: string;
    desc: string;
    hrefOf: (id: string) => string;
    labelOf: (date: string) => string;
    /** Title of an axis break (the years it skips). */
    gapOf?: (from: number, to: number) => string;
  },
): string {
  const gapOf = meta.gapOf ?? ((from: number, to: number) => `${from} to ${to}: no case, not to scale`);
  // Lane names start at the reading side: the left edge, or, mirrored, the right one, set
  // right to left from there (so a name with Latin words or brackets inside keeps its order).
  const laneAt = layout.rtl ? { x: layout.width, direction: 'rtl' } : { x: 0 };
  const f = layout.fontSize;
  const axis = layout.ticks
    .map(
      (t) =>
        `<line${attrs({ class: 'tick', x1: r(t.x), x2: r(t.x), y1: 22, y2: layout.height })}/>\n<text${attrs({ class: 'tick-label', x: r(t.x), y: 15, 'text-anchor': 'middle' })}>${esc(t.label)}</text>`,
    )
    .join('\n');
  // A break: two slanted strokes under the year labels where empty years are cut out.
  const breaks = layout.breaks
    .map(
      (b) =>
        `<g class="axis-break"><title>${esc(gapOf(b.from, b.to))}</title><path${attrs({ d: `M${r(b.x - 6)} 30L${r(b.x - 1)} 19M${r(b.x + 1)} 30L${r(b.x + 6)} 19` })}/></g>`,
    )
    .join('\n');
  const lanes = layout.lanes
    .map((l) => {
      const ys = layout.marks.filter((m) => m.lane === l.name).map((m) => m.y);
      const rows = [...new Set(ys)].map(
        (y) => `<line${attrs({ class: 'lane', x1: 0, x2: layout.width, y1: r(y), y2: r(y) })}/>`,
      );
      return `${rows.join('\n')}\n<text${attrs({ class: 'lane-label', ...laneAt, y: r(l.labelY) })}>${esc(l.name)}</text>`;
    })
    .join('\n');
  const marks = layout.marks
    .map((m) => {
      const name = `${m.title}, ${meta.labelOf(m.date)} (${m.lane})`;
      const label = m.label
        ? `\n<text${attrs({ class: 'mark-label', x: r(m.label.x), y: r(m.y + f * 0.35), 'text-anchor': m.label.anchor, 'aria-hidden': 'true' })}>${esc(m.label.text)}</text>`
        : '';
      return `<a${attrs({ href: meta.hrefOf(m.id), class: 'mark', 'aria-label': name })}>\n<title>${esc(name)}</title>\n<circle${attrs({ cx: r(m.x), cy: r(m.y), r: 6 })}/>${label}\n</a>`;
    })
    .join('\n');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-timeline',
    body: `<g class="axis">\n${axis}\n${breaks}\n</g>\n<g class="lanes">\n${lanes}\n</g>\n<g class="marks">\n${marks}\n</g>`,
  });
}

/**
 * The small-screen form: the cases as a list by year, newest first, each with its
 * tactic. HTML, so it reads at body size on any phone and needs no script.
 */
export function renderTimelineList(
  layout: TimelineLayout,
  meta: { hrefOf: (id: string) => string; labelOf: (date: string) => string; listLabel?: string },
): string {
  const byYear = new Map<number, typeof layout.marks>();
  for (const m of [...layout.marks].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)))
    byYear.set(Math.floor(m.year), [...(byYear.get(Math.floor(m.year)) ?? []), m]);
  const years = [...byYear].map(
    ([year, list]) =>
      `<li><span class="tl-year">${year}</span><ul>${list
        .map(
          (m) =>
            `<li><a href="${esc(meta.hrefOf(m.id))}">${esc(m.title)}</a> <span class="tl-lane">${esc(m.lane)}</span></li>`,
        )
        .join('')}</ul></li>`,
  );
  return `<ol class="timeline-list" aria-label="${esc(meta.listLabel ?? 'Cases by year, newest first')}">${years.join('')}</ol>`;
}
