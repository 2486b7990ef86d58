import { z } from 'astro/zod';
import { base, checkInferredLinks, inferredLinks, refs, region } from './base.ts';

export const tacticSchema = z
  .strictObject({
    ...base.shape,
    /** The threats this tactic answers. At least one. */
    threats: refs('threats', { min: 1 }),
    /** Key actors: states, organisations, groups. Default: none. */
    actors: refs('actors'),
    /** Regions where the sources document the tactic. Default: none. */
    regions: z.array(region).default([]),
    /** Further reading beyond what the text cites. Default: none. */
    sources: refs('sources'),
    /** Links above that the editors made and the sources do not state, each with a one-line reason. Optional. */
    inferred: inferredLinks,
  })
  .superRefine((entry, ctx) => checkInferredLinks(['threats', 'actors'], entry, ctx));
export type Tactic = z.output<typeof tacticSchema>;
