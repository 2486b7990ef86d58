/**
 * Training modules in Russian and Arabic, as a trainer sees them: the deck of the
 * transnational-repression module at 1280x720 (one whole slide at a time, mirrored in
 * Arabic, where ← moves forward), the module pages at 390 px, a module without a
 * translation falling back to English with a notice, and the Arabic offline kit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { useBrowser } from './support/browser.ts';
import { audienceScreen } from './support/slide-screen.ts';

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

describe('training modules in other languages', () => {
  const browser = useBrowser();

  for (const lang of languages)
    test(`/${lang.code}/modules/${id}/present/ at 1280x720: one whole slide at a time, ${lang.forward} forward, ${lang.back} back`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${browser.origin()}/${lang.code}/modules/${id}/present/`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        lang.code,
        lang.dir,
      ]);
      const own = translated(id, lang.code);
      const total = await page.locator('[data-slide]').count();
      const seen: string[] = [];
      for (let i = 0; i < total; i++) {
        const screen = await audienceScreen(page);
        expect(screen.shown, `slide ${i + 1}`).toBe(1);
        expect(screen.canvasInViewport, `slide ${i + 1} inside the window`).toBe(true);
        expect(screen.headingOnTop, `slide ${i + 1} heading not covered`).toBe(true);
        expect(screen.clipped, `slide ${i + 1} (${screen.heading}) has no cut-off text`).toEqual([]);
        expect(screen.pageScrolls, `slide ${i + 1}: the page does not scroll`).toBe(false);
        // Translated text (and every generated slide) reads in the page's direction: in
        // Arabic the heading starts at the right edge; English fallback text keeps its own.
        // (The objectives and Sources slides are headed in interface words, always translated.)
        const interfaceHeading = i === 1 || screen.heading.startsWith('المصادر');
        if (lang.dir === 'rtl' && (own || interfaceHeading)) {
          expect(screen.headingDir, `slide ${i + 1}`).toBe('rtl');
          expect(screen.headingGap.right, `slide ${i + 1} starts at the right`).toBeLessThan(screen.headingGap.left);
        } else if (lang.dir === 'rtl')
          expect(screen.headingDir, `slide ${i + 1}: English keeps its direction`).toBe('ltr');
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
    expect(layout.now).toBe('الآن: الشريحة 3 من ' + (await page.locator('[data-slide]').count()));
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
