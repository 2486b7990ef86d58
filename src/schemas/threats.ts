import { z } from 'astro/zod';
import { base } from './base.ts';

export const pillars = ['legitimation', 'repression', 'co-optation'] as const;

export const threatSchema = z.strictObject({
  ...base.shape,
  /** Position in the list of threats (1 comes first). Required. */
  order: z.number().int().min(1),
  /** Which pillars of authoritarian stability the threat strains. Default: none. */
  pillars: z.array(z.enum(pillars)).default([]),
});
export type Threat = z.output<typeof threatSchema>;
