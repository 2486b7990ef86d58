import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import { useBrowser } from './support/browser.ts';

const { entries } = checkProject(process.cwd());
const published = entries.filter((e) => !(e.parsed as { draft?: boolean }).draft);
const titleOf = (e: (typeof published)[number]) => (e.parsed as { title: string }).title;
const tactic = published.find((e) => e.collection === 'tactics')!;

describe('search in Chromium', () => {
  const browser = useBrowser();

  async function resultsFor(page: Page, query: string) {
    await page.fill('#search-q', query);
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
      query,
    );
    return page.locator('[data-search-results] li > a').allTextContents();
  }

  test('the header search dialog shows results as the reader types, and a result opens, with nothing asked of another origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(browser.origin())) foreign.push(r.url());
    });
    await page.goto(
      `${browser.origin()}${entryPath('threats', published.find((e) => e.collection === 'threats')!.id)}`,
    );
    await page.click('.search-toggle');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.type(titleOf(tactic));
    const first = page.locator('[data-search-dialog-results] li > a').first();
    await expect.poll(() => first.textContent()).toBe(titleOf(tactic));
    await first.click();
    await page.waitForURL((url) => url.pathname === entryPath('tactics', tactic.id));
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('results appear as the reader types, and a type filter narrows them', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    const word = titleOf(tactic).split(/\s+/)[0]!;
    const all = await resultsFor(page, word);
    expect(all.length).toBeGreaterThan(0);
    await page.click('.search-filters summary');
    await page.check('input[name="type"][value="Tactics"]');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').length > 0);
    await page.waitForTimeout(300);
    const types = await page.locator('[data-search-results] .result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Tactic']));
    await page.close();
  });

  test('one letter asks for another instead of searching; the second letter searches', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    const word = titleOf(tactic).toLowerCase();
    await page.fill('#search-q', word.slice(0, 1));
    await page.waitForFunction(() =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').startsWith('Type at least two letters'),
    );
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.fill('#search-q', word.slice(0, 2));
    await page.waitForSelector('[data-search-results] li > a');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “/);
    await page.close();
  });

  test('a filter alone, with no words, lists every entry of that kind', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    await page.click('.search-filters summary');
    await page.check('input[name="type"][value="Counter-strategies"]');
    const counters = published.filter((e) => e.collection === 'counters').length;
    await page.waitForFunction(
      (n) => (document.querySelector('[data-search-status]')?.textContent ?? '').startsWith(`${n} result`),
      counters,
    );
    await page.close();
  });

  test('the keyboard alone opens the search page, moves through results and opens one', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type(titleOf(tactic));
    await page.waitForFunction(
      (t) => document.querySelector('[data-search-results] li > a')?.textContent === t,
      titleOf(tactic),
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titleOf(tactic));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === entryPath('tactics', tactic.id));
    await page.close();
  });

  test('with JavaScript off, the search page lists every entry', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${browser.origin()}/search/`);
    const hrefs = new Set(await page.locator('.az a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const missing = published.filter((e) => !hrefs.has(entryPath(e.collection, e.id))).map((e) => e.file);
    expect(missing).toEqual([]);
    await context.close();
  });
});
