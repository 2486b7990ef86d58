/**
 * What readers see of provenance on the built site: every link the editors made shows,
 * beside it, that it is the site's and why, on both entries' pages; every date they
 * inferred shows how it was dated; links the sources state carry no such note.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkProject } from '../../src/check/check-all.ts';
import { entryPath } from '../../src/site/routes.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { ui } from '../../src/i18n/en.ts';
import { useBrowser } from './support/browser.ts';

const { entries } = checkProject(process.cwd());
const published = entries.filter((e) => !(e.parsed as { draft?: boolean }).draft);
const targetOf: Record<string, CollectionName> = {
  threats: 'threats',
  actors: 'actors',
  answers: 'tactics',
  tactics: 'tactics',
  places: 'actors',
  participants: 'actors',
};

interface Inferred {
  from: string;
  to: string;
  reason: string;
}
const links: Inferred[] = published.flatMap((e) =>
  Object.entries(
    ((e.parsed as { inferred?: Record<string, Record<string, string>> }).inferred ?? {}) as Record<
      string,
      Record<string, string>
    >,
  ).flatMap(([field, ids]) =>
    Object.entries(ids).map(([id, reason]) => ({
      from: entryPath(e.collection, e.id),
      to: entryPath(targetOf[field]!, id),
      reason,
    })),
  ),
);
const dates = published
  .filter((e) => e.collection === 'cases' && (e.parsed as { dateInferred?: string }).dateInferred)
  .map((e) => ({ path: entryPath(e.collection, e.id), reason: (e.parsed as { dateInferred: string }).dateInferred }));

/** The related links a reader sees on a page: where each goes and the note under it, if any. */
async function relatedLinks(page: Page) {
  return page.locator('aside.related li').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      note: li.querySelector('.inferred')?.textContent?.trim() ?? '',
    })),
  );
}

describe('provenance on the built pages', () => {
  const browser = useBrowser();

  test('the corpus has inferred links and dates to show', () => {
    expect(links.length).toBeGreaterThan(20);
    expect(dates.length).toBeGreaterThan(8);
  });

  test('every link the editors made is marked, with its reason, on the page of the entry that makes it and on the page it points to', async () => {
    // Each page once, with every marked link expected on it (both directions of each link).
    const expected = new Map<string, { there: string; note: string }[]>();
    for (const link of links)
      for (const [here, there] of [
        [link.from, link.to],
        [link.to, link.from],
      ] as const)
        expected.set(here, [...(expected.get(here) ?? []), { there, note: `${ui.inferredLink} ${link.reason}` }]);
    const page = await browser.newPage();
    const missing: string[] = [];
    for (const [here, wanted] of expected) {
      await page.goto(`${browser.origin()}${here}`);
      const seen = await relatedLinks(page);
      for (const { there, note } of wanted) {
        const shown = seen.filter((l) => l.href === there);
        if (!shown.length || !shown.every((l) => l.note === note))
          missing.push(`${here} -> ${there}: ${JSON.stringify(shown)}`);
      }
    }
    expect(missing).toEqual([]);
    await page.close();
  });

  test('a link the sources state carries no note', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/tactics/blacklists-and-automatic-extradition/`);
    const threats = (await relatedLinks(page)).filter((l) => l.href.startsWith('/threats/'));
    expect(threats).toEqual([
      { href: '/threats/pro-democracy-groups/', note: '' },
      { href: '/threats/security-threats/', note: expect.stringContaining(ui.inferredLink) },
    ]);
    await page.close();
  });

  test('every inferred date says how the editors dated it', async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    for (const { path, reason } of dates) {
      await page.goto(`${browser.origin()}${path}`);
      const note = page.locator('[data-inferred-date]');
      if ((await note.count()) !== 1 || (await note.textContent())?.trim() !== `${ui.inferredDate} ${reason}`)
        missing.push(path);
    }
    expect(missing).toEqual([]);
    await page.close();
  });

  test('the list of cases flags exactly the dates the editors inferred', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/cases/`);
    const flagged = await page
      .locator('ol.cards li')
      .evaluateAll((items) =>
        items.filter((li) => li.querySelector('.inferred')).map((li) => li.querySelector('a')?.getAttribute('href')),
      );
    expect(flagged.sort()).toEqual(dates.map((d) => d.path).sort());
    expect(await page.locator('ol.cards .inferred').first().textContent()).toBe(` (${ui.inferredDateShort})`);
    await page.close();
  });

  test('on a phone the notes are on screen, readable and inside the viewport', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const [path, selector] of [
      ['/threats/security-threats/', 'aside.related .inferred'],
      ['/cases/bachelet-xinjiang-report-2022/', '[data-inferred-date]'],
    ] as const) {
      await page.goto(`${browser.origin()}${path}`);
      const notes = page.locator(selector);
      expect(await notes.count()).toBeGreaterThan(0);
      for (const note of await notes.all()) {
        await note.scrollIntoViewIfNeeded();
        expect(await note.isVisible()).toBe(true);
        const box = (await note.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(box.height).toBeGreaterThan(10);
        const size = await note.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(12);
      }
    }
    await page.close();
  });
});
