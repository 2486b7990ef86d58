/**
 * Cases on a time axis, one lane per tactic, each lane named above its line (so no
 * label is cut off and no left margin is needed). Long empty stretches of time are cut
 * out of the axis and marked with a break, so a few early cases don't crush the recent
 * ones; the axis ends at the last case, never in the future. Every dot carries its case's
 * name to the right or left, shortened to the room it has; dots that would collide move
 * to a second row in their lane.
 */
import { scaleLinear } from 'd3-scale';
import { checkOption } from '../shared/options.ts';
import { textWidth } from '../shared/text.ts';

export interface TimelineCase {
  id: string;
  title: string;
  /** Shorter name drawn beside the dot (the full title is its accessible name). */
  short?: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: string;
  lane: string;
}

/** See networkDefaults.width: the chart shows where it gets width * fontSize / 12 px or more. */
export const timelineDefaults = {
  width: 720,
  fontSize: 13,
  radius: 6,
  rowHeight: 22,
  laneGap: 10,
  axisHeight: 34,
  /** Years without a case longer than this are cut out of the axis. */
  cutAfter: 5,
  breakWidth: 48,
  maxLabel: 300,
};

export interface TimelineMark extends TimelineCase {
  x: number;
  y: number;
  year: number;
  /** The label as drawn (possibly shortened with an ellipsis) and where; absent if no room. */
  label?: { text: string; x: number; anchor: 'start' | 'end' };
}

export interface TimelineLayout {
  /** Mirrored for right-to-left reading: time runs from right to left, lane names at the right. */
  rtl?: boolean;
  width: number;
  height: number;
  fontSize: number;
  lanes: { name: string; labelY: number; y0: number; y1: number }[];
  marks: TimelineMark[];
  ticks: { x: number; label: string }[];
  /** Where the axis skips empty years: x of the break and the years it skips. */
  breaks: { x: number; from: number; to: number }[];
}

