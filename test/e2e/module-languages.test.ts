/**
 * Training modules in Russian and Arabic, as a trainer sees them: the deck of the
 * transnational-repression module at 1280x720 (one whole slide at a time, mirrored in
 * Arabic, where ← moves forward), the module pages at 390 px, a module without a
 * translation falling back to English with a notice, and the Arabic offline kit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { useBrowser } from './support/browser.ts';
import { audienceScreen, expectOneWholeSlide } from './support/slide-screen.ts';
import { type RunningServer, serveStatic } from '../../tools/bench/static-server.ts';
import { pdfPages } from '../support/pdf-pages.ts';
import { translatedModuleFixture } from '../support/translation-fixture.ts';

const dist = join(process.cwd(), 'dist');
const id = 'transnational-repression';
const modules = checkProject(process.cwd())
  .entries.filter((e) => e.collection === 'modules' && !(e.parsed as { draft?: boolean }).draft)
  .map((e) => e.id);
/** Whether a module has a translation into a language, as the content folder says. */
const translated = (module: string, code: string) =>
  existsSync(join(process.cwd(), 'content', 'modules', `${module}.${code}.mdx`));
const languages = [
  { code: 'ru', dir: 'ltr', forward: 'ArrowRight', back: 'ArrowLeft' },
  { code: 'ar', dir: 'rtl', forward: 'ArrowLeft', back: 'ArrowRight' },
] as const;

/**
 * Steps through a deck with the language's keys, checking on every slide what the audience
 * sees: one whole slide inside the window, no text cut off, and (in Arabic) text that
 * starts at the right edge wherever it is Arabic. Then back, Home, and the keys at the start.
 */
async function walkDeck(page: Page, lang: (typeof languages)[number], own: boolean) {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    lang.code,
    lang.dir,
  ]);
  const total = await page.locator('[data-slide]').count();
  const seen: string[] = [];
  for (let i = 0; i < total; i++) {
    const screen = await audienceScreen(page);
    expectOneWholeSlide(screen, i + 1);
    // Translated text (and every generated slide's heading) reads in the page's direction: in
    // Arabic the heading starts at the right edge; English fallback text keeps its own.
    // (The objectives and Sources slides are headed in interface words, always translated.)
    const interfaceHeading = i === 1 || screen.heading.startsWith('المصادر');
    if (lang.dir === 'rtl' && (own || interfaceHeading)) {
      expect(screen.headingDir, `slide ${i + 1}`).toBe('rtl');
      expect(screen.headingGap.right, `slide ${i + 1} starts at the right`).toBeLessThan(screen.headingGap.left);
    } else if (lang.dir === 'rtl') expect(screen.headingDir, `slide ${i + 1}: English keeps its direction`).toBe('ltr');
    seen.push(screen.text);
    if (i < total - 1) {
      const key = i % 2 ? 'PageDown' : lang.forward;
      await page.keyboard.press(key);
      expect((await audienceScreen(page)).text, `${key} on slide ${i + 1}`).not.toBe(screen.text);
    }
  }
  expect(new Set(seen).size).toBe(total);
  await page.keyboard.press(lang.back);
  expect((await audienceScreen(page)).text, `${lang.back} goes back`).toBe(seen[total - 2]);
  await page.keyboard.press('Home');
  expect((await audienceScreen(page)).text).toBe(seen[0]);
  // On the first slide the back key goes nowhere; the forward key moves on.
  await page.keyboard.press(lang.back);
  expect((await audienceScreen(page)).text).toBe(seen[0]);
  await page.keyboard.press(lang.forward);
  expect((await audienceScreen(page)).text).toBe(seen[1]);
  // The slide text is in the page's language when translated, else English marked as such.
  const slideLang = await page.locator('#slide-3 .slide-canvas h2').getAttribute('lang');
  expect(slideLang).toBe(own ? null : 'en');
  return seen;
}

