/**
 * Force layout of who collaborates with whom. Deterministic: a seeded random source,
 * the simulation stopped and ticked a fixed number of times, so the same data gives the
 * same picture at build time, in tests and on every machine.
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
import { checkOption, lcg } from '../shared/svg.ts';

export interface NetworkNodeInput {
  id: string;
  label: string;
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
}

export const networkDefaults = { width: 900, height: 640, ticks: 300, seed: 7, minRadius: 5, maxRadius: 16 };

export interface PlacedNode extends NetworkNodeInput {
  x: number;
  y: number;
  radius: number;
  degree: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: (NetworkEdgeInput & { x1: number; y1: number; x2: number; y2: number })[];
}

type SimNode = SimulationNodeDatum & PlacedNode;

export function layoutNetwork(
  nodesIn: NetworkNodeInput[],
  edgesIn: NetworkEdgeInput[],
  options: Partial<typeof networkDefaults> = {},
): NetworkLayout {
  const o = { ...networkDefaults, ...options };
  checkOption('ticks', o.ticks, Number.isInteger(o.ticks) && o.ticks > 0);
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
        .distance((l) => (l.type === 'membership' ? 60 : 90))
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(-160))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.radius + 14),
    )
    .force('x', forceX(o.width / 2).strength(0.06))
    .force('y', forceY(o.height / 2).strength(0.09))
    .stop();
  simulation.tick(o.ticks);
  // Keep every node inside the frame, with room for its label.
  const pad = o.maxRadius + 4;
  for (const n of nodes) {
    n.x = Math.min(o.width - pad, Math.max(pad, n.x ?? 0));
    n.y = Math.min(o.height - pad - 12, Math.max(pad, n.y ?? 0));
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    width: o.width,
    height: o.height,
    nodes: nodes.map(({ index: _i, vx: _vx, vy: _vy, fx: _fx, fy: _fy, ...n }) => n as PlacedNode),
    edges: edgesIn.map((e) => {
      const a = byId.get(e.source)!;
      const b = byId.get(e.target)!;
      return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }),
  };
}
