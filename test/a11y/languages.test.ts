import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import { axePages } from './support/axe-pages.ts';

// Every translated page, plus each locale's home, search, status, a section index, one
// fallback entry, and the pages with charts. (The whole-site crawl in accessibility.test.ts checks each template once
// in the default language; this checks the same templates in Russian and right-to-left Arabic.)
const { translations } = checkProject(process.cwd());
const translated = translations
  .filter((s) => s.state !== 'missing')
  .map((s) => `/${s.locale}${entryPath(s.collection, s.id)}`);
const fallback =
  translations.find((s) => s.state === 'missing' && s.collection === 'tactics') ??
  translations.find((s) => s.state === 'missing' && s.collection === 'cases');
const pages = [
  ...translated,
  ...['ru', 'ar'].flatMap((l) => [`/${l}/`, `/${l}/search/`, `/${l}/translations/`, `/${l}/cases/`]),
  ...(fallback ? ['ru', 'ar'].map((l) => `/${l}${entryPath(fallback.collection, fallback.id)}`) : []),
  // The charts in each language: the explainers and a case page with a vote chart and notes.
  ...['ru', 'ar'].flatMap((l) => [
    `/${l}/explainers/`,
    ...['network', 'map', 'timeline', 'flow', 'votes'].map((k) => `/${l}/explainers/${k}/`),
    `/${l}/cases/hrc-xinjiang-debate-vote-2022/`,
  ]),
  // A training module's list, slides, guide and handout (translated, or falling back).
  ...['ru', 'ar'].flatMap((l) =>
    [
      '',
      'transnational-repression/present/',
      'transnational-repression/guide/',
      'transnational-repression/handout/',
    ].map((p) => `/${l}/modules/${p}`),
  ),
];
describe.each(['light', 'dark'] as const)('axe on Russian and Arabic pages, %s scheme', (scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test(`reports nothing on ${pages.length} pages`, { timeout: 900_000 }, async () => {
    expect(translated.length).toBeGreaterThanOrEqual(14);
    const failures = await axePages(
      browser,
      pages.map((p) => `${inject('rootOrigin')}${p}`),
      scheme,
    );
    console.log(`axe (${scheme}): ${pages.length} Russian and Arabic pages, ${failures.length} violations`);
    expect(failures).toEqual([]);
  });
});
