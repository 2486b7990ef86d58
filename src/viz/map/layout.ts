/**
 * World choropleth: states shaded by how many documented cases involve them. Natural
 * Earth shapes come from the world-atlas package at build time; the page gets paths.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { checkOption } from '../shared/svg.ts';

export const mapDefaults = { width: 960, height: 470, thresholds: [1, 2, 4, 7] };

export interface MapCountry {
  /** ISO 3166-1 numeric code, as world-atlas names its features. */
  numeric: string;
  d: string;
  count: number;
  bin: number;
}

export interface MapLayout {
  width: number;
  height: number;
  countries: MapCountry[];
  /** Legend bins: label and the bin index used for the fill class. */
  legend: { bin: number; label: string }[];
}

export function binLabels(thresholds: number[]): string[] {
  const labels = ['No documented case'];
  thresholds.forEach((t, i) => {
    const next = thresholds[i + 1];
    labels.push(next === undefined ? `${t} or more` : next - 1 === t ? `${t}` : `${t}-${next - 1}`);
  });
  return labels;
}

export function layoutMap(
  topology: Topology,
  counts: Map<string, number>,
  options: Partial<typeof mapDefaults> = {},
): MapLayout {
  const o = { ...mapDefaults, ...options };
  checkOption(
    'thresholds',
    o.thresholds,
    o.thresholds.every((t, i) => i === 0 || t > o.thresholds[i - 1]!),
  );
  const objects = topology.objects as Record<string, GeometryCollection>;
  const countriesObject = objects['countries'];
  checkOption('topology', Object.keys(objects), !!countriesObject);
  const collection = feature(topology, countriesObject!) as unknown as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    { name: string }
  >;
  // Antarctica (010) takes space and has no cases.
  const features = collection.features.filter((f) => f.id !== '010');
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
  return {
    width: o.width,
    height: o.height,
    countries,
    legend: binLabels(o.thresholds).map((label, i) => ({ bin: i, label })),
  };
}

/** Rounds path coordinates to 0.1 px: smaller files and stable snapshots. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
