/**
 * A waffle chart of a recorded vote: one small square per vote, in rows of `perRow`,
 * grouped For / Against / Abstaining under a label with the count, so the count is read
 * off the picture without colour. Compact: drawn at its own size, never blown up.
 */
import { checkOption } from '../shared/options.ts';

export interface VoteInput {
  for: number;
  against: number;
  abstain: number;
}

/** At its own size the chart is 238 px wide, which fits a 320 px phone; its text is 14 px. */
export const voteDefaults = { perRow: 20, cell: 10, gap: 2, groupGap: 10, fontSize: 14, labelHeight: 20 };

export interface VoteGroup {
  key: 'for' | 'against' | 'abstain';
  label: string;
  count: number;
  /** Baseline of the group's label. */
  y: number;
  cells: { x: number; y: number }[];
}

export interface VoteLayout {
  /** Right to left: squares fill from the right and the labels sit at the right edge. */
  rtl: boolean;
  width: number;
  height: number;
  cell: number;
  fontSize: number;
  groups: VoteGroup[];
  total: number;
}

export type VoteLabels = Record<VoteGroup['key'], string>;
const englishLabels: VoteLabels = { for: 'For', against: 'Against', abstain: 'Abstaining' };

export function layoutVote(
  vote: VoteInput,
  options: Partial<typeof voteDefaults> & { labels?: VoteLabels; rtl?: boolean } = {},
): VoteLayout {
  const { labels = englishLabels, rtl = false, ...rest } = options;
  const o = { ...voteDefaults, ...rest };
  const width = o.perRow * (o.cell + o.gap) - o.gap;
  for (const key of ['for', 'against', 'abstain'] as const)
    checkOption(`vote.${key}`, vote[key], Number.isInteger(vote[key]) && vote[key] >= 0);
  checkOption('perRow', o.perRow, Number.isInteger(o.perRow) && o.perRow > 0);
  const step = o.cell + o.gap;
  let y = 0;
  const groups = (['for', 'against', 'abstain'] as const).map((key) => {
    const count = vote[key];
    const rows = Math.max(1, Math.ceil(count / o.perRow));
    const top = y + o.labelHeight;
    const cells = Array.from({ length: count }, (_, i) => ({
      x: rtl ? width - o.cell - (i % o.perRow) * step : (i % o.perRow) * step,
      y: top + Math.floor(i / o.perRow) * step,
    }));
    const group = { key, label: labels[key], count, y: y + o.fontSize, cells };
    y = top + rows * step + o.groupGap;
    return group;
  });
  return {
    rtl,
    width,
    height: y - o.groupGap - o.gap,
    cell: o.cell,
    fontSize: o.fontSize,
    groups,
    total: vote.for + vote.against + vote.abstain,
  };
}
