/**
 * Threats -> tactics -> counter-strategies in three columns, linked where the content
 * says a tactic answers a threat and a counter answers a tactic. Every title is set in
 * one type size and wrapped inside its box (never squeezed); boxes grow to fit. Each
 * threat has a colour, which its tactics and their links carry on. Tactics answered by
 * fewer than `thinBelow` counters are marked, to show where defences are thin.
 */
import { round1 } from '../../site/html.ts';
import { checkOption } from '../shared/options.ts';
import { textWidth, wrapText } from '../shared/text.ts';

export interface FlowInput {
  threats: { id: string; title: string }[];
  /** `inferred`: threat ids the editors paired with the tactic, not the sources. */
  tactics: { id: string; title: string; threats: string[]; inferred?: string[] }[];
  /** `inferred`: tactic ids the editors say the counter answers, not the sources. */
  counters: { id: string; title: string; answers: string[]; inferred?: string[] }[];
}

/** See networkDefaults.width: the chart shows where it gets width * fontSize / 12 px or more. */
export const flowDefaults = {
  width: 720,
  columnWidth: 206,
  fontSize: 13,
  lineHeight: 16,
  padding: 6,
  gap: 8,
  top: 30,
  thinBelow: 2,
  /** Colours cycle after this many threats (06-charts.css defines threat-0 … threat-5). */
  colours: 6,
};

export interface FlowNode {
  id: string;
  title: string;
  lines: string[];
  column: 0 | 1 | 2;
  x: number;
  /** Top of the box and its height. */
  y: number;
  height: number;
  /** Index of the threat whose colour the node carries. */
  colour: number;
  /** For tactics: how many counters answer them. */
  answeredBy?: number;
  thin?: boolean;
  /** Ids of every node on a path through this one (for highlighting on focus and hover). */
  related: string[];
}

export interface FlowLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  columnWidth: number;
  /** The word on weakly answered tactics. */
  thinTag: string;
  columns: { x: number; label: string }[];
  nodes: FlowNode[];
  links: { from: string; to: string; d: string; colour: number; related: string[]; inferred: boolean }[];
}

export const thinTag = 'thin';

