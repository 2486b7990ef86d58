import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { crawl } from './support/crawl.ts';
import { launchBrowser } from './support/browser.ts';

/** axe on every page of the built site, in both colour schemes. */
describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ colorScheme: scheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reports no WCAG 2.2 A/AA violation on any page', { timeout: 900_000 }, async () => {
    const { pages } = await crawl(inject('rootOrigin'), '/');
    expect(pages.length).toBeGreaterThan(10);
    const failures: string[] = [];
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(url);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of results.violations)
        failures.push(`${new URL(url).pathname}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
});
