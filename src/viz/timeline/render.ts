import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { timelineDefaults, type TimelineLayout } from './layout.ts';

export function renderTimeline(
  layout: TimelineLayout,
  meta: { id: string; title: string; desc: string; hrefOf: (id: string) => string; labelOf: (date: string) => string },
): string {
  const o = timelineDefaults;
  const axis = layout.ticks
    .map(
      (t) =>
        `<line${attrs({ class: 'tick', x1: r(t.x), x2: r(t.x), y1: o.top - 8, y2: layout.height - 6 })}/><text${attrs({ class: 'tick-label', x: r(t.x), y: o.top - 14, 'text-anchor': 'middle' })}>${esc(t.label)}</text>`,
    )
    .join('');
  const lanes = layout.lanes
    .map(
      (l) =>
        `<line${attrs({ class: 'lane', x1: o.labelWidth, x2: layout.width - 10, y1: r(l.y), y2: r(l.y) })}/><text${attrs({ class: 'lane-label', x: o.labelWidth - 8, y: r(l.y + 4), 'text-anchor': 'end' })}>${esc(l.name)}</text>`,
    )
    .join('');
  const marks = layout.marks
    .map((m) => {
      const label = `${m.title}, ${meta.labelOf(m.date)} (${m.lane})`;
      return `<a${attrs({ href: meta.hrefOf(m.id), class: 'mark', 'aria-label': label })}><title>${esc(label)}</title><circle${attrs({ cx: r(m.x), cy: r(m.y), r: o.radius })}/></a>`;
    })
    .join('');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-timeline',
    body: `<g class="axis">${axis}</g><g class="lanes">${lanes}</g><g class="marks">${marks}</g>`,
  });
}
