import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import { launchBrowser } from '../e2e/support/browser.ts';

// Every translated page, plus each locale's home, search, status and one fallback entry.
// (The whole-site crawl in accessibility.test.ts reaches these too; this names them, so
// a translated page that fails is reported as such, and runs in seconds on its own.)
const { translations } = checkProject(process.cwd());
const translated = translations
  .filter((s) => s.state !== 'missing')
  .map((s) => `/${s.locale}${entryPath(s.collection, s.id)}`);
const fallback = translations.find((s) => s.state === 'missing' && s.collection === 'tactics');
const pages = [
  ...translated,
  ...['ru', 'ar'].flatMap((l) => [`/${l}/`, `/${l}/search/`, `/${l}/translations/`, `/${l}/tactics/`]),
  ...(fallback ? ['ru', 'ar'].map((l) => `/${l}${entryPath(fallback.collection, fallback.id)}`) : []),
];

describe.each(['light', 'dark'] as const)('axe on Russian and Arabic pages, %s scheme', (scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test(`reports nothing on ${pages.length} pages`, { timeout: 300_000 }, async () => {
    expect(translated.length).toBeGreaterThanOrEqual(14);
    const page = await (await browser.newContext({ colorScheme: scheme })).newPage();
    const failures: string[] = [];
    for (const path of pages) {
      await page.goto(`${inject('rootOrigin')}${path}`);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of results.violations)
        failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
});
