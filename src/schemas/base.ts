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
  /** Set to true to keep the entry out of the built site while it is being written. Default: false. */
  draft: z.boolean().default(false),
});
