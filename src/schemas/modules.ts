import { z } from 'astro/zod';
import { base, refs } from './base.ts';

export const audiences = ['activists', 'journalists', 'diaspora', 'officials', 'researchers', 'general'] as const;

export const moduleSchema = z.strictObject({
  ...base.shape,
  /** Who the module is written for. At least one. */
  audience: z.array(z.enum(audiences)).min(1, { message: `needs at least one of: ${audiences.join(', ')}` }),
  /** Total length in minutes. Required. */
  duration: z.number().int().positive(),
  /** What participants can do afterwards. At least one. */
  objectives: z.array(z.string().trim().min(1)).min(1, { message: 'needs at least one learning objective' }),
  /** Entries the module teaches. Default: none. */
  tactics: refs('tactics'),
  counters: refs('counters'),
  cases: refs('cases'),
});
export type Module = z.output<typeof moduleSchema>;