describe('training modules in other languages', () => {
  const browser = useBrowser();

  for (const lang of languages)
    test(`/${lang.code}/modules/${id}/present/ at 1280x720: one whole slide at a time, ${lang.forward} forward, ${lang.back} back`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${browser.origin()}/${lang.code}/modules/${id}/present/`);
      await walkDeck(page, lang, translated(id, lang.code));
      await page.close();
    });

  test('the Arabic speaker view mirrors: the current slide on the right, the notes on the left, in step', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${browser.origin()}/ar/modules/${id}/present/#speaker-3`);
    const layout = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const current = box('.speaker-current');
      const notes = box('.speaker-notes-panel');
      return {
        now: document.querySelector('[data-speaker-now]')!.textContent,
        currentRight: current.right,
        notesRight: notes.right,
        notesVisible: notes.width > 0 && notes.height > 0 && notes.right <= innerWidth && notes.left >= 0,
        scrollsSideways: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(layout.now).toBe(`الآن: الشريحة 3 من ${await page.locator('[data-slide]').count()}`);
    expect(layout.notesVisible).toBe(true);
    expect(layout.currentRight).toBeGreaterThan(layout.notesRight);
    expect(layout.scrollsSideways).toBe(false);
    await page.close();
  });

  test('module pages, guides and handouts in Russian and Arabic do not scroll sideways at 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    for (const { code } of languages)
      for (const path of [
        `/${code}/modules/`,
        `/${code}/modules/${id}/`,
        `/${code}/modules/${id}/guide/`,
        `/${code}/modules/${id}/handout/`,
      ]) {
        const res = await page.goto(`${browser.origin()}${path}`);
        expect(res?.status(), path).toBe(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) wide.push(`${path} (${width} px)`);
      }
    expect(wide).toEqual([]);
    await page.close();
  });

  test('the Arabic handout and guide print without chrome or blank pages, notes numbered in reading order', async () => {
    const page = await browser.newPage();
    for (const view of ['handout', 'guide']) {
      await page.goto(`${browser.origin()}/ar/modules/${id}/${view}/`);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs'])
        expect(await page.locator(chrome).isVisible(), `${view}: ${chrome} hidden`).toBe(false);
      const refs = await page
        .locator('.note-ref a')
        .evaluateAll((as) => as.map((a) => Number(a.textContent?.replace(/\D/g, ''))));
      expect(refs, view).toEqual(refs.map((_, i) => i + 1));
      const pages = pdfPages(
        await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } }),
      );
      expect(
        pages.filter((p) => p.texts < 20),
        `${view}: no blank page`,
      ).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });

  test('a module without a translation falls back to English with a notice in the reader’s language', async () => {
    const fallback = modules.find((m) => !translated(m, 'ar'));
    expect(fallback, 'a module with no Arabic translation').toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${browser.origin()}/ar/modules/${fallback}/`);
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/[\u0600-\u06ff]/);
    expect(await page.locator('main h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).direction)).toBe('ltr');
    // The interface around it is Arabic, and the page's other languages are a click away.
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#objectives').textContent()).toMatch(/[\u0600-\u06ff]/);
    expect(await page.locator(`link[rel="alternate"][hreflang="en"]`).getAttribute('href')).toBe(
      `/modules/${fallback}/`,
    );
    // The header's menu leads to the modules in Arabic.
    expect(await page.locator('.site-header a[href="/ar/modules/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the Arabic offline kit works from disk with no network: mirrored, its own words, one slide at a time', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const file = join(dist, 'ar', 'modules', id, `${id}-ar-offline.html`);
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.kit-nav').getByRole('link', { name: 'الشرائح', exact: true }).click();
    const screen = await audienceScreen(page);
    expect(screen.shown).toBe(1);
    expect(screen.canvasInViewport).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect((await audienceScreen(page)).text).not.toBe(screen.text);
    const csp = /content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))![1]!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe|https?:|'self'/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('a translated module, built from the fixture site', () => {
  const browser = useBrowser();
  let out = '';
  let server: RunningServer | undefined;
  const origin = () => server!.origin;

  beforeAll(() => {
    const content = translatedModuleFixture();
    out = mkdtempSync(join(tmpdir(), 'counterpoint-modules-'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...process.env, COUNTERPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    return serveStatic(out, '/').then((s) => {
      server = s;
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const lang of languages)
    test(`/${lang.code}/: the translated deck, page by page, in its own direction`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${origin()}/${lang.code}/modules/intro-module/present/`);
      const seen = await walkDeck(page, lang, true);
      const script = lang.code === 'ar' ? /[\u0600-\u06ff]/ : /[\u0400-\u04ff]/;
      expect(seen.filter((text) => !script.test(text))).toEqual([]);
      await page.close();
    });

  test('the translated module page reads in Arabic at 390 px: no notice, no sideways scroll, durations through Intl', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin()}/ar/modules/intro-module/`);
    expect(await page.locator('main h1').textContent()).toBe('وحدة تمهيدية');
    expect(await page.locator('main h1').getAttribute('lang')).toBeNull();
    expect(await page.locator('main .notice').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.schedule caption').textContent()).toBe('الجدول: 30 دقيقة');
    await page.goto(`${origin()}/ru/modules/intro-module/handout/`);
    expect(await page.locator('main h1').textContent()).toBe('Вводный модуль');
    expect(await page.locator('.module-section .eyebrow').first().textContent()).toBe('Задание · 10 минут');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('the Russian and Arabic kits carry the translation and are listed on /downloads/', async () => {
    const ar = readFileSync(join(out, 'ar', 'modules', 'intro-module', 'intro-module-ar-offline.html'), 'utf8');
    expect(ar).toMatch(/<html[^>]* lang="ar" dir="rtl"/);
    expect(ar).toContain('وحدة تمهيدية');
    const downloads = readFileSync(join(out, 'downloads', 'index.html'), 'utf8');
    for (const name of ['intro-module-offline.html', 'intro-module-ru-offline.html', 'intro-module-ar-offline.html'])
      expect(downloads).toContain(name);
    expect(downloads).toContain('Training kit: وحدة تمهيدية (Arabic)');
  });
});
