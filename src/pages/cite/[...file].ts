import type { APIRoute } from 'astro';
import { type ExportFormat, exportFormats, exportItems } from '../../citations/exports.ts';
import type { CslItem } from '../../citations/csl-items.ts';
import { pageCslItem } from '../../data/cite-page.ts';
import { publicItems } from '../../data/citations.ts';
import { entriesOf } from '../../data/entries.ts';
import { collectionNames } from '../../schemas/collections.ts';

/**
 * Reference files for reference managers, in BibTeX, RIS and CSL-JSON:
 * /cite/sources/<key>.<ext> for a source, /cite/<collection>/<id>.<ext> for a page of this
 * site, and /cite/bibliography.<ext> for every source at once.
 */
export async function getStaticPaths() {
  const paths: { params: { file: string }; props: { items: CslItem[]; format: ExportFormat } }[] = [];
  const add = (stem: string, items: CslItem[]) => {
    for (const { format } of exportFormats)
      paths.push({ params: { file: `${stem}.${format}` }, props: { items, format } });
  };
  const all = await publicItems();
  add('bibliography', all);
  for (const item of all) add(`sources/${item.id}`, [item]);
  for (const collection of collectionNames) {
    if (collection === 'sources') continue;
    for (const entry of await entriesOf(collection)) add(`${collection}/${entry.id}`, [pageCslItem(entry)]);
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { items, format } = props as { items: CslItem[]; format: ExportFormat };
  const type = exportFormats.find((f) => f.format === format)!.type;
  return new Response(exportItems(items, format), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
