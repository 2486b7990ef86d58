/**
 * Cases on a time axis, one lane per tactic. A case sits in the lane of its first
 * tactic; cases of the same lane and year are stacked so none hides another.
 */
import { scaleLinear } from 'd3-scale';
import { checkOption } from '../shared/svg.ts';

export interface TimelineCase {
  id: string;
  title: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: string;
  lane: string;
}

export const timelineDefaults = { width: 960, laneHeight: 34, labelWidth: 250, radius: 6, top: 30 };

export interface TimelineLayout {
  width: number;
  height: number;
  lanes: { name: string; y: number }[];
  marks: (TimelineCase & { x: number; y: number; year: number })[];
  ticks: { x: number; label: string }[];
}

/** Decimal year of a partial date: 1975-07 -> 1975.5. */
export function yearOf(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

export function layoutTimeline(cases: TimelineCase[], options: Partial<typeof timelineDefaults> = {}): TimelineLayout {
  const o = { ...timelineDefaults, ...options };
  checkOption('cases', cases.length, cases.length > 0);
  const lanes = [...new Set(cases.map((c) => c.lane))].sort((a, b) => a.localeCompare(b));
  const years = cases.map((c) => yearOf(c.date));
  const first = Math.floor(Math.min(...years) / 5) * 5;
  const last = Math.ceil((Math.max(...years) + 1) / 5) * 5;
  const x = scaleLinear()
    .domain([first, last])
    .range([o.labelWidth + 10, o.width - 20]);
  const laneY = new Map(lanes.map((name, i) => [name, o.top + i * o.laneHeight + o.laneHeight / 2]));
  const stacked = new Map<string, number>();
  const marks = [...cases]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((c) => {
      const year = yearOf(c.date);
      const slot = `${c.lane}|${Math.floor(year)}`;
      const n = stacked.get(slot) ?? 0;
      stacked.set(slot, n + 1);
      // Alternate above and below the lane's line: 0, -1, +1, -2 ...
      const offset = n === 0 ? 0 : (n % 2 ? -1 : 1) * Math.ceil(n / 2) * (o.radius * 1.6);
      return { ...c, year, x: x(year), y: laneY.get(c.lane)! + offset };
    });
  const step = last - first > 30 ? 10 : 5;
  const ticks = [];
  for (let t = first; t <= last; t += step) ticks.push({ x: x(t), label: String(t) });
  return {
    width: o.width,
    height: o.top + lanes.length * o.laneHeight + 10,
    lanes: lanes.map((name) => ({ name, y: laneY.get(name)! })),
    marks,
    ticks,
  };
}
