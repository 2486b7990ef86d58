import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import { launchBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const { entries } = checkProject(process.cwd());
const published = entries.filter((e) => !(e.parsed as { draft?: boolean }).draft);

describe('the build', () => {
  test('writes the home page and one page per entry of every collection', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    const missing = published.filter((e) => !existsSync(join(dist, entryPath(e.collection, e.id), 'index.html')));
    expect(missing.map((e) => e.file)).toEqual([]);
    expect(published.length).toBeGreaterThan(10);
  });

  test('pages ship no JavaScript and no third-party addresses in their markup', () => {
    for (const path of [
      '/',
      '/tactics/',
      entryPath(
        published.find((e) => e.collection === 'tactics')!.collection,
        published.find((e) => e.collection === 'tactics')!.id,
      ),
    ]) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      // The scripts a page may carry: the header's (quick exit, search dialog; one same-origin
      // file), the cite box's Copy button on entry pages (without it the reference is selectable
      // text), and JSON-LD, which is data and never runs.
      const scripts = (html.match(/<script[\s\S]*?<\/script>/gi) ?? []).filter(
        (s) => !s.startsWith('<script type="application/ld+json">'),
      );
      const header = scripts.filter((s) =>
        /^<script type="module" src="\/_astro\/SiteHeader\.[^"]+\.js"><\/script>$/.test(s),
      );
      expect(header).toHaveLength(1);
      const rest = scripts.filter((s) => !header.includes(s));
      expect(rest.filter((s) => !s.includes('.cite-box'))).toEqual([]);
      expect(rest.join('').length).toBeLessThan(1500);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!doi\.org)[^"]*"[^>]*(?:rel="stylesheet"|<img)/);
    }
  });

  test('a citation becomes a numbered note linking to the source page, and the source page links back', () => {
    const withNotes = published.find((e) => e.collection === 'tactics' && e.body.includes('[@'))!;
    const html = readFileSync(join(dist, entryPath('tactics', withNotes.id), 'index.html'), 'utf8');
    const firstKey = /\[@([a-z0-9-]+)/.exec(withNotes.body)![1]!;
    expect(html).toContain('href="#note-1"');
    expect(html).toMatch(new RegExp(`<li id="note-1">.*?href="/sources/${firstKey}/"`, 's'));
    const sourcePage = readFileSync(join(dist, 'sources', firstKey, 'index.html'), 'utf8');
    expect(sourcePage).toContain(`href="${entryPath('tactics', withNotes.id)}"`);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('with JavaScript off, an entry page shows its text, notes and related entries, and asks no other origin for anything', async () => {
    const origin = inject('rootOrigin');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) foreign.push(r.url());
    });
    const tactic = published.find((e) => e.collection === 'tactics')!;
    await page.goto(`${origin}${entryPath('tactics', tactic.id)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe((tactic.parsed as { title: string }).title);
    expect(await page.locator('.prose p').first().isVisible()).toBe(true);
    expect(await page.locator('#notes-heading').isVisible()).toBe(true);
    expect(await page.locator('.related a').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('the Content-Security-Policy stops an inline script injected into a built page', async () => {
    const origin = inject('rootOrigin');
    const url = `${origin}/tactics/`;
    const built = readFileSync(join(dist, 'tactics', 'index.html'), 'utf8');
    expect(built).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/);
    const payload = readFileSync(join(process.cwd(), 'test', 'fixtures', 'injected-inline-script.html'), 'utf8');
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: built.replace('<body>', `<body>${payload}`) }),
    );
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.title()).not.toBe('injected');
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });

  test('the colour scheme follows the system setting', async () => {
    const origin = inject('rootOrigin');
    const background = async (scheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return colour;
    };
    expect(await background('light')).toBe('rgb(255, 255, 255)');
    expect(await background('dark')).toBe('rgb(20, 22, 26)');
  });

  test('the keyboard reaches the skip link first and it moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('rootOrigin')}/tactics/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
