import { z } from 'astro/zod';
import { base, checkInferredLinks, inferenceReason, inferredLinks, ref, refs } from './base.ts';

/** Partial ISO dates, because sources often give only a year or a month. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: "must be a date written 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', in quotes",
});

export const voteSchema = z.strictObject({
  /** The body that voted, e.g. un-human-rights-council. */
  body: ref('actors'),
  /** What was voted on, in a few words. */
  question: z.string().trim().min(1),
  for: z.number().int().min(0),
  against: z.number().int().min(0),
  abstain: z.number().int().min(0),
  /**
   * States the source names on each side, written as the source names them (a name that
   * matches an actor's title links to its page). Default: none named.
   */
  named: z
    .strictObject({
      for: z.array(z.string().trim().min(1)).optional(),
      against: z.array(z.string().trim().min(1)).optional(),
      abstain: z.array(z.string().trim().min(1)).optional(),
    })
    .optional(),
});

export const caseSchema = z
  .strictObject({
    ...base.shape,
    /** When it happened or began. Required. */
    date: partialDate,
    /** When it ended, if it lasted. Optional. */
    end: partialDate.optional(),
    /** If the sources do not state date (or end) as given, why the editors chose it, in one line. Shown beside the date. Optional. */
    dateInferred: inferenceReason.optional(),
    /** The tactics this episode shows. At least one. */
    tactics: refs('tactics', { min: 1 }),
    /** States where it took place. Default: none. */
    places: refs('actors'),
    /** States, organisations and groups involved. Default: none. */
    participants: refs('actors'),
    /** A recorded vote, with figures exactly as the source gives them. Optional. */
    vote: voteSchema.optional(),
    /** Further reading beyond what the text cites. Default: none. */
    sources: refs('sources'),
    /** Links above that the editors made and the sources do not state, each with a one-line reason. Optional. */
    inferred: inferredLinks,
  })
  .superRefine((entry, ctx) => {
    checkInferredLinks(['tactics', 'places', 'participants'], entry, ctx);
    if (entry.end && entry.end < entry.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `comes before date (${entry.date}); swap them or correct one`,
      });
    }
  });
export type Case = z.output<typeof caseSchema>;
