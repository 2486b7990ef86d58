import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { pdfPages } from '../support/pdf-pages.ts';
import { useBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const modules = checkProject(process.cwd()).entries.filter(
  (e) => e.collection === 'modules' && !(e.parsed as { draft?: boolean }).draft,
);
const first = modules[0]!;

/** Every page under /modules/, as site paths. */
function modulePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.push(`/${relative(dist, dir)}/`);
    }
  };
  walk(join(dist, 'modules'));
  return out;
}

describe('training modules in Chromium', () => {
  const browser = useBrowser();

  test('the home page and the site header lead to the modules', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${browser.origin()}/`);
    for (const where of ['main', '.site-header']) {
      const link = page.locator(`${where} a[href="/modules/"]`).first();
      expect(await link.isVisible(), `${where} links to /modules/`).toBe(true);
    }
    await page.close();
  });

  test('no page under /modules/ scrolls sideways at 320 px', async () => {
    const pages = modulePages();
    expect(pages.length).toBeGreaterThanOrEqual(modules.length * 4 + 1);
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${browser.origin()}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} (${width} px)`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  test('handouts and guides print compactly: no blank page, writing space where asked, notes numbered without gaps', async () => {
    const page = await browser.newPage();
    const report: string[] = [];
    for (const m of modules) {
      const sections = (m.parsed as { sections: { writeLines: number; exercises: { lines: number }[] }[] }).sections;
      const lines = sections.reduce((n, s) => n + s.writeLines + s.exercises.reduce((k, e) => k + e.lines, 0), 0);
      for (const view of ['handout', 'guide']) {
        await page.goto(`${browser.origin()}/modules/${m.id}/${view}/`);
        await page.emulateMedia({ media: 'print' });
        for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs'])
          expect(await page.locator(chrome).isVisible()).toBe(false);
        // Note numbers in the text run 1, 2, 3... in reading order, and each has its note.
        const refs = await page
          .locator('.note-ref a')
          .evaluateAll((as) => as.map((a) => Number(a.textContent?.replace(/\D/g, ''))));
        expect(refs, `${m.id} ${view}`).toEqual(refs.map((_, i) => i + 1));
        expect(await page.locator('.notes li').count()).toBe(refs.length);
        if (view === 'handout') {
          expect(await page.locator('.answer, .facilitator-notes').count()).toBe(0);
          expect(await page.locator('.write-line').count(), `${m.id}: lines to write on`).toBe(lines);
        }
        const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
        const pages = pdfPages(pdf);
        report.push(
          `${m.id} ${view}: ${pages.length} A4 pages, text operations per page ${pages.map((p) => p.texts).join('/')}`,
        );
        // A blank page draws no text; a page with only a few words is a near-blank spill.
        expect(
          pages.filter((p) => p.texts < 20),
          `${m.id} ${view}: no blank page`,
        ).toEqual([]);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    console.log(report.join('\n'));
    await page.close();
  });

  test('the offline kit holds every view, reached by links inside the file with the network blocked', async () => {
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
    const file = join(dist, 'modules', first.id, `${first.id}-offline.html`);
    await page.goto(pathToFileURL(file).href);
    const title = (first.parsed as { title: string }).title;
    const onScreen = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top < innerHeight && r.bottom > 0;
      });
    // The learner page first, then each view from the kit's own links.
    expect(await onScreen('#learn h1')).toBe(true);
    for (const [link, heading] of [
      ['Facilitator guide', '#guide h1'],
      ['Handout', '#handout h1'],
      ['Sources', '#sources h1'],
    ] as const) {
      await page.locator('.kit-nav').getByRole('link', { name: link, exact: true }).click();
      expect(await onScreen(heading), link).toBe(true);
      expect(await onScreen('#learn h1'), `${link}: one view at a time`).toBe(false);
    }
    expect(await page.locator('#sources').textContent()).toMatch(/\(\d{4}\)\. /);
    expect(await page.locator('#guide').textContent()).toContain('Facilitator notes');
    await page.locator('.kit-nav').getByRole('link', { name: 'Slides', exact: true }).click();
    expect(
      await page
        .locator('.deck .slide-canvas')
        .evaluateAll((cs) => cs.filter((c) => c.getBoundingClientRect().height > 0).length),
    ).toBe(1);
    expect(await page.locator('.deck h1').textContent()).toBe(title);
    // Printed from the slides view, the kit gives one slide per page.
    const printed = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(printed.length).toBe(await page.locator('[data-slide]').count());
    expect(printed.filter((p) => p.texts === 0)).toEqual([]);
    await page.getByRole('link', { name: 'Kit contents' }).click();
    expect(await onScreen('.kit-nav')).toBe(true);
    // Its policy allows its own inlined code by hash, and nothing from any network.
    const csp = /content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))![1]!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toMatch(/unsafe|https?:|'self'/);
    expect(readFileSync(file, 'utf8')).not.toMatch(/<a [^>]*href="\/(?!\/)/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  test('slides print one per page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${browser.origin()}/modules/${first.id}/present/`);
    const slides = await page.locator('[data-slide]').count();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    expect(pages.length).toBe(slides);
    expect(pages.filter((p) => p.texts === 0)).toEqual([]);
    await page.close();
  });

  test('the facilitator guide includes notes and answers; the module list filters by audience without JavaScript', async () => {
    const guide = readFileSync(join(dist, 'modules', first.id, 'guide', 'index.html'), 'utf8');
    expect(guide).toContain('Facilitator notes');
    expect(guide).toContain('class="schedule"');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const audience = (first.parsed as { audience: string[] }).audience[0]!;
    await page.goto(`${browser.origin()}/modules/`);
    await page.click(`.audience-filter a:text-is("${audience}")`);
    await page.waitForURL(`**/modules/for/${audience}/`);
    expect(await page.locator('.module-list > li').count()).toBe(
      modules.filter((m) => (m.parsed as { audience: string[] }).audience.includes(audience)).length,
    );
    await context.close();
  });
});
