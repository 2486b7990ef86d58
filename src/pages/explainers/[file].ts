import type { APIRoute } from 'astro';
import { explainers } from '../../data/explainers.ts';
import { toCsv } from '../../build/csv.ts';

/** /explainers/<kind>.csv and .json: each explainer's table, for readers to reuse. */
export async function getStaticPaths() {
  const paths = [];
  for (const [kind, list] of await explainers()) {
    for (const e of list) {
      const slug = kind === 'votes' ? `votes-${e.id}` : kind;
      for (const ext of ['csv', 'json']) paths.push({ params: { file: `${slug}.${ext}` }, props: { e, ext } });
    }
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { e, ext } = props as {
    e: Awaited<ReturnType<typeof explainers>> extends Map<string, (infer X)[]> ? X : never;
    ext: string;
  };
  const rows = e.table.rows.map((row) => row.map((c) => c.text));
  if (ext === 'csv')
    return new Response(toCsv(e.table.columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const records = rows.map((row) => Object.fromEntries(e.table.columns.map((c, i) => [c, row[i]])));
  return new Response(JSON.stringify({ title: e.title, takeaway: e.takeaway, rows: records }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
