import { z } from 'astro/zod';

/** Entry ids are file names: lowercase letters, digits and single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const regions = [
  'africa',
  'americas',
  'asia-pacific',
  'europe',
  'eurasia',
  'middle-east-north-africa',
  'global',
] as const;
export const region = z.enum(regions);

/**
 * A reference to an entry of another collection, by id. The target collection is kept
 * as metadata so the content check can find every reference by walking the schema
 * instead of keeping a second list of relation fields that could drift.
 */
export function ref(collection: string) {
  return z
    .string()
    .regex(idPattern, { message: 'must be an entry id: lowercase words joined by hyphens' })
    .meta({ refersTo: collection });
}

/** A list of references; duplicates are an editing slip, so they are rejected. */
export function refs(collection: string, { min = 0 } = {}) {
  return z
    .array(ref(collection))
    .min(min, { message: `needs at least ${min} id${min === 1 ? '' : 's'} from content/${collection}/` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'lists the same id twice; remove the repeat' })
    .default([]);
}

/**
 * A full calendar date, 'YYYY-MM-DD'. YAML readers differ (Astro's turns an unquoted date
 * into a Date, the content check's keeps a string), so a Date is written back as its day.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ message: "must be a date written 'YYYY-MM-DD', in quotes" })
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: "must be a date written 'YYYY-MM-DD', in quotes",
    })
    .refine(
      (day) =>
        !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
      {
        message: 'is not a day of the calendar; check the month and day',
      },
    ),
);

/** Fields every prose entry shares. */
export const base = z.strictObject({
  /** The entry's name as readers see it. Required. */
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  /** One plain sentence for cards, link previews and search results. Required. */
  summary: z
    .string()
    .trim()
    .min(20, { message: 'is too short; write one full sentence (20-240 characters)' })
    .max(240, { message: 'is too long; keep it to one sentence of at most 240 characters' }),
  /** Other names, acronyms and spellings readers may search for. Default: none. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** When the entry first appeared on the site, 'YYYY-MM-DD'. Shown as "First published". Required. */
  published: isoDay,
  /** When an editor last checked the entry against its sources, 'YYYY-MM-DD'. Shown as "Last reviewed". Required. */
  reviewed: isoDay,
  /** Set to true to keep the entry out of the built site while it is being written. Default: false. */
  draft: z.boolean().default(false),
});

/**
 * Provenance. The sources state some links and dates; the editors infer others (a month
 * taken from a cited news report, a tactic filed under a threat the paper does not pair
 * it with). An inference is kept, because it helps readers find their way, but it carries
 * a one-line reason that the page shows beside it, so nobody mistakes it for the source's.
 */
export const inferenceReason = z
  .string()
  .trim()
  .min(20, { message: 'is too short; say in one line what the editors inferred it from and why' })
  .max(300, { message: 'is too long; keep the reason to one line of at most 300 characters' });

/**
 * Links the editors made themselves: relation field, then linked id, then the reason, e.g.
 *   inferred: { threats: { security-threats: "The paper files this under Threat I; ..." } }
 */
export const inferredLinks = z.record(z.string(), z.record(z.string(), inferenceReason)).optional();

/** Checks that every inferred link names a relation field of this entry and an id it lists. */
export function checkInferredLinks(
  fields: readonly string[],
  entry: { inferred?: Record<string, Record<string, string>> | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const [field, links] of Object.entries(entry.inferred ?? {})) {
    if (!fields.includes(field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['inferred', field],
        message: `is not a relation this entry can mark as inferred; use one of: ${fields.join(', ')}`,
      });
      continue;
    }
    const listed = (entry as Record<string, unknown>)[field];
    for (const id of Object.keys(links)) {
      if (!Array.isArray(listed) || !listed.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['inferred', field, id],
          message: `marks a link the entry does not make; add ${id} to ${field}, or remove this line`,
        });
      }
    }
  }
}
