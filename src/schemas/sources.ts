import { z } from 'astro/zod';
import { idPattern } from './base.ts';

/**
 * One bibliography entry in CSL-JSON, the format Zotero, Mendeley and other reference
 * managers export. Unknown CSL fields are kept (loose object) so an export can be pasted
 * as it is; the fields the site displays are checked.
 */
const name = z.union([
  z.strictObject({
    family: z.string().min(1),
    given: z.string().optional(),
    'non-dropping-particle': z.string().optional(),
  }),
  z.strictObject({ literal: z.string().min(1) }),
]);

const dateParts = z.union([
  z.looseObject({
    'date-parts': z.array(z.array(z.union([z.number().int(), z.string().regex(/^\d+$/)])).min(1)).min(1),
  }),
  z.looseObject({ literal: z.string().min(1) }),
]);

export const cslTypes = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'paper-conference',
  'report',
  'webpage',
  'post-weblog',
  'legislation',
  'legal_case',
  'speech',
  'thesis',
  'document',
  'dataset',
] as const;

export const sourceSchema = z.looseObject({
  /** The citation key editors type as [@key]. Lowercase words joined by hyphens, e.g. lemon-2019. */
  id: z
    .string()
    .regex(idPattern, { message: 'must be a citation key: lowercase words joined by hyphens, e.g. lemon-2019' }),
  type: z.enum(cslTypes),
  title: z.string().trim().min(1),
  author: z.array(name).optional(),
  editor: z.array(name).optional(),
  issued: dateParts.optional(),
  'container-title': z.string().optional(),
  'collection-title': z.string().optional(),
  volume: z.union([z.string(), z.number()]).optional(),
  issue: z.union([z.string(), z.number()]).optional(),
  page: z.union([z.string(), z.number()]).optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  URL: z.url({ protocol: /^https$/, message: 'must be a full web address starting with https://' }).optional(),
  DOI: z
    .string()
    .regex(/^10\.\S+$/, { message: 'must be a bare DOI such as 10.1353/jod.2019.0019, without https://doi.org/' })
    .optional(),
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;
export type CslName = z.output<typeof name>;
