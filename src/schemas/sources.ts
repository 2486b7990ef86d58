import { z } from 'astro/zod';
import { cslTypes } from '../citations/csl-items.ts';

/**
 * One bibliography entry in CSL-JSON, the format Zotero, Mendeley and other reference
 * managers export. Unknown CSL fields are kept (loose object) so an export can be pasted
 * as it is; the fields the site displays are checked.
 */
/** A person ({family, given}) or an organisation ({literal}); Zotero and Better BibTeX also write particles and suffixes. */
const name = z.union([
  z.looseObject({ family: z.string().min(1), given: z.string().optional() }),
  z.looseObject({ literal: z.string().min(1) }),
  z.looseObject({ given: z.string().min(1) }),
]);

/** Date parts may be numbers or strings ("2001", "03"), as different exporters write them. */
const dateParts = z.union([
  z.looseObject({
    'date-parts': z.array(z.array(z.union([z.number().int(), z.string().regex(/^-?\d+$/)])).min(1)).min(1),
  }),
  z.looseObject({ literal: z.string().min(1) }),
  z.looseObject({ raw: z.string().min(1) }),
]);

const number = z.union([z.string(), z.number()]);

export { cslTypes };

export const sourceSchema = z.looseObject({
  /**
   * The id as the reference manager exported it: a key (Adams2001, lemon-2019), a Zotero
   * number or item URI. The site derives a readable citation key (see src/citations/csl-items.ts).
   */
  id: z.union([z.string().trim().min(1), z.number()], {
    message: 'every item needs an id, as reference managers export it',
  }),
  type: z.enum(cslTypes, { message: `must be a CSL item type, e.g. article-journal, book, chapter, report, webpage` }),
  title: z.string().trim().min(1),
  author: z.array(name).optional(),
  editor: z.array(name).optional(),
  issued: dateParts.optional(),
  accessed: dateParts.optional(),
  'container-title': z.string().optional(),
  'collection-title': z.string().optional(),
  volume: number.optional(),
  issue: number.optional(),
  page: number.optional(),
  number: number.optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  /** Web address; http:// is accepted as exported, and the content check warns about it. */
  URL: z.url({ protocol: /^https?$/, message: 'must be a full web address starting with https://' }).optional(),
  DOI: z
    .string()
    .transform((d) => d.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, ''))
    .pipe(z.string().regex(/^10\.\S+$/, { message: 'must be a DOI such as 10.1353/jod.2019.0019' }))
    .optional(),
  /** Private: Zotero's "Extra" box. Kept for editors, never published. */
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;
export type CslName = z.output<typeof name>;
