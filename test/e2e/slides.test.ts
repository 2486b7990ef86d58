/**
 * Slides as a trainer and an audience see them: what is on screen after each key, in
 * the sizes of common projectors, for every module; the speaker window in step with the
 * audience window both ways, on the site and from the offline file with no network.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { useBrowser } from './support/browser.ts';
import { audienceScreen, expectOneWholeSlide } from './support/slide-screen.ts';

const dist = join(process.cwd(), 'dist');
const modules = checkProject(process.cwd()).entries.filter(
  (e) => e.collection === 'modules' && !(e.parsed as { draft?: boolean }).draft,
);
const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The speaker window: which slide it says is current, and whether its notes are on screen. */
function speakerScreen(page: Page) {
  return page.evaluate(() => {
    const notes = document.querySelector('[data-speaker-notes]')!;
    const r = notes.getBoundingClientRect();
    // What is painted at the start of the notes is the notes, not something covering them.
    const top = document.elementFromPoint(r.left + 8, r.top + 8);
    return {
      now: document.querySelector('[data-speaker-now]')!.textContent ?? '',
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered
      notes: (notes as HTMLElement).innerText.trim(),
      notesInViewport:
        r.width > 0 &&
        r.height > 0 &&
        r.top >= 0 &&
        r.left >= 0 &&
        r.top + 24 <= innerHeight &&
        r.right <= innerWidth &&
        !!top &&
        notes.contains(top),
      controlsOffScreen: [...document.querySelectorAll('.speaker button')]
        .filter((b) => {
          const c = b.getBoundingClientRect();
          return c.height === 0 || c.top < 0 || c.bottom > innerHeight || c.right > innerWidth;
        })
        .map((b) => b.textContent),
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered
      currentPreview: (document.querySelector('[data-preview-current]') as HTMLElement).innerText,
    };
  });
}

async function slideCount(page: Page) {
  return page.locator('[data-slide]').count();
}

