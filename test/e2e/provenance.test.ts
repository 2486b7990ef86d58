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
  /** The same pair is also linked by a field the sources state (a case's place and inferred participant). */
  alsoStated: boolean;
}
const links: Inferred[] = published.flatMap((e) => {
  const parsed = e.parsed as Record<string, unknown> & { inferred?: Record<string, Record<string, string>> };
  const inferred = parsed.inferred ?? {};
  const statedIn = (id: string, except: string) =>
    Object.keys(targetOf).some(
      (f) =>
        f !== except &&
        targetOf[f] === targetOf[except] &&
        Array.isArray(parsed[f]) &&
        (parsed[f] as string[]).includes(id) &&
        !inferred[f]?.[id],
    );
  return Object.entries(inferred).flatMap(([field, ids]) =>
    Object.entries(ids).map(([id, reason]) => ({
      from: entryPath(e.collection, e.id),
      to: entryPath(targetOf[field]!, id),
      reason,
      alsoStated: statedIn(id, field),
    })),
  );
});
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
    // A pair the sources also link through another field (a case's place that the editors also
    // list as a participant) shows the note beside the inferred listing, and the stated listing
    // stays plain: on the entry's page one listing carries the note; on the other page it is listed.
    const expected = new Map<string, { there: string; note: string | null; alsoStated: boolean }[]>();
    for (const link of links)
      for (const [here, there, note] of [
        [link.from, link.to, `${ui.inferredLink} ${link.reason}`],
        [link.to, link.from, link.alsoStated ? null : `${ui.inferredLink} ${link.reason}`],
      ] as const)
        expected.set(here, [...(expected.get(here) ?? []), { there, note, alsoStated: link.alsoStated }]);
    const page = await browser.newPage();
    const missing: string[] = [];
    for (const [here, wanted] of expected) {
      await page.goto(`${browser.origin()}${here}`);
      const seen = await relatedLinks(page);
      for (const { there, note, alsoStated } of wanted) {
        const shown = seen.filter((l) => l.href === there);
        const ok =
          shown.length > 0 &&
          (note === null || (alsoStated ? shown.some((l) => l.note === note) : shown.every((l) => l.note === note)));
        if (!ok) missing.push(`${here} -> ${there}: ${JSON.stringify(shown)}`);
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
