import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The dark scheme changes colours and nothing else (same markup, same layout), so in dark
 * only the rules that read colours run again; the light pass runs every WCAG A/AA rule.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
/** Two pages at a time: axe spends most of its time waiting on layout, and the machine has two cores. */
const concurrency = 2;

/** Runs axe on every URL in one colour scheme; returns one line per violation (path: rule (count) first target). */
export async function axePages(browser: Browser, urls: readonly string[], scheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ colorScheme: scheme });
  const failures: string[] = [];
  const queue = [...urls];
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
  await context.close();
  return failures;
}