/** Decimal year of a partial date: 1975-07 -> 1975.5. */
export function yearOf(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/** Groups sorted years into runs, splitting where the gap exceeds `cut` years. */
export function yearRuns(years: number[], cut: number): [number, number][] {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs.at(-1);
    if (last && y - last[1] <= cut) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

export function layoutTimeline(cases: TimelineCase[], options: Partial<typeof timelineDefaults> = {}): TimelineLayout {
  const o = { ...timelineDefaults, ...options };
  checkOption('cases', cases.length, cases.length > 0);
  const lanes = [...new Set(cases.map((c) => c.lane))].sort((a, b) => a.localeCompare(b));
  const years = cases.map((c) => yearOf(c.date));

  // Piecewise axis: each run of years gets width in proportion to its span (at least
  // two years' worth), and each cut gets a fixed break.
  const runs = yearRuns(years, o.cutAfter).map(
    ([a, b]) => [Math.floor(a), Math.max(Math.floor(b) + 1, Math.floor(a) + 2)] as [number, number],
  );
  // Room at both ends for a dot and for half a year label centred on its tick.
  const margin = Math.max(o.radius + 2, textWidth('0000', o.fontSize) / 2 + 2);
  const usable = o.width - 2 * margin - (runs.length - 1) * o.breakWidth;
  const span = runs.reduce((s, [a, b]) => s + (b - a), 0);
  const domain: number[] = [];
  const range: number[] = [];
  let cursor = margin;
  const breaks: TimelineLayout['breaks'] = [];
  runs.forEach(([a, b], i) => {
    if (i > 0) {
      breaks.push({ x: cursor + o.breakWidth / 2, from: runs[i - 1]![1], to: a });
      cursor += o.breakWidth;
    }
    domain.push(a, b);
    range.push(cursor, cursor + ((b - a) / span) * usable);
    cursor += ((b - a) / span) * usable;
  });
  const x = scaleLinear().domain(domain).range(range);

  // Ticks: whole years inside each run, spaced so their labels never touch; none past the last case.
  const lastYear = Math.floor(Math.max(...years));
  const tickWidth = textWidth('0000', o.fontSize) + 14;
  const ticks: TimelineLayout['ticks'] = [];
  const clear = (at: number) =>
    !ticks.some((k) => Math.abs(k.x - at) < tickWidth) &&
    !breaks.some((k) => Math.abs(k.x - at) < tickWidth / 2 + o.breakWidth / 2);
  // Each run's first year first, so a reader can tell the era of a lone case; then whole
  // years inside each run, spaced so their labels never touch, none past the last case.
  for (const [a] of runs) ticks.push({ x: x(a), label: String(a) });
  for (const [a, b] of runs) {
    const pxPerYear = (x(b) - x(a)) / (b - a);
    const step = [1, 2, 5, 10, 20, 50].find((s) => s * pxPerYear >= tickWidth) ?? 100;
    for (let t = Math.ceil(a / step) * step; t <= Math.min(b - 1, lastYear); t += step)
      if (clear(x(t))) ticks.push({ x: x(t), label: String(t) });
  }
  ticks.sort((p, q) => p.x - q.x);

  // Lanes, top to bottom; inside each, marks in date order take the first row where the
  // dot and its label fit.
  const marks: TimelineMark[] = [];
  const laneRows: TimelineLayout['lanes'] = [];
  let y = o.axisHeight;
  const sorted = [...cases].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const lane of lanes) {
    const rows: [number, number][][] = [];
    const placed: { mark: TimelineMark; row: number }[] = [];
    for (const c of sorted.filter((k) => k.lane === lane)) {
      const year = yearOf(c.date);
      const cx = x(year);
      const text = c.short ?? c.title;
      const free = (row: [number, number][], a: number, b: number) => row.every(([p, q]) => b + 6 <= p || a >= q + 6);
      let chosen: { row: number; label?: TimelineMark['label']; span: [number, number] } | undefined;
      const rightRoom = o.width - 2 - (cx + o.radius + 4);
      const leftRoom = cx - o.radius - 4 - 2;
      const natural = Math.min(textWidth(text, o.fontSize), o.maxLabel);
      // First the whole name on either side in any row; only then a shortened one.
      for (const whole of [true, false])
        for (let row = 0; row < 4 && !chosen; row++)
          for (const [side, room] of [
            ['start', rightRoom],
            ['end', leftRoom],
          ] as const) {
            if (chosen || (whole && room < natural)) continue;
            const w = Math.min(natural, room);
            if (w < 80) continue;
            const label = shorten(text, w, o.fontSize);
            const lw = textWidth(label, o.fontSize);
            const s: [number, number] =
              side === 'start' ? [cx - o.radius, cx + o.radius + 4 + lw] : [cx - o.radius - 4 - lw, cx + o.radius];
            if (!free(rows[row] ?? [], ...s)) continue;
            const at = side === 'start' ? cx + o.radius + 4 : cx - o.radius - 4;
            chosen = { row, span: s, label: { text: label, x: at, anchor: side } };
          }
      if (!chosen) {
        // No room for a name: the dot alone, in the first row where it fits.
        const s: [number, number] = [cx - o.radius, cx + o.radius];
        let row = 0;
        while (!free(rows[row] ?? [], ...s)) row++;
        chosen = { row, span: s };
      }
      (rows[chosen.row] ??= []).push(chosen.span);
      placed.push({
        mark: { ...c, year, x: cx, y: 0, ...(chosen.label ? { label: chosen.label } : {}) },
        row: chosen.row,
      });
    }
    const labelY = y + o.fontSize;
    const first = labelY + 8 + o.rowHeight / 2;
    for (const p of placed) marks.push({ ...p.mark, y: first + p.row * o.rowHeight });
    const y1 = first + (rows.length - 1) * o.rowHeight + o.rowHeight / 2;
    laneRows.push({ name: lane, labelY, y0: y, y1 });
    y = y1 + o.laneGap;
  }
  return { width: o.width, height: Math.ceil(y), fontSize: o.fontSize, lanes: laneRows, marks, ticks, breaks };
}

/**
 * The same layout mirrored for right-to-left readers: the earliest case at the right, time
 * running leftward, each name on the other side of its dot. Lanes, rows and label widths
 * are unchanged, so nothing that fitted stops fitting.
 */
export function mirrorTimeline(layout: TimelineLayout): TimelineLayout {
  const flip = (x: number) => layout.width - x;
  return {
    ...layout,
    rtl: true,
    marks: layout.marks.map((m) => ({
      ...m,
      x: flip(m.x),
      ...(m.label
        ? { label: { text: m.label.text, x: flip(m.label.x), anchor: m.label.anchor === 'start' ? 'end' : 'start' } }
        : {}),
    })),
    ticks: layout.ticks.map((k) => ({ ...k, x: flip(k.x) })).sort((p, q) => p.x - q.x),
    breaks: layout.breaks.map((b) => ({ ...b, x: flip(b.x) })),
  };
}

/** The text, shortened at a word with an ellipsis if it is wider than `width`. */
export function shorten(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const t = `${words.join(' ').replace(/[,;:]$/, '')}…`;
    if (textWidth(t, size) <= width) return t;
  }
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, size) > width) t = t.slice(0, -1);
  return `${t}…`;
}
