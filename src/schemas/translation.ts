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

const text = z.string().trim().min(1, { message: 'must not be empty' });

/**
 * A training module's translation adds the text kept in the module's frontmatter, in the
 * source's shape: the same number of objectives, sections, slides, points... in the same
 * order (src/check/module-translation.ts compares the counts). Kinds, minutes, figures and
 * writing lines stay in the source. A list the source leaves empty is left out here.
 */
export const moduleTranslationFields = {
  objectives: z.array(text).optional(),
  prerequisites: z.array(text).optional(),
  materials: z.array(text).optional(),
  sections: z
    .array(
      z.strictObject({
        title: text,
        content: text,
        notes: text,
        questions: z.array(text).optional(),
        exercises: z.array(z.strictObject({ prompt: text, answer: text })).optional(),
        slides: z
          .array(
            z.strictObject({
              title: text,
              points: z.array(text).optional(),
              question: text.optional(),
              activity: text.optional(),
              notes: text.optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
};

export const moduleTranslationSchema = translationSchema.extend(moduleTranslationFields);
export type ModuleTranslation = z.output<typeof moduleTranslationSchema>;
