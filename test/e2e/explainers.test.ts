import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const kinds = ['network', 'map', 'timeline', 'flow', 'votes'];

describe('explainer pages in the static HTML', () => {
  test.each(kinds)('%s has its chart as <svg> and its data table', (kind) => {
    const html = readFileSync(join(dist, 'explainers', kind, 'index.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]*class="chart chart-/);
    expect(html).toMatch(/<table>\s*<caption>/);
    expect(html).toMatch(/<a href="[^"]*\.csv" download>CSV<\/a>/);
  });

  test('only the network and flow pages ship (optional) JavaScript among the explainers', () => {
    for (const kind of kinds) {
      const html = readFileSync(join(dist, 'explainers', kind, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>/g)];
      expect(scripts.length > 0).toBe(kind === 'network' || kind === 'flow');
    }
  });
});

describe('explainers in Chromium', () => {
  const browser = useBrowser();

  test.each(kinds)('with JavaScript off, the %s chart and its table are visible', async (kind) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${browser.origin()}/explainers/${kind}/`);
    const chart = page.locator('svg.chart').first();
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(50);
    await page.locator('details.explainer-data summary').first().click();
    expect(await page.locator('details.explainer-data table').first().isVisible()).toBe(true);
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });

  test('the network can be filtered, and selecting a node by keyboard lists its cases', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/explainers/network/`);
    await page.waitForSelector('[data-network-controls]:not([hidden])');
    const options = await page
      .locator('[data-network-filter] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    const total = await page.locator('a.node').count();
    // The first filter that narrows the view (a tactic or organisation that doesn't involve everyone).
    let dimmed = 0;
    for (const option of options) {
      await page.selectOption('[data-network-filter]', option);
      dimmed = await page.locator('a.node.dimmed').count();
      if (dimmed > 0) break;
    }
    expect(dimmed).toBeGreaterThan(0);
    expect(dimmed).toBeLessThan(total);
    await page.selectOption('[data-network-filter]', '');
    expect(await page.locator('a.node.dimmed').count()).toBe(0);
    await page.locator('a.node').first().focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('/explainers/network/');
    const label = (await page.locator('a.node').first().getAttribute('aria-label'))!;
    const title = (await page.locator('[data-network-panel] .network-panel-title').textContent())!;
    expect(title.length).toBeGreaterThan(0);
    expect(label.split(':')[0]).toContain(title);
    expect(await page.locator('[data-network-panel] a').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a map state takes keyboard focus, names its count and opens its actor page', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/explainers/map/`);
    const state = page.locator('svg.chart-map a.state').first();
    await state.focus();
    const label = await state.getAttribute('aria-label');
    expect(label).toMatch(/: \d+ documented cases?$/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('state'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/actors\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(label!.split(':')[0]);
    await page.close();
  });

  test('a timeline mark leads to its case', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/explainers/timeline/`);
    const mark = page.locator('svg.chart-timeline a.mark').first();
    const label = (await mark.getAttribute('aria-label'))!;
    await mark.click();
    await page.waitForURL(/\/cases\/[a-z0-9-]+\/$/);
    expect(label.startsWith((await page.locator('h1').textContent())!)).toBe(true);
    await page.close();
  });
});
