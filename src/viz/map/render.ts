import { attrs, esc, svgFrame } from '../shared/svg.ts';
import type { MapLayout } from './layout.ts';

/** States with cases are links to their actor pages; the rest are plain shapes. */
export function renderMap(
  layout: MapLayout,
  meta: {
    id: string;
    title: string;
    desc: string;
    actorOf: (numeric: string) => { href: string; name: string } | undefined;
  },
): string {
  const shapes = layout.countries
    .map((c) => {
      const actor = meta.actorOf(c.numeric);
      const path = `<path${attrs({ d: c.d, class: `country bin-${c.bin}` })}/>`;
      if (!actor) return path;
      const label = `${actor.name}: ${c.count} documented case${c.count === 1 ? '' : 's'}`;
      return `<a${attrs({ href: actor.href, class: 'state', 'aria-label': label })}><title>${esc(label)}</title>${path}</a>`;
    })
    .join('');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-map',
    body: `<g>${shapes}</g>`,
  });
}
