/**
 * The map explainer from the actors and cases collections, and the world-atlas shapes.
 * Pure: Astro fetches the collections and passes them in; the topology is read here
 * from the installed package, so tests get the same shapes as the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { type ChartLocale, cell, englishCharts, type Explainer, type LinkTo } from '../shared/explainer.ts';
import { esc } from '../shared/svg.ts';
import { layoutMap } from './layout.ts';
import { renderMap } from './render.ts';

const require = createRequire(import.meta.url);
const topology = (scale: '110m' | '50m') =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;

export interface MapData {
  actors: { id: string; data: { title: string; kind: string; iso?: string | undefined } }[];
  cases: { id: string; data: { places: string[]; participants: string[] } }[];
}

export function mapExplainer(input: MapData, linkTo: LinkTo, locale: ChartLocale = englishCharts): Explainer {
  const t = locale.t.map;
  const countries = require('i18n-iso-countries') as { alpha3ToNumeric(code: string): string | undefined };
  const states = input.actors.filter((a) => a.data.kind === 'state' && a.data.iso);
  const numericOf = new Map(states.map((s) => [s.id, countries.alpha3ToNumeric(s.data.iso!) ?? '']));
  const counts = new Map<string, number>();
  const countById = new Map<string, number>();
  for (const c of input.cases) {
    for (const id of new Set([...c.data.places, ...c.data.participants])) {
      const numeric = numericOf.get(id);
      if (!numeric) continue;
      counts.set(numeric, (counts.get(numeric) ?? 0) + 1);
      countById.set(id, (countById.get(id) ?? 0) + 1);
    }
  }
  const byNumeric = new Map(states.filter((s) => numericOf.get(s.id)).map((s) => [numericOf.get(s.id)!, s]));
  const layout = layoutMap(topology('110m'), counts, {
    states: new Map([...byNumeric].map(([n, s]) => [n, s.data.title])),
    fallback: () => topology('50m'),
    words: { noCase: t.noCase, orMore: t.orMore, number: locale.number },
  });
  const drawn = new Set(layout.countries.map((c) => c.numeric));
  const marked = new Set(layout.markers.map((m) => m.numeric));
  const title = t.title;
  const involved = [...countById.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = involved[0];
  const topState = top ? states.find((s) => s.id === top[0]) : undefined;
  const takeaway = t.takeaway(involved.length, topState?.data.title ?? '', top?.[1] ?? 0);
  const actorHref = (id: string) => linkTo('actors', id);
  const svg = renderMap(layout, {
    id: 'chart-map',
    title,
    desc: takeaway,
    nameWithCount: t.stateName,
    actorOf: (numeric) => {
      const s = byNumeric.get(numeric);
      return s ? { href: actorHref(s.id), name: s.data.title } : undefined;
    },
  });
  // Small states as a list too: on a phone their markers are small, a list is easy to tap.
  const small = layout.markers
    .map((m) => byNumeric.get(m.numeric)!)
    .filter(Boolean)
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map(
      (s) =>
        `<li><a href="${esc(actorHref(s.id))}">${esc(s.data.title)}</a> ${esc(locale.number(countById.get(s.id) ?? 0))}</li>`,
    );
  return {
    kind: 'map',
    id: 'map',
    title,
    takeaway,
    svg,
    notes: small.length
      ? `<div class="map-small-states"><p>${esc(t.smallStates)}</p><ul>${small.join('')}</ul></div>`
      : '',
    legend: [
      ...layout.legend.map((l) => ({ swatch: `swatch bin-${l.bin}`, label: l.label })),
      ...(small.length ? [{ swatch: 'swatch swatch-marker', label: t.smallState }] : []),
    ],
    table: {
      caption: t.caption,
      columns: [t.state, t.iso, t.cases, t.onMap],
      rows: involved.map(([id, n]) => {
        const s = states.find((x) => x.id === id)!;
        const numeric = numericOf.get(id)!;
        const shown = marked.has(numeric) ? t.dot : drawn.has(numeric) ? t.shape : t.notDrawn;
        return [cell(s.data.title, actorHref(id)), cell(s.data.iso!), cell(locale.number(n)), cell(shown)];
      }),
    },
  };
}
