import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { useBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const modules = checkProject(process.cwd()).entries.filter(
  (e) => e.collection === 'modules' && !(e.parsed as { draft?: boolean }).draft,
);
const first = modules[0]!;
const sections = (first.parsed as { sections: { title: string; notes: string }[] }).sections;
const slideCount = sections.length + 3; // title, objectives, one per section, sources

describe('training modules in Chromium', () => {
  const browser = useBrowser();

  test('presenter mode moves with the arrow keys and shows notes and timers in the speaker view', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/modules/${first.id}/present/`);
    const progress = page.locator('[data-deck-progress]');
    expect(await progress.textContent()).toBe(`Slide 1 of ${slideCount}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await progress.textContent()).toBe(`Slide 3 of ${slideCount}`);
    expect(await page.locator('[data-slide]:not([hidden]) > h2').textContent()).toBe(sections[0]!.title);
    // Focus follows the slide, so a screen reader reads the new heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('ArrowLeft');
    expect(await progress.textContent()).toBe(`Slide 2 of ${slideCount}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('s');
    expect(await page.locator('[data-speaker-panel]').isVisible()).toBe(true);
    const notes = await page.locator('[data-speaker-notes]').textContent();
    expect(notes).toContain(
      sections[0]!.notes
        .replace(/\[@[^\]]*\]/g, '')
        .split(/[.*]/)[0]!
        .trim()
        .slice(0, 20),
    );
    expect(await page.locator('[data-speaker-next]').textContent()).toContain(sections[1]?.title ?? 'Sources');
    const before = await page.locator('[data-timer-total]').textContent();
    await page.waitForTimeout(1100);
    expect(await page.locator('[data-timer-total]').textContent()).not.toBe(before);
    expect(await page.locator('[data-timer-section]').textContent()).toMatch(
      new RegExp(
        `^Section \\d+:\\d\\d of ${(first.parsed as { sections: { minutes: number }[] }).sections[0]!.minutes}:00$`,
      ),
    );
    expect(await page.locator('[role="application"]').count()).toBe(0);
    await page.close();
  });

  test('the offline kit, opened from disk with the network blocked, presents every slide', async () => {
    const context = await browser.newContext();
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dist, 'modules', first.id, `${first.id}-offline.html`)).href);
    const seen: string[] = [];
    for (let i = 0; i < slideCount; i++) {
      const visible = page.locator('[data-slide]:not([hidden])');
      expect(await visible.count()).toBe(1);
      seen.push((await visible.locator('h1, h2').first().textContent())!);
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(expect.arrayContaining(sections.map((s) => s.title)));
    expect(new Set(seen).size).toBe(slideCount);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('the handout prints to PDF without the site navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/modules/${first.id}/handout/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs'])
      expect(await page.locator(chrome).isVisible()).toBe(false);
    expect(await page.locator('.answer').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`handout for ${first.id}: ${pages} PDF pages`);
    expect(pages).toBeGreaterThan(0);
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
