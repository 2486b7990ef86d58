import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

interface Query {
  query: string;
  /** Site path of the entry that must rank within the first `within` results; null: nothing may be found. */
  expect: string | null;
  within: number;
}
const queries = JSON.parse(readFileSync(join(process.cwd(), 'test', 'search-queries.json'), 'utf8')) as Query[];

describe('search ranking on the real Pagefind index', () => {
  const browser = useBrowser();

  test(`the ${queries.length} reader queries (names, authors, questions, misspellings, nonsense) find their entries`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    // Through the search page itself: the same passes (every word, partial, spelling) a reader gets.
    const ranked = new Map<string, string[]>();
    for (const q of queries) {
      if (ranked.has(q.query)) continue;
      await page.fill('#search-q', q.query);
      await page.waitForFunction(
        (text) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${text}”`),
        q.query,
      );
      ranked.set(
        q.query,
        await page
          .locator('[data-search-results] li > a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
    }
    const misses: string[] = [];
    let topThree = 0;
    for (const q of queries) {
      const urls = ranked.get(q.query)!;
      if (q.expect === null) {
        if (urls.length) misses.push(`"${q.query}": wanted no results, got ${urls.slice(0, 3).join(', ')}`);
        else topThree++;
        continue;
      }
      const rank = urls.indexOf(q.expect) + 1;
      if (rank > 0 && rank <= 3) topThree++;
      if (!(rank > 0 && rank <= q.within))
        misses.push(
          `"${q.query}": wanted ${q.expect} within ${q.within}, got ${urls.slice(0, 3).join(', ') || 'nothing'}`,
        );
    }
    const hits = queries.length - misses.length;
    console.log(
      `search hit rate: ${hits}/${queries.length} (${((100 * hits) / queries.length).toFixed(0)}%) within each query's limit; ${topThree}/${queries.length} (${((100 * topThree) / queries.length).toFixed(0)}%) in the top three (nonsense counts when nothing is found)`,
    );
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    expect(topThree / queries.length).toBeGreaterThanOrEqual(0.9);
    expect(misses.length / queries.length).toBeLessThanOrEqual(0.1);
    await page.close();
  });
});
