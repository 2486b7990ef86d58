/**
 * World choropleth: states shaded by how many documented cases involve them. Natural
 * Earth shapes come from the world-atlas package at build time; the page gets paths.
 * States too small to see or tap at this scale (the Gulf, Central Asia) get a marker,
 * and where there is room a callout label, placed so no two labels overlap.
 */
import { round1 } from '../../site/html.ts';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Box, type PlacedLabel, placeLabels } from '../shared/labels.ts';
import { checkOption } from '../shared/options.ts';

/** See networkDefaults.width: callout labels show where the map gets width * fontSize / 12 px or more. */
export const mapDefaults = {
  width: 960,
  height: 470,
  thresholds: [1, 2, 4, 7],
  fontSize: 13,
  /** A state whose drawn area (in square units) is below this gets a marker. */
  smallArea: 300,
  markerRadius: 5,
};

export interface MapCountry {
  /** ISO 3166-1 numeric code, as world-atlas names its features. */
  numeric: string;
  d: string;
  count: number;
  bin: number;
}

export interface MapMarker {
  numeric: string;
  x: number;
  y: number;
  count: number;
  bin: number;
  /** Whether the state is drawn at all at this scale (tiny islands and enclaves are not). */
  drawn: boolean;
  label?: PlacedLabel;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  countries: MapCountry[];
  markers: MapMarker[];
  /** Legend bins: label and the bin index used for the fill class. */
  legend: { bin: number; label: string }[];
}

/** The legend's words: the empty bin, the open last bin ({n}) and how numbers are written. */
export interface BinWords {
  noCase: string;
  orMore: string;
  number: (n: number) => string;
}
const englishBins: BinWords = { noCase: 'No documented case', orMore: '{n} or more', number: String };

export function binLabels(thresholds: number[], words: BinWords = englishBins): string[] {
  const labels = [words.noCase];
  const n = words.number;
  thresholds.forEach((t, i) => {
    const next = thresholds[i + 1];
    labels.push(
      next === undefined ? words.orMore.replace('{n}', n(t)) : next - 1 === t ? n(t) : `${n(t)}-${n(next - 1)}`,
    );
  });
  return labels;
}

type Features = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;

export function layoutMap(
  topology: Topology,
  counts: Map<string, number>,
  options: Partial<typeof mapDefaults> & {
    /** States that have a page: small ones among them get a marker, named by `nameOf`. */
    states?: Map<string, string>;
    /** A finer topology to place markers for states the main one does not draw. */
    fallback?: () => Topology;
    /** The legend's words in the page's language. */
    words?: BinWords;
  } = {},
): MapLayout {
  const o = { ...mapDefaults, ...options };
  checkOption(
    'thresholds',
    o.thresholds,
    o.thresholds.every((t, i) => i === 0 || t > o.thresholds[i - 1]!),
  );
  const features = featuresOf(topology).features.filter((f) => f.id !== '010'); // Antarctica: space, no cases.
  const projection = geoEqualEarth().fitSize([o.width, o.height], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const bin = scaleThreshold<number, number>()
    .domain(o.thresholds)
    .range(o.thresholds.map((_, i) => i).concat(o.thresholds.length));
  const countries = features
    .map((f) => {
      const numeric = String(f.id);
      const count = counts.get(numeric) ?? 0;
      return { numeric, d: roundPath(path(f) ?? ''), count, bin: bin(count) };
    })
    .filter((c) => c.d)
    .sort((a, b) => a.numeric.localeCompare(b.numeric));

  const states = o.states ?? new Map<string, string>();
  const byNumeric = new Map(features.map((f) => [String(f.id), f]));
  const missing = [...states.keys()].filter((n) => !byNumeric.has(n));
  const finer =
    missing.length && o.fallback ? new Map(featuresOf(o.fallback()).features.map((f) => [String(f.id), f])) : new Map();
  const markers: MapMarker[] = [];
  for (const numeric of [...states.keys()].sort()) {
    const f = byNumeric.get(numeric) ?? finer.get(numeric);
    if (!f) continue;
    const drawn = byNumeric.has(numeric);
    const count = counts.get(numeric) ?? 0;
    // Only states with a case need finding; the rest stay plain shapes.
    if (count === 0 || (drawn && path.area(f) >= o.smallArea)) continue;
    const [x, y] = projection(geoCentroid(f)) ?? [Number.NaN, Number.NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    markers.push({ numeric, x: round(x), y: round(y), count, bin: bin(count), drawn });
  }
  const frame: Box = { x: 0, y: 0, width: o.width, height: o.height };
  const obstacles: Box[] = markers.map((m) => ({
    id: m.numeric,
    x: m.x - o.markerRadius,
    y: m.y - o.markerRadius,
    width: 2 * o.markerRadius,
    height: 2 * o.markerRadius,
  }));
  const placed = placeLabels(
    markers.map((m) => ({
      id: m.numeric,
      text: states.get(m.numeric) ?? m.numeric,
      x: m.x,
      y: m.y,
      r: o.markerRadius,
      priority: m.count,
    })),
    { size: o.fontSize, frame, obstacles },
  );
  for (const m of markers) {
    const label = placed.get(m.numeric);
    if (label) m.label = label;
  }
  return {
    width: o.width,
    height: o.height,
    fontSize: o.fontSize,
    countries,
    markers,
    legend: binLabels(o.thresholds, o.words).map((label, i) => ({ bin: i, label })),
  };
}

function featuresOf(topology: Topology): Features {
  const objects = topology.objects as Record<string, GeometryCollection>;
  const countriesObject = objects['countries'];
  checkOption('topology', Object.keys(objects), !!countriesObject);
  return feature(topology, countriesObject!) as unknown as Features;
}

const round = round1;

/** Rounds path coordinates to 0.1 px: smaller files and stable snapshots. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(round1(Number(n))));
}