export function layoutFlow(
  input: FlowInput,
  options: Partial<typeof flowDefaults> & {
    /** The three column heads and the "thin" tag, in the page's language. */
    columnLabels?: [string, string, string];
    thin?: string;
  } = {},
): FlowLayout {
  const { columnLabels = ['Threats', 'Tactics', 'Counter-strategies'], thin = thinTag, ...rest } = options;
  const o = { ...flowDefaults, ...rest };
  checkOption('threats', input.threats.length, input.threats.length > 0);
  const gapX = (o.width - 3 * o.columnWidth) / 2;
  checkOption('columnWidth', o.columnWidth, gapX >= 24);
  const xs = [0, o.columnWidth + gapX, 2 * (o.columnWidth + gapX)] as const;
  const answered = new Map<string, number>();
  for (const c of input.counters) for (const t of c.answers) answered.set(t, (answered.get(t) ?? 0) + 1);
  // Order tactics by their first threat, and counters by their first tactic, so links cross less.
  const threatRank = new Map(input.threats.map((t, i) => [t.id, i]));
  const firstThreat = (t: { threats: string[] }) => Math.min(...t.threats.map((id) => threatRank.get(id) ?? 99));
  const tactics = [...input.tactics].sort((a, b) => firstThreat(a) - firstThreat(b) || a.title.localeCompare(b.title));
  const tacticRank = new Map(tactics.map((t, i) => [t.id, i]));
  const firstTactic = (c: { answers: string[] }) => Math.min(...c.answers.map((id) => tacticRank.get(id) ?? 99));
  const counters = [...input.counters].sort(
    (a, b) => firstTactic(a) - firstTactic(b) || a.title.localeCompare(b.title),
  );
  const colourOfTactic = new Map(tactics.map((t) => [t.id, firstThreat(t) % o.colours]));

  const tagRoom = textWidth(thin, o.fontSize, 700) + 8;
  const stack = (
    list: { id: string; title: string; colour: number; thin?: boolean; answeredBy?: number }[],
    column: 0 | 1 | 2,
  ) => {
    let y = o.top;
    return list.map((item) => {
      const room = o.columnWidth - 2 * o.padding - 4 - (item.thin ? tagRoom : 0);
      const lines = wrapText(item.title, room, o.fontSize);
      const height = lines.length * o.lineHeight + 2 * o.padding;
      const node: FlowNode = { ...item, lines, column, x: xs[column], y, height, related: [] };
      y += height + o.gap;
      return node;
    });
  };
  const columns = [
    stack(
      input.threats.map((t, i) => ({ id: t.id, title: t.title, colour: i % o.colours })),
      0,
    ),
    stack(
      tactics.map((t) => {
        const n = answered.get(t.id) ?? 0;
        return { id: t.id, title: t.title, colour: colourOfTactic.get(t.id)!, answeredBy: n, thin: n < o.thinBelow };
      }),
      1,
    ),
    stack(
      counters.map((c) => {
        const first = [...c.answers].sort((a, b) => (tacticRank.get(a) ?? 99) - (tacticRank.get(b) ?? 99))[0];
        return { id: c.id, title: c.title, colour: (first !== undefined ? colourOfTactic.get(first) : undefined) ?? 0 };
      }),
      2,
    ),
  ];
  // Centre shorter columns against the tallest.
  const bottom = (list: FlowNode[]) => (list.at(-1) ? list.at(-1)!.y + list.at(-1)!.height : o.top);
  const tallest = Math.max(...columns.map(bottom));
  for (const list of columns) {
    const shift = (tallest - bottom(list)) / 2;
    for (const n of list) n.y += shift;
  }
  const nodes = columns.flat();
  const at = new Map(nodes.map((n) => [`${n.column}:${n.id}`, n]));

  // Paths: threat -> tactic and tactic -> counter. A node's related set is everything
  // upstream and downstream of it.
  const threatsOf = new Map(tactics.map((t) => [t.id, t.threats.filter((id) => at.has(`0:${id}`))]));
  const countersOf = new Map(
    tactics.map((t) => [t.id, counters.filter((c) => c.answers.includes(t.id)).map((c) => c.id)]),
  );
  for (const n of nodes) {
    const set = new Set<string>([n.id]);
    if (n.column === 0)
      for (const t of tactics.filter((t) => t.threats.includes(n.id))) {
        set.add(t.id);
        for (const c of countersOf.get(t.id) ?? []) set.add(c);
      }
    if (n.column === 1) for (const id of [...(threatsOf.get(n.id) ?? []), ...(countersOf.get(n.id) ?? [])]) set.add(id);
    if (n.column === 2)
      for (const t of input.counters.find((c) => c.id === n.id)?.answers ?? []) {
        set.add(t);
        for (const th of threatsOf.get(t) ?? []) set.add(th);
      }
    n.related = [...set].sort();
  }
  const mid = (n: FlowNode) => n.y + n.height / 2;
  const curve = (a: FlowNode, b: FlowNode) => {
    const x1 = a.x + o.columnWidth;
    const x2 = b.x;
    const m = (x1 + x2) / 2;
    return `M${round(x1)} ${round(mid(a))}C${round(m)} ${round(mid(a))} ${round(m)} ${round(mid(b))} ${round(x2)} ${round(mid(b))}`;
  };
  // A link lights up with every node whose paths run through both its ends.
  const litBy = (a: FlowNode, b: FlowNode) =>
    nodes.filter((x) => x.related.includes(a.id) && x.related.includes(b.id)).map((x) => x.id);
  const links: FlowLayout['links'] = [];
  for (const t of tactics)
    for (const th of threatsOf.get(t.id) ?? []) {
      const a = at.get(`0:${th}`)!;
      const b = at.get(`1:${t.id}`)!;
      const inferred = !!t.inferred?.includes(th);
      links.push({ from: th, to: t.id, d: curve(a, b), colour: a.colour, related: litBy(a, b), inferred });
    }
  for (const c of counters)
    for (const t of c.answers) {
      const a = at.get(`1:${t}`);
      const b = at.get(`2:${c.id}`)!;
      const inferred = !!c.inferred?.includes(t);
      if (a) links.push({ from: t, to: c.id, d: curve(a, b), colour: a.colour, related: litBy(a, b), inferred });
    }
  return {
    width: o.width,
    height: Math.ceil(tallest + 4),
    fontSize: o.fontSize,
    lineHeight: o.lineHeight,
    columnWidth: o.columnWidth,
    thinTag: thin,
    columns: xs.map((x, i) => ({ x, label: columnLabels[i]! })),
    nodes,
    links,
  };
}

const round = round1;
