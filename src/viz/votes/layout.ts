/**
 * A unit chart of a recorded vote: one square per vote, in rows of `perRow`, grouped
 * For / Against / Abstaining, so the count is read off the picture without colour.
 */
import { checkOption } from '../shared/svg.ts';

export interface VoteInput {
  for: number;
  against: number;
  abstain: number;
}

export const voteDefaults = { perRow: 10, cell: 14, gap: 3, groupGap: 28, labelWidth: 110 };

export interface VoteGroup {
  key: 'for' | 'against' | 'abstain';
  label: string;
  count: number;
  y: number;
  cells: { x: number; y: number }[];
}

export interface VoteLayout {
  width: number;
  height: number;
  groups: VoteGroup[];
  total: number;
}

const labels = { for: 'For', against: 'Against', abstain: 'Abstaining' } as const;

export function layoutVote(vote: VoteInput, options: Partial<typeof voteDefaults> = {}): VoteLayout {
  const o = { ...voteDefaults, ...options };
  for (const key of ['for', 'against', 'abstain'] as const)
    checkOption(`vote.${key}`, vote[key], Number.isInteger(vote[key]) && vote[key] >= 0);
  checkOption('perRow', o.perRow, Number.isInteger(o.perRow) && o.perRow > 0);
  let y = 0;
  const groups = (['for', 'against', 'abstain'] as const).map((key) => {
    const count = vote[key];
    const rows = Math.max(1, Math.ceil(count / o.perRow));
    const cells = Array.from({ length: count }, (_, i) => ({
      x: o.labelWidth + (i % o.perRow) * (o.cell + o.gap),
      y: y + Math.floor(i / o.perRow) * (o.cell + o.gap),
    }));
    const group = { key, label: labels[key], count, y, cells };
    y += rows * (o.cell + o.gap) + o.groupGap;
    return group;
  });
  return {
    width: o.labelWidth + o.perRow * (o.cell + o.gap) + 60,
    height: y - o.groupGap + o.gap,
    groups,
    total: vote.for + vote.against + vote.abstain,
  };
}
