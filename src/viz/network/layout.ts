/**
 * Force layout of who collaborates with whom. Deterministic: a seeded random source,
 * the simulation stopped and ticked a fixed number of times, so the same data gives the
 * same picture at build time, in tests and on every machine. The result is scaled to
 * fill the frame (no empty bands), and every label is placed where it overlaps no mark
 * and no other label; a label with no room is shown on focus and hover only.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { type Box, type PlacedLabel, placeLabels } from '../shared/labels.ts';
import { checkOption } from '../shared/options.ts';
import { textWidth } from '../shared/text.ts';
import { lcg } from '../shared/random.ts';

export interface NetworkNodeInput {
  id: string;
  /** What the chart draws beside the node (a short form of the name if it has one). */
  label: string;
  /** The full name, for the accessible name; defaults to the label. */
  name?: string;
  /** States are drawn as circles, organisations and groups as squares. */
  shape: 'state' | 'organization';
}

export interface NetworkEdgeInput {
  source: string;
  target: string;
  /** membership: the source belongs to the target; collaboration: both took part in a documented case. */
  type: 'membership' | 'collaboration';
  /** Tactic ids the collaboration shows (empty for membership). */
  tactics: string[];
  /** Case ids behind a collaboration. */
  cases: string[];
  /** The editors inferred this link; the sources do not state it. */
  inferred?: boolean;
}

/**
 * width: the frame's width in SVG units; the chart is shown only where it gets at least
 * width * fontSize / 12 px (see 06-charts.css), so its text never renders below 12 px.
 */
export const networkDefaults = {
  width: 680,
  maxHeight: 560,
  minHeight: 360,
  ticks: 300,
  seed: 7,
  minRadius: 5,
  maxRadius: 14,
  fontSize: 13,
  /** Radius of the invisible touch target: 14 units is at least 24 px wherever the chart shows. */
  hitRadius: 14,
};

export interface PlacedNode extends NetworkNodeInput {
  x: number;
  y: number;
  radius: number;
  degree: number;
  /** Where its label sits; `always` false means it shows on focus and hover only. */
  place: PlacedLabel & { always: boolean };
}

export interface NetworkLayout {
  width: number;
  height: number;
  fontSize: number;
  nodes: PlacedNode[];
  edges: (NetworkEdgeInput & { x1: number; y1: number; x2: number; y2: number })[];
}

type SimNode = SimulationNodeDatum & Omit<PlacedNode, 'place'>;

export function layoutNetwork(
  nodesIn: NetworkNodeInput[],
  edgesIn: NetworkEdgeInput[],
  options: Partial<typeof networkDefaults> = {},
): NetworkLayout {
  const o = { ...networkDefaults, ...options };
  checkOption('ticks', o.ticks, Number.isInteger(o.ticks) && o.ticks > 0);
  if (nodesIn.length === 0) return { width: o.width, height: o.minHeight, fontSize: o.fontSize, nodes: [], edges: [] };
  const ids = new Set(nodesIn.map((n) => n.id));
  for (const e of edgesIn) checkOption('edge', `${e.source} -> ${e.target}`, ids.has(e.source) && ids.has(e.target));
  const degree = new Map<string, number>();
  for (const e of edgesIn) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const maxDegree = Math.max(1, ...degree.values());
  // Sorted input: the layout must not depend on the order entries were read in.
  const nodes: SimNode[] = [...nodesIn]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((n) => {
      const d = degree.get(n.id) ?? 0;
      return {
        ...n,
        degree: d,
        radius: o.minRadius + (o.maxRadius - o.minRadius) * Math.sqrt(d / maxDegree),
        x: 0,
        y: 0,
      };
    });
  const links: (SimulationLinkDatum<SimNode> & NetworkEdgeInput)[] = edgesIn.map((e) => ({ ...e }));
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(o.seed))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance((l) => (l.type === 'membership' ? 80 : 110))
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(-300))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.radius + 30),
    )
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.08))
    .stop();
  simulation.tick(o.ticks);

  // Scale the drawing to fill the frame, keeping its shape: room for a label on every side.
  const pad = { x: 70, y: o.maxRadius + o.fontSize * 1.6 };
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerWidth = o.width - 2 * pad.x;
  const scale = Math.min(innerWidth / Math.max(1, x1 - x0), (o.maxHeight - 2 * pad.y) / Math.max(1, y1 - y0));
  const height = Math.max(o.minHeight, Math.ceil((y1 - y0) * scale + 2 * pad.y));
  const offsetX = pad.x + (innerWidth - (x1 - x0) * scale) / 2;
  const offsetY = (height - (y1 - y0) * scale) / 2;
  for (const n of nodes) {
    n.x = offsetX + ((n.x ?? 0) - x0) * scale;
    n.y = offsetY + ((n.y ?? 0) - y0) * scale;
  }

  const frame: Box = { x: 2, y: 2, width: o.width - 4, height: height - 4 };
  const marks: Box[] = nodes.map((n) => ({
    id: n.id,
    x: n.x! - n.radius,
    y: n.y! - n.radius,
    width: 2 * n.radius,
    height: 2 * n.radius,
  }));
  const requests = nodes.map((n) => ({ id: n.id, text: n.label, x: n.x!, y: n.y!, r: n.radius, priority: n.degree }));
  const placed = placeLabels(requests, { size: o.fontSize, frame, obstacles: marks });
  // A label with no free spot still gets one, below its mark, for focus and hover (it has a halo).
  const fallback = (n: SimNode): PlacedLabel => {
    const w = Math.min(o.width - 4, textWidth(n.label, o.fontSize));
    const x = Math.min(o.width - 2 - w / 2, Math.max(2 + w / 2, n.x!));
    const below = n.y! + n.radius + o.fontSize * 1.2 + 3 <= height - 2;
    const y = below ? n.y! + n.radius + 3 + o.fontSize : n.y! - n.radius - 3 - o.fontSize * 0.2;
    return {
      id: n.id,
      x,
      y,
      anchor: 'middle',
      box: { x: x - w / 2, y: y - o.fontSize, width: w, height: o.fontSize * 1.2 },
    };
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    width: o.width,
    height,
    fontSize: o.fontSize,
    nodes: nodes.map(({ index: _i, vx: _vx, vy: _vy, fx: _fx, fy: _fy, ...n }) => {
      const spot = placed.get(n.id);
      const place = spot ? { ...spot, always: true } : { ...fallback(n as SimNode), always: false };
      return { ...(n as Omit<PlacedNode, 'place'>), place };
    }),
    edges: edgesIn.map((e) => {
      const a = byId.get(e.source)!;
      const b = byId.get(e.target)!;
      return { ...e, x1: a.x!, y1: a.y!, x2: b.x!, y2: b.y! };
    }),
  };
}
