import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../e2e/support/browser.ts';
import { crawl } from '../e2e/support/crawl.ts';
import { siteLocales } from '../../src/i18n/locales.ts';
import { loadSiteConfig } from '../../src/loading/site-config.ts';

const site = loadSiteConfig(process.cwd()).config!;

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The dark scheme changes colours and nothing else (same markup, same layout), so in dark
 * only the rules that read colours run again; the light pass runs every WCAG A/AA rule.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
/** Two pages at a time: axe spends most of its time waiting on layout, and the machine has two cores. */
const concurrency = 2;

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
    const failures: string[] = [];
    const queue = [...pages];
    const worker = async () => {
      const page = await context.newPage();
      for (let url = queue.shift(); url; url = queue.shift()) {
        await page.goto(url);
        const axe = new AxeBuilder({ page }).withTags(wcag);
        const results = await (scheme === 'dark' ? axe.withRules(colourRules) : axe).analyze();
        for (const v of results.violations)
          failures.push(`${new URL(url).pathname}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    console.log(`axe (${scheme}): ${pages.length} pages, ${failures.length} violations`);
    expect(failures).toEqual([]);
  });
});
