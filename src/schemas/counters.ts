import { z } from 'astro/zod';
import { base, checkInferredLinks, inferredLinks, refs } from './base.ts';

export const whoCanAct = [
  'governments',
  'civil-society',
  'international-organizations',
  'companies',
  'donors',
] as const;

export const counterSchema = z
  .strictObject({
    ...base.shape,
    /** The tactics this counter-strategy answers. At least one. Tactic pages list their counters from this field. */
    answers: refs('tactics', { min: 1 }),
    /** Who can carry it out. At least one. */
    whoCanAct: z.array(z.enum(whoCanAct)).min(1, { message: `needs at least one of: ${whoCanAct.join(', ')}` }),
    /** Further reading beyond what the text cites. Default: none. */
    sources: refs('sources'),
    /** Links above that the editors made and the sources do not state, each with a one-line reason. Optional. */
    inferred: inferredLinks,
  })
  .superRefine((entry, ctx) => checkInferredLinks(['answers'], entry, ctx));
export type Counter = z.output<typeof counterSchema>;
