/**
 * Every valid content set builds: the build matrix. Besides the real content (built by
 * `npm test` into dist/, crawled by links.test.ts and scanned by accessibility.test.ts),
 * three more content sets are built here, as another organisation would start:
 * - the test fixtures (every collection, one or two entries each);
 * - a minimal site (test/fixtures/content-minimal: two collections with entries, two
 *   empty folders, the rest absent, and its own names for collections);
 * - the starter, written by `npm run new-site` into a fresh folder.
 * Each is built, crawled (no broken link, no orphan page) and scanned with axe in both
 * colour schemes (test/a11y/support/axe-pages.ts: every rule in light, the colour rules in dark), and its menu lists exactly the sections that have entries. Entry pages
 * share their templates with the real site, which is scanned page by page, so here axe
 * sees one entry page per template and every other page (home, indexes, search, charts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic, type RunningServer } from '../../tools/bench/static-server.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import { builtPages } from '../e2e/support/built-pages.ts';
import { crawl } from '../e2e/support/crawl.ts';
import { axePages } from './support/axe-pages.ts';
import { sectionNames } from '../../src/schemas/collections.ts';

interface Site {
  name: string;
  /** Makes the content folder, returns its path. */
  content: (tmp: string) => string;
  menu: string[];
  /** Paths that must not be built, because their collection or explainer is empty. */
  absent: string[];
  /** Explainers the gallery offers. */
  explainers: string[];
}

const node = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    stdio: 'pipe',
  });

const sites: Site[] = [
  {
    name: 'the test fixtures',
    content: () => join(process.cwd(), 'test', 'fixtures', 'content-valid'),
    menu: [
      'Threats',
      'Tactics',
      'Counter-strategies',
      'Cases',
      'Actors',
      'Glossary',
      'Training modules',
      'Sources',
      'Explainers',
    ],
    absent: [],
    explainers: ['network', 'map', 'timeline', 'flow', 'votes'],
  },
  {
    name: 'a minimal site with empty and absent collections',
    content: () => join(process.cwd(), 'test', 'fixtures', 'content-minimal'),
    // Its site.json renames threats and sources; cases/ and modules/ are empty folders; the rest are absent.
    menu: ['Risks', 'Reading list'],
    absent: ['/cases/', '/modules/', '/tactics/', '/actors/', '/glossary/', '/explainers/', '/explainers/timeline/'],
    explainers: [],
  },
  {
    name: 'the starter written by npm run new-site',
    content: (tmp) => {
      const folder = join(tmp, 'mysite');
      node(['src/cli/new-site.ts', folder]);
      return folder;
    },
    menu: [
      'Threats',
      'Tactics',
      'Counter-strategies',
      'Cases',
      'Actors',
      'Glossary',
      'Training modules',
      'Sources',
      'Explainers',
    ],
    // One informal group and one case with no places: nothing for the map, network or votes to draw.
    absent: ['/explainers/map/', '/explainers/network/', '/explainers/votes/'],
    explainers: ['timeline', 'flow'],
  },
];

/** One URL per template: /threats/a/ and /threats/b/ (or /modules/a/guide/ and /modules/b/guide/) are the same page to axe. */
function onePerTemplate(urls: string[]): string[] {
  const seen = new Map<string, string>();
  for (const url of urls) {
    const parts = new URL(url).pathname.split('/');
    if ((sectionNames as string[]).includes(parts[1]!) && parts.length > 3) parts[2] = '*';
    if (!seen.has(parts.join('/'))) seen.set(parts.join('/'), url);
  }
  return [...seen.values()];
}

describe.each(sites)('$name', (site) => {
  let tmp: string;
  let dist: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'counterpoint-matrix-'));
    dist = join(tmp, 'dist');
    const content = site.content(tmp);
    node(['src/cli/check.ts', '--content', content]);
    node(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { COUNTERPOINT_CONTENT: content });
    server = await serveStatic(dist, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('every link, asset and fragment resolves, and every built page is reachable', async () => {
    const result = await crawl(server.origin, '/');
    expect(result.broken).toEqual([]);
    expect(result.escaping).toEqual([]);
    expect(result.badFragments).toEqual([]);
    const reached = new Set(result.pages.map((p) => new URL(p).pathname));
    expect(builtPages(dist).filter((p) => !reached.has(p))).toEqual([]);
  });

  test('the menu shows exactly the sections with entries; empty ones have no page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await menu.allInnerTexts()).toEqual(site.menu);
    for (const path of site.absent) expect((await fetch(`${server.origin}${path}`)).status, path).toBe(404);
    if (site.explainers.length) {
      await page.goto(`${server.origin}/explainers/`);
      const links = await page
        .locator('main .cards a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(site.explainers.map((k) => `/explainers/${k}/`));
    }
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds no WCAG 2.2 A/AA violation, %s scheme',
    { timeout: 600_000 },
    async (scheme) => {
      const pages = onePerTemplate((await crawl(server.origin, '/')).pages);
      const failures = await axePages(browser, pages, scheme);
      console.log(`axe (${site.name}, ${scheme}): ${pages.length} pages, ${failures.length} violations`);
      expect(failures).toEqual([]);
      expect(pages.length).toBeGreaterThan(3);
    },
  );
});

describe('the real content', () => {
  test('the menu lists every section, in the registry order (crawl and axe: links.test.ts, accessibility.test.ts)', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${inject('rootOrigin')}/`);
    const menu = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    await browser.close();
    expect(menu).toEqual([
      'Threats',
      'Tactics',
      'Counter-strategies',
      'Cases',
      'Actors',
      'Glossary',
      'Training modules',
      'Sources',
      'Explainers',
    ]);
  });
});
