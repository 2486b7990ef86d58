import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from '../../../tools/chromium.ts';
import { afterAll, beforeAll, inject } from 'vitest';

export { chromiumPath, launchBrowser } from '../../../tools/chromium.ts';

/** One browser for a test file, and the served site's address: call at the top of a describe. */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: (options?: BrowserContextOptions) => browser!.newPage(options),
    newContext: (options?: BrowserContextOptions) => browser!.newContext(options),
    origin: () => inject('rootOrigin'),
  };
}
