import { attrs, esc, r, svgFrame } from '../shared/svg.ts';
import { type MapLayout, mapDefaults } from './layout.ts';

type ActorOf = (numeric: string) => { href: string; name: string } | undefined;

const englishName = (name: string, count: number) =>
  `${name}: ${count === 0 ? 'no' : count} documented case${count === 1 ? '' : 's'}`;

/** Every state with a page is a link to it; small states also get a marker and, where there is room, a label. */
export function renderMap(
  layout: MapLayout,
  meta: {
    id: string;
    title: string;
    desc: string;
    actorOf: ActorOf;
    /** A state's accessible name with its count, in the page's language. */
    nameWithCount?: (name: string, count: number) => string;
  },
): string {
  const nameWithCount = meta.nameWithCount ?? englishName;
  const shapes = layout.countries
    .map((c) => {
      const actor = meta.actorOf(c.numeric);
      const path = `<path${attrs({ d: c.d, class: `country bin-${c.bin}` })}/>`;
      if (!actor) return path;
      const label = nameWithCount(actor.name, c.count);
      return `<a${attrs({ href: actor.href, class: 'state', 'aria-label': label })}><title>${esc(label)}</title>${path}</a>`;
    })
    .join('\n');
  const markers = layout.markers
    .map((m) => {
      const actor = meta.actorOf(m.numeric);
      if (!actor) return '';
      const label = nameWithCount(actor.name, m.count);
      const text = m.label
        ? `\n<text${attrs({ class: 'callout', x: r(m.label.x), y: r(m.label.y), 'text-anchor': m.label.anchor, 'aria-hidden': 'true' })}>${esc(actor.name)}</text>`
        : '';
      return `<a${attrs({ href: actor.href, class: 'state marker', 'aria-label': label })}>\n<title>${esc(label)}</title>\n<circle${attrs({ class: 'hit', cx: r(m.x), cy: r(m.y), r: 12 })}/>\n<circle${attrs({ class: `marker-dot bin-${m.bin}`, cx: r(m.x), cy: r(m.y), r: mapDefaults.markerRadius })}/>${text}\n</a>`;
    })
    .filter(Boolean)
    .join('\n');
  return svgFrame({
    ...meta,
    width: layout.width,
    height: layout.height,
    className: 'chart-map',
    body: `<g class="countries">\n${shapes}\n</g>\n<g class="markers">\n${markers}\n</g>`,
  });
}
