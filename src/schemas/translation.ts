import { z } from 'astro/zod';
import { base } from './base.ts';

/**
 * Frontmatter of a translation (content/<collection>/<id>.<locale>.mdx). It carries only
 * text: relations, citations' data, dates and order come from the source entry, so a
 * translation cannot contradict them.
 */
export const translationSchema = z.strictObject({
  title: base.shape.title,
  summary: base.shape.summary,
  aliases: base.shape.aliases,
  /** Hash of the source entry's text this translation was made from; `npm run check` prints the current one. */
  translates: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { message: 'must be the 12-character hash `npm run check` prints for the source' }),
  draft: z.boolean().default(false),
});
export type Translation = z.output<typeof translationSchema>;
