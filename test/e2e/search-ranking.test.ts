import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchRanking } from '../../src/client/search-ranking.ts';
import { useBrowser } from './support/browser.ts';

interface Query {
  query: string;
  /** Site path of the entry that must rank within the first `within` results. */
  expect: string;
  within: number;
}
const queries = JSON.parse(readFileSync(join(process.cwd(), 'test', 'search-queries.json'), 'utf8')) as Query[];

describe('search ranking on the real Pagefind index', () => {
  const browser = useBrowser();

  test(`each of the ${queries.length} domain queries finds its entry where expected`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(25);
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    // The same Pagefind module and options the search page uses. Passed as source text, so the
    // test runner's module transform leaves the browser's own import() alone.
    const script = `(async (list) => {
      const base = document.documentElement.dataset.base || '/';
      const pf = await import(base + 'pagefind/pagefind.js');
      await pf.options({ baseUrl: base, ranking: ${JSON.stringify(searchRanking)} });
      const out = [];
      for (const q of list) {
        const search = await pf.search(q.query);
        const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        out.push(top.map((d) => d.url));
      }
      return out;
    })(${JSON.stringify(queries)})`;
    const ranked = (await page.evaluate(script)) as string[][];
    const misses = queries.flatMap((q, i) => {
      const rank = ranked[i]!.indexOf(q.expect) + 1;
      return rank > 0 && rank <= q.within
        ? []
        : [
            `"${q.query}": wanted ${q.expect} within ${q.within}, got ${ranked[i]!.slice(0, 3).join(', ') || 'nothing'}`,
          ];
    });
    const hits = queries.length - misses.length;
    console.log(`search hit rate: ${hits}/${queries.length} (${((100 * hits) / queries.length).toFixed(0)}%)`);
    expect(misses).toEqual([]);
    await page.close();
  });
});
