import { z } from 'astro/zod';
import { base } from './base.ts';

export const pageSchema = z.strictObject({
  ...base.shape,
  /** Position in the footer's list of pages (lower comes first). Default: 100. */
  order: z.number().int().default(100),
});
export type Page = z.output<typeof pageSchema>;
