import { z } from 'astro/zod';
import { base, refs, region } from './base.ts';

export const actorKinds = [
  'state',
  'regional-organization',
  'international-organization',
  'un-body',
  'informal-group',
  'agency',
  'party',
  'forum',
  'company',
] as const;

export const actorSchema = z
  .strictObject({
    ...base.shape,
    /** What sort of actor this is. Required. */
    kind: z.enum(actorKinds),
    /** ISO 3166-1 alpha-3 code (e.g. RUS). Required for states, so maps can place them; not allowed otherwise. */
    iso: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 3166-1 alpha-3 code in capitals, e.g. RUS' })
      .optional(),
    /** Region the actor belongs to. Optional. */
    region: region.optional(),
    /** Organisations or groups this actor is a member of, as the sources state. Default: none. */
    memberOf: refs('actors'),
  })
  .superRefine((actor, ctx) => {
    if (actor.kind === 'state' && !actor.iso) {
      ctx.addIssue({
        code: 'custom',
        path: ['iso'],
        message: 'is required for a state; add its ISO 3166-1 alpha-3 code, e.g. iso: RUS',
      });
    }
    if (actor.kind !== 'state' && actor.iso) {
      ctx.addIssue({ code: 'custom', path: ['iso'], message: 'is only for states; remove it or set kind: state' });
    }
  });
export type Actor = z.output<typeof actorSchema>;
