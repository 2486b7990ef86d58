import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../e2e/support/browser.ts';
import { crawl } from '../e2e/support/crawl.ts';
import { axePages } from './support/axe-pages.ts';

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reports no WCAG 2.2 A/AA violation on any page', { timeout: 1_800_000 }, async () => {
    const { pages } = await crawl(inject('rootOrigin'), '/');
    expect(pages.length).toBeGreaterThan(10);
    const failures = await axePages(browser, pages, scheme);
    console.log(`axe (${scheme}): ${pages.length} pages, ${failures.length} violations`);
    expect(failures).toEqual([]);
  });
});
