import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from './support/built-pages.ts';
import { crawl } from './support/crawl.ts';
import { subfolder } from './support/global-setup.ts';

describe.each([
  { name: 'at the root', origin: () => inject('rootOrigin'), base: '/', dist: () => join(process.cwd(), 'dist') },
  { name: 'under a subfolder', origin: () => inject('baseOrigin'), base: subfolder, dist: () => inject('baseDist') },
])('the site built $name', ({ origin, base, dist }) => {
  test('every internal link, asset and fragment resolves, and none escapes the base', async () => {
    const result = await crawl(origin(), base);
    expect(result.broken).toEqual([]);
    expect(result.escaping).toEqual([]);
    expect(result.badFragments).toEqual([]);
    // Every built page is reachable by following links from the home page.
    const reached = new Set(result.pages.map((p) => new URL(p).pathname.slice(base.length - 1)));
    const orphans = builtPages(dist()).filter((p) => !reached.has(p));
    expect(orphans).toEqual([]);
    expect(result.pages.length).toBeGreaterThan(10);
  });
});
