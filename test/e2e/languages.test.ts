import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import { useBrowser } from './support/browser.ts';

// An entry the check reports as not yet translated into Arabic (none once every entry is).
const untranslated = checkProject(process.cwd()).translations.find((s) => s.locale === 'ar' && s.state === 'missing');

/** Reading in Russian and Arabic: direction, the language switcher and search per language. */
describe('languages in Chromium', () => {
  const browser = useBrowser();
  const arabicPages = [
    '/ar/',
    '/ar/threats/security-threats/',
    '/ar/reading-safely/',
    '/ar/tactics/',
    '/ar/search/',
    '/ar/translations/',
  ];

  describe.each([390, 1280])('Arabic at %i px', (width) => {
    test('no page scrolls sideways', async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const overflowing: string[] = [];
      for (const path of arabicPages) {
        await page.goto(`${browser.origin()}${path}`);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) overflowing.push(`${path}: ${scroll} > ${client}`);
      }
      expect(overflowing).toEqual([]);
      await page.close();
    });

    test('the navigation and the breadcrumbs run right to left', async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${browser.origin()}/ar/threats/security-threats/`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      const boxes = async (selector: string) =>
        (await page
          .locator(selector)
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as DOMRect[];
      // Items on the same row: each next one sits to the left of the one before.
      const sameRow = (list: DOMRect[]) => list.filter((b) => Math.abs(b.top - list[0]!.top) < 4);
      const nav = sameRow(await boxes('.site-nav li'));
      expect(nav.length).toBeGreaterThan(1);
      for (let i = 1; i < nav.length; i++) expect(nav[i]!.right).toBeLessThanOrEqual(nav[i - 1]!.left + 1);
      const crumbs = sameRow(await boxes('.breadcrumbs li'));
      expect(crumbs.length).toBe(3);
      for (let i = 1; i < crumbs.length; i++) expect(crumbs[i]!.right).toBeLessThanOrEqual(crumbs[i - 1]!.left + 1);
      // The first crumb (Home) starts at the right edge of the content column.
      const main = (await boxes('main'))[0]!;
      expect(main.right - crumbs[0]!.right).toBeLessThan(40);
      // Every one of them is on screen.
      for (const b of [...nav, ...crumbs]) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      await page.close();
    });
  });

  test('the language switcher goes to the same entry in the other language', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/threats/security-threats/`);
    await page.click('.language-switcher a[hreflang="ru"]');
    await page.waitForURL((u) => u.pathname === '/ru/threats/security-threats/');
    expect(await page.locator('h1').textContent()).toBe('Угрозы безопасности');
    await page.click('.language-switcher a[hreflang="ar"]');
    await page.waitForURL((u) => u.pathname === '/ar/threats/security-threats/');
    expect(await page.locator('h1').textContent()).toBe('التهديدات الأمنية');
    // An untranslated entry: the Arabic page shows the English text, marked as English, with a notice.
    if (untranslated) {
      const path = entryPath(untranslated.collection, untranslated.id);
      await page.goto(`${browser.origin()}/ar${path}`);
      expect(await page.locator('.prose').first().getAttribute('lang')).toBe('en');
      expect(await page.locator('.notice').first().textContent()).toContain('لم تُترجم');
      await page.click('.language-switcher a[hreflang="en"]');
      await page.waitForURL((u) => u.pathname === path);
    }
    await page.close();
  });

  describe.each(['ru', 'ar'])('search in %s', (locale) => {
    const queries = JSON.parse(readFileSync(`test/search-queries.${locale}.json`, 'utf8')) as {
      query: string;
      expect: string;
      within: number;
    }[];

    async function resultsFor(page: Page, query: string) {
      await page.fill('#search-q', query);
      await page.waitForFunction(
        (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
        query,
      );
      return page
        .locator('[data-search-results] li > a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    }

    test(`at least 10 queries find the translated entries in the ${locale} index`, async () => {
      expect(queries.length).toBeGreaterThanOrEqual(10);
      const page = await browser.newPage();
      await page.goto(`${browser.origin()}/${locale}/search/`);
      const misses: string[] = [];
      for (const q of queries) {
        const paths = await resultsFor(page, q.query);
        // Results come from this language's index only.
        expect(paths.every((p) => p.startsWith(`/${locale}/`))).toBe(true);
        if (!paths.slice(0, q.within).includes(q.expect)) misses.push(`${q.query} -> ${paths.slice(0, 3).join(', ')}`);
      }
      const hits = queries.length - misses.length;
      console.log(
        `search ${locale}: ${hits}/${queries.length} queries found their entry (${Math.round((100 * hits) / queries.length)}%)${misses.length ? `; missed: ${misses.join('; ')}` : ''}`,
      );
      expect(misses).toEqual([]);
      // Messages are in the reader's language.
      expect(await page.locator('[data-search-status]').textContent()).not.toMatch(/results? for/);
      await page.close();
    });
  });
});
