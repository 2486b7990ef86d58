/**
 * Threats -> tactics -> counter-strategies in three columns, linked where the content
 * says a tactic answers a threat and a counter answers a tactic. Tactics answered by
 * fewer than `thinBelow` counters are marked, to show where defences are thin.
 */
import { checkOption } from '../shared/svg.ts';

export interface FlowInput {
  threats: { id: string; title: string }[];
  tactics: { id: string; title: string; threats: string[] }[];
  counters: { id: string; title: string; answers: string[] }[];
}

export const flowDefaults = { width: 1000, rowHeight: 26, columnWidth: 250, top: 36, thinBelow: 2 };

export interface FlowNode {
  id: string;
  title: string;
  column: 0 | 1 | 2;
  x: number;
  y: number;
  /** For tactics: how many counters answer them. */
  answeredBy?: number;
  thin?: boolean;
}

export interface FlowLayout {
  width: number;
  height: number;
  columns: { x: number; label: string }[];
  nodes: FlowNode[];
  links: { from: string; to: string; d: string }[];
}

export function layoutFlow(input: FlowInput, options: Partial<typeof flowDefaults> = {}): FlowLayout {
  const o = { ...flowDefaults, ...options };
  checkOption('threats', input.threats.length, input.threats.length > 0);
  const gap = (o.width - 3 * o.columnWidth) / 2;
  const xs = [0, o.columnWidth + gap, 2 * (o.columnWidth + gap)] as const;
  const answered = new Map<string, number>();
  for (const c of input.counters) for (const t of c.answers) answered.set(t, (answered.get(t) ?? 0) + 1);
  // Order tactics by their first threat, and counters by their first tactic, so links cross less.
  const threatRank = new Map(input.threats.map((t, i) => [t.id, i]));
  const tactics = [...input.tactics].sort(
    (a, b) =>
      Math.min(...a.threats.map((t) => threatRank.get(t) ?? 99)) -
        Math.min(...b.threats.map((t) => threatRank.get(t) ?? 99)) || a.title.localeCompare(b.title),
  );
  const tacticRank = new Map(tactics.map((t, i) => [t.id, i]));
  const counters = [...input.counters].sort(
    (a, b) =>
      Math.min(...a.answers.map((t) => tacticRank.get(t) ?? 99)) -
        Math.min(...b.answers.map((t) => tacticRank.get(t) ?? 99)) || a.title.localeCompare(b.title),
  );
  const rows = Math.max(input.threats.length, tactics.length, counters.length);
  const height = o.top + rows * o.rowHeight + 10;
  const place = <T extends { id: string; title: string }>(list: T[], column: 0 | 1 | 2) => {
    const spacing = (rows * o.rowHeight) / list.length;
    return list.map((item, i) => ({
      id: item.id,
      title: item.title,
      column,
      x: xs[column],
      y: o.top + spacing * (i + 0.5),
    }));
  };
  const nodes: FlowNode[] = [
    ...place(input.threats, 0),
    ...place(tactics, 1).map((n) => ({
      ...n,
      answeredBy: answered.get(n.id) ?? 0,
      thin: (answered.get(n.id) ?? 0) < o.thinBelow,
    })),
    ...place(counters, 2),
  ];
  const at = new Map(nodes.map((n) => [`${n.column}:${n.id}`, n]));
  const curve = (a: FlowNode, b: FlowNode) => {
    const x1 = a.x + o.columnWidth;
    const x2 = b.x;
    const mid = (x1 + x2) / 2;
    return `M${round(x1)} ${round(a.y)}C${round(mid)} ${round(a.y)} ${round(mid)} ${round(b.y)} ${round(x2)} ${round(b.y)}`;
  };
  const links: FlowLayout['links'] = [];
  for (const t of tactics)
    for (const th of t.threats)
      if (at.has(`0:${th}`)) links.push({ from: th, to: t.id, d: curve(at.get(`0:${th}`)!, at.get(`1:${t.id}`)!) });
  for (const c of counters)
    for (const t of c.answers)
      if (at.has(`1:${t}`)) links.push({ from: t, to: c.id, d: curve(at.get(`1:${t}`)!, at.get(`2:${c.id}`)!) });
  return {
    width: o.width,
    height,
    columns: xs.map((x, i) => ({ x, label: ['Threats', 'Tactics', 'Counter-strategies'][i]! })),
    nodes,
    links,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
