/**
 * What the benchmark measures in the browser, the same way on both sites: bytes as they
 * cross the wire (Chromium's encoded body sizes, from a server that gzips text as static
 * hosts do), times from performance.now() inside the page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export type Figures = Record<string, number | null>;

/** How to drive one site's search and read its page. */
export interface SiteUnderTest {
  /** Opens search on a loaded page as a reader would, and returns the selector of its input. */
  openSearch(page: Page): Promise<string>;
  /** A selector that matches once results are on screen. */
  results: string;
  /** The site-wide navigation written into every page (our header, Starlight's sidebar). */
  navigation: string;
}

/** Encoded (transferred) body bytes of a finished request; 0 when Chromium has no size for it. */
async function transferred(request: Request): Promise<number> {
  try {
    return (await request.sizes()).responseBodySize;
  } catch {
    return 0;
  }
}

/** Waits until no request has finished for `quietMs`, then until every size is read. */
async function settle(page: Page, sizes: Promise<number>[], quietMs = 500): Promise<void> {
  for (let seen = -1; seen !== sizes.length; ) {
    seen = sizes.length;
    await page.waitForTimeout(quietMs);
  }
  await Promise.all(sizes);
}

const sum = async (sizes: Promise<number>[]) => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);

export interface PageFigures {
  transferBytes: number;
  requests: number;
  jsTransferBytes: number;
  inlineJsGzipBytes: number;
  cssFiles: number;
  loadMs: number;
  htmlBytes: number;
  navigationHtmlBytes: number;
}

/** One page load, from navigation until the network is idle. */
export async function measurePage(browser: Browser, url: string, navigation = 'header'): Promise<PageFigures> {
  const page = await browser.newPage();
  const all: Promise<number>[] = [];
  const js: Promise<number>[] = [];
  let cssFiles = 0;
  page.on('requestfinished', (request) => {
    const size = transferred(request);
    all.push(size);
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) js.push(size);
    if (request.resourceType() === 'stylesheet') cssFiles++;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await settle(page, all);
  const facts = await page.evaluate((nav) => {
    const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const inline = [...document.scripts]
      .filter((s) => !s.src && !/json/.test(s.type))
      .map((s) => s.textContent ?? '')
      .join('\n');
    return {
      loadMs: timing.loadEventEnd,
      inline,
      htmlBytes: new TextEncoder().encode(document.documentElement.outerHTML).length,
      navigationHtmlBytes: new TextEncoder().encode(document.querySelector(nav)?.outerHTML ?? '').length,
    };
  }, navigation);
  await page.close();
  return {
    transferBytes: await sum(all),
    requests: all.length,
    jsTransferBytes: await sum(js),
    inlineJsGzipBytes: facts.inline ? gzipSync(facts.inline).byteLength : 0,
    cssFiles,
    loadMs: facts.loadMs,
    htmlBytes: facts.htmlBytes,
    navigationHtmlBytes: facts.navigationHtmlBytes,
  };
}

export interface SearchFigures {
  /** Bytes from the reader's opening search on a loaded content page to the first results. */
  openToResultsBytes: number;
  /** Bytes from navigating to the content page to the first results (page load included). */
  navigationToResultsBytes: number;
  /** Milliseconds from opening search to the first results on screen, typing at `typeDelay`. */
  openToResultsMs: number;
  /** Milliseconds from entering a whole query at once (index warm) to its results on screen, debounce included. */
  lastKeyToResultsMs: number;
}

/**
 * A reader on a content page opens search and types a query. Both sites start from the
 * same state: the content page loaded, nothing of search fetched by the page itself
 * unless the site's own page load fetches it.
 */
export async function measureSearch(
  browser: Browser,
  url: string,
  site: SiteUnderTest,
  query: string,
  typeDelay: number,
): Promise<SearchFigures> {
  const page = await browser.newPage();
  const onLoad: Promise<number>[] = [];
  const onSearch: Promise<number>[] = [];
  let phase = onLoad;
  page.on('requestfinished', (request) => phase.push(transferred(request)));
  await page.goto(url, { waitUntil: 'networkidle' });
  await settle(page, onLoad);
  phase = onSearch;
  const opened = await page.evaluate(() => performance.now());
  const input = await site.openSearch(page);
  await page.type(input, query, { delay: typeDelay });
  await page.locator(site.results).first().waitFor({ state: 'visible' });
  const firstResults = await page.evaluate(() => performance.now());
  await settle(page, onSearch);
  const openToResultsBytes = await sum(onSearch);
  const loadBytes = await sum(onLoad);

  // Warm: clear, wait until the results are gone, then enter the whole query at once (one
  // input event, as a paste) and time it to results on screen. Typing it key by key would
  // let results for the query minus its last letter, already on screen, count as done.
  await page.fill(input, '');
  await page.locator(site.results).first().waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  const entered = await page.evaluate(() => performance.now());
  await page.fill(input, query);
  await page.locator(site.results).first().waitFor({ state: 'visible' });
  const warm = await page.evaluate(() => performance.now());
  await page.close();
  return {
    openToResultsBytes,
    navigationToResultsBytes: loadBytes + openToResultsBytes,
    openToResultsMs: firstResults - opened,
    lastKeyToResultsMs: warm - entered,
  };
}

export interface EngineFigures {
  /** The first query after init: includes fetching the index chunks and fragments it needs. */
  firstQueryMs: number;
  /** Median of the queries again, every chunk already loaded: the engine's own time. */
  warmQueryMs: number;
}

/**
 * The search engine alone, no interface: Pagefind's own API (init, search, data of the top
 * ten results) called the same way against each site's index, from one of its pages.
 */
export async function measureEngine(browser: Browser, url: string, queries: string[]): Promise<EngineFigures> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const times = await page.evaluate(async (qs) => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const run = async (q: string) => {
      const started = performance.now();
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - started;
    };
    const first = await run(qs[0]!);
    for (const q of qs.slice(1)) await run(q);
    const warm: number[] = [];
    for (const q of qs) warm.push(await run(q));
    return { first, warm };
  }, queries);
  await page.close();
  const sorted = [...times.warm].sort((a, b) => a - b);
  return { firstQueryMs: times.first, warmQueryMs: sorted[Math.floor(sorted.length / 2)]! };
}
