import { z } from 'astro/zod';
import { base, refs } from './base.ts';

export const glossarySchema = z.strictObject({
  ...base.shape,
  /** Related glossary terms. Default: none. */
  see: refs('glossary'),
});
export type GlossaryTerm = z.output<typeof glossarySchema>;
