import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../e2e/support/browser.ts';
import { crawl } from '../e2e/support/crawl.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { loadSiteConfig } from '../../src/loading/site-config.ts';
import { axePages } from './support/axe-pages.ts';

const site = loadSiteConfig(process.cwd()).config!;

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reports no WCAG 2.2 A/AA violation on any page', { timeout: 1_800_000 }, async () => {
    // Pages under /ru/, /ar/ repeat the default language's templates; languages.test.ts runs
    // axe on every translated page and a sample of the rest, so the crawl checks each template once.
    const others = siteLocales(site)
      .filter((l) => !l.default)
      .map((l) => `/${l.code}/`);
    const pages = (await crawl(inject('rootOrigin'), '/')).pages.filter(
      (u) => !others.some((prefix) => new URL(u).pathname.startsWith(prefix)),
    );
    expect(pages.length).toBeGreaterThan(10);
    const failures = await axePages(browser, pages, scheme);
    console.log(`axe (${scheme}): ${pages.length} pages, ${failures.length} violations`);
    expect(failures).toEqual([]);
  });
});