describe('slides in Chromium', () => {
  const browser = useBrowser();

  for (const size of sizes)
    for (const m of modules)
      test(`${m.id} at ${size.width}x${size.height}: one whole slide at a time, moved by ArrowRight and PageDown`, async () => {
        const page = await browser.newPage({ viewport: size });
        await page.goto(`${browser.origin()}/modules/${m.id}/present/`);
        const total = await slideCount(page);
        const seen: string[] = [];
        for (let i = 0; i < total; i++) {
          const screen = await audienceScreen(page);
          expectOneWholeSlide(screen, i + 1);
          seen.push(screen.text);
          if (i < total - 1) {
            await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
            expect(
              (await audienceScreen(page)).text,
              `key ${i % 2 ? 'PageDown' : 'ArrowRight'} on slide ${i + 1}`,
            ).not.toBe(screen.text);
          }
        }
        expect(new Set(seen).size).toBe(total);
        // Backwards and to either end with the keys clickers and keyboards send.
        await page.keyboard.press('PageUp');
        expect((await audienceScreen(page)).text).toBe(seen[total - 2]);
        await page.keyboard.press('Home');
        expect((await audienceScreen(page)).text).toBe(seen[0]);
        await page.keyboard.press('End');
        expect((await audienceScreen(page)).text).toBe(seen[total - 1]);
        await page.close();
      });

  test('B blacks out the screen, ? opens the key help, and the last slide lists sources formatted, not as keys', async () => {
    const m = modules[0]!;
    const page = await browser.newPage({ viewport: sizes[0] });
    await page.goto(`${browser.origin()}/modules/${m.id}/present/`);
    await page.keyboard.press('b');
    const painted = await page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!;
      return getComputedStyle(el).backgroundColor;
    });
    expect(painted).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    expect((await audienceScreen(page)).headingOnTop).toBe(true);
    await page.keyboard.press('?');
    expect(await page.locator('dialog[data-help]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    const last = await audienceScreen(page);
    expect(last.heading).toMatch(/^Sources/);
    expect(last.text).not.toMatch(/\[@?[a-z0-9-]+\]/);
    expect(last.text).toMatch(/\(\d{4}\)/);
    await page.close();
  });

  async function speakerFollows(context: BrowserContext, url: string) {
    const audience = await context.newPage();
    await audience.goto(url);
    const [speaker] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
    await speaker.waitForLoadState('load');
    expect(speaker.url()).toMatch(/#speaker/);
    await speaker.setViewportSize(sizes[0]!);
    await expect.poll(async () => (await speakerScreen(speaker)).now).toMatch(/^Now: slide 1 of/);
    const first = await speakerScreen(speaker);
    expect(first.notesInViewport).toBe(true);
    expect(first.notes.length).toBeGreaterThan(10);
    expect(first.controlsOffScreen).toEqual([]);
    // The audience moves: the speaker window follows, with that slide's notes.
    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    const audienceSlide = (await audienceScreen(audience)).heading;
    await expect.poll(async () => (await speakerScreen(speaker)).now).toMatch(/^Now: slide 3 of/);
    const third = await speakerScreen(speaker);
    expect(third.currentPreview).toContain(audienceSlide);
    expect(third.notesInViewport).toBe(true);
    // The speaker moves: the audience follows.
    await speaker.bringToFront();
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(async () => (await audienceScreen(audience)).heading).not.toBe(audienceSlide);
    const now = await speakerScreen(speaker);
    expect(now.now).toMatch(/^Now: slide 4 of/);
    expect(now.currentPreview).toContain((await audienceScreen(audience)).heading);
    await speaker.keyboard.press('PageUp');
    await expect.poll(async () => (await audienceScreen(audience)).heading).toBe(audienceSlide);
  }

  test('the speaker window opens as a second page and follows the audience window, and the reverse', async () => {
    const context = await browser.newContext({ viewport: sizes[0] });
    await speakerFollows(context, `${browser.origin()}/modules/${modules[0]!.id}/present/`);
    await context.close();
  });

  test('the speaker view keeps a clock, elapsed time and per-section timers that pause and reset', async () => {
    // The browser's clock is driven by the test, so nothing here waits on real time.
    const context = await browser.newContext({ viewport: sizes[0] });
    await context.clock.install({ time: new Date('2026-11-26T09:00:00') });
    await context.clock.pauseAt(new Date('2026-11-26T09:00:01'));
    const audience = await context.newPage();
    await audience.goto(`${browser.origin()}/modules/${modules[0]!.id}/present/#slide-3`);
    const [speaker] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
    await speaker.waitForLoadState('load');
    const timers = () =>
      speaker.evaluate(() => ({
        clock: document.querySelector('[data-clock]')!.textContent,
        elapsed: document.querySelector('[data-elapsed]')!.textContent,
        section: document.querySelector('[data-section-timer][aria-current] [data-spent]')?.textContent,
        first: document.querySelector('[data-section-timer="0"] [data-spent]')!.textContent,
      }));
    await context.clock.runFor(65_000);
    expect(await timers()).toMatchObject({ clock: expect.stringMatching(/^09:01/), elapsed: '1:05', section: '1:05' });
    // The next section's timer starts from its own zero; the first section keeps its time.
    await speaker.getByRole('button', { name: 'Next', exact: true }).click();
    await context.clock.runFor(20_000);
    expect(await timers()).toMatchObject({ elapsed: '1:25', section: '0:20', first: '1:05' });
    await speaker.getByRole('button', { name: 'Pause timers' }).click();
    await context.clock.runFor(30_000);
    expect(await timers()).toMatchObject({ elapsed: '1:25', section: '0:20' });
    await speaker.getByRole('button', { name: 'Resume timers' }).click();
    await speaker.getByRole('button', { name: 'Reset this section' }).click();
    expect(await timers()).toMatchObject({ elapsed: '1:25', section: '0:00', first: '1:05' });
    await context.close();
  });

  test('the same from the offline kit opened from disk with the network blocked', async () => {
    const context = await browser.newContext({ viewport: sizes[0] });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const errors: string[] = [];
    context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    const m = modules[0]!;
    await speakerFollows(context, `${pathToFileURL(join(dist, 'modules', m.id, `${m.id}-offline.html`)).href}#slides`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  test('where the browser refuses a second window, the notes stay on screen beside the slide and say so', async () => {
    const page = await browser.newPage({ viewport: sizes[0] });
    await page.goto(`${browser.origin()}/modules/${modules[0]!.id}/present/`);
    // As a popup blocker does: window.open returns null.
    await page.evaluate(() => {
      window.open = () => null;
    });
    await page.keyboard.press('s');
    const split = await speakerScreen(page);
    expect(split.notesInViewport).toBe(true);
    expect(split.notes.length).toBeGreaterThan(10);
    expect(await page.locator('[data-speaker-status]').textContent()).toMatch(/did not open a second window/);
    const screen = await audienceScreen(page);
    expect(screen.canvasInViewport).toBe(true);
    expect(screen.clipped).toEqual([]);
    await page.close();
  });

  test('without JavaScript the slides read as a plain sequence with no controls on screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: sizes[0] });
    const page = await context.newPage();
    await page.goto(`${browser.origin()}/modules/${modules[0]!.id}/present/`);
    const total = await slideCount(page);
    const headings = await page
      .locator('.slide :is(h1, h2)')
      .evaluateAll((hs) => hs.filter((h) => h.getBoundingClientRect().height > 0).map((h) => h.textContent));
    expect(headings).toHaveLength(total);
    const buttons = await page
      .locator('button')
      .evaluateAll((bs) => bs.filter((b) => b.getBoundingClientRect().width > 0).length);
    expect(buttons).toBe(0);
    await context.close();
  });
});
