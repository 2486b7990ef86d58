/**
 * Readers at risk (issue #15): the quick exit, search that leaves no trace, the phone
 * header, reflow at 320 px, and the files readers' tools follow (sitemap, feed, JSON-LD,
 * canonical links, link previews).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { checkProject } from '../../src/check/check-all.ts';
import { loadSiteConfig } from '../../src/loading/site-config.ts';
import { entryPath } from '../../src/site/routes.ts';
import { useBrowser } from './support/browser.ts';
import { siteUrl, subfolder } from './support/global-setup.ts';

const { entries } = checkProject(process.cwd());
const published = entries.filter((e) => !(e.parsed as { draft?: boolean }).draft);
const titleOf = (e: (typeof published)[number]) => (e.parsed as { title: string }).title;
const tactic = published.find((e) => e.collection === 'tactics')!;
const neutral = loadSiteConfig(process.cwd()).config!.quickExit.url;

/** Every built HTML page under a folder, as [site path, file]. */
function builtPages(dir: string, root = dir): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path, root);
    if (name === 'index.html') return [[`/${relative(root, dir)}${relative(root, dir) ? '/' : ''}`, path]];
    return name.endsWith('.html') ? [[`/${relative(root, path)}`, path]] : [];
  });
}

describe('readers at risk', () => {
  const browser = useBrowser();

  /** A page whose requests to the neutral site are answered locally: tests never leave the machine. */
  async function pageWithNeutralSite(options?: Parameters<typeof browser.newPage>[0]): Promise<Page> {
    const page = await browser.newPage(options);
    await page.route(`${neutral}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }),
    );
    return page;
  }

  test('the quick exit is visible on a phone and a desktop, leaves the site, and Back does not return to it', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 720 },
    ]) {
      const page = await pageWithNeutralSite({ viewport });
      await page.goto('about:blank');
      await page.goto(`${browser.origin()}${entryPath('tactics', tactic.id)}`);
      const box = await page.locator('.quick-exit').boundingBox();
      expect(
        box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
      ).toBe(true);
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
      await page.click('.quick-exit');
      await page.waitForURL((url) => url.href.startsWith(neutral));
      await page.goBack();
      expect(page.url().startsWith(browser.origin())).toBe(false);
      await page.close();
    }
  });

  test('Escape pressed twice leaves the site, also from inside the search dialog, and Back does not return', async () => {
    const page = await pageWithNeutralSite();
    await page.goto('about:blank');
    await page.goto(`${browser.origin()}/`);
    await page.click('.search-toggle');
    await page.keyboard.type('interpol');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.href.startsWith(neutral));
    await page.goBack();
    expect(page.url().startsWith(browser.origin())).toBe(false);
    await page.close();
  });

  test('one Escape only closes the search dialog, and focus returns to the Search control', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/`);
    await page.click('.search-toggle');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    // Well past the one-second double-press window (the page may be busy starting the search index).
    await page.waitForTimeout(2500);
    await page.keyboard.press('Escape');
    expect(page.url()).toBe(`${browser.origin()}/`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-toggle');
    await page.close();
  });

  test('without JavaScript the quick exit is a plain link to the neutral page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${browser.origin()}/`);
    expect(await page.locator('.quick-exit').getAttribute('href')).toBe(neutral);
    await context.close();
  });

  test('after searching from the header and from the search page, neither the address nor the history holds the query', async () => {
    const query = 'red notice';
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}${entryPath('tactics', tactic.id)}`);
    const before = await page.evaluate(() => history.length);
    await page.click('.search-toggle');
    await page.keyboard.type(query);
    await page.waitForSelector('[data-search-dialog-results] li > a');
    const afterHeader = await page.evaluate(() => ({
      href: location.href,
      length: history.length,
      state: JSON.stringify(history.state),
    }));
    expect(afterHeader.href).toBe(`${browser.origin()}${entryPath('tactics', tactic.id)}`);
    expect(afterHeader.length).toBe(before);
    expect(afterHeader.state).not.toMatch(/red/i);
    await page.keyboard.press('Escape');
    await page.goto(`${browser.origin()}/search/`);
    const beforePage = await page.evaluate(() => history.length);
    await page.fill('#search-q', query);
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
      query,
    );
    await page.fill('#search-q', `${query} abuse`);
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
      `${query} abuse`,
    );
    const afterPage = await page.evaluate(() => ({
      href: location.href,
      length: history.length,
      state: JSON.stringify(history.state),
    }));
    expect(afterPage.href).toBe(`${browser.origin()}/search/`);
    expect(afterPage.length).toBe(beforePage);
    expect(afterPage.state).not.toMatch(/red/i);
    // Opening a result adds only that page to the history.
    await page.locator('[data-search-results] li > a').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'), { waitUntil: 'commit' });
    expect(page.url()).not.toMatch(/[?&]q=|red%20notice|red\+notice/);
    await page.goBack();
    expect(page.url()).toBe(`${browser.origin()}/search/`);
    await page.close();
  });

  test('by keyboard, the first result of the header search opens within 3 keystrokes after typing', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/`);
    for (
      let i = 0;
      i < 30 && (await page.evaluate(() => document.activeElement?.classList.contains('search-toggle'))) !== true;
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.type(titleOf(tactic));
    await page.waitForFunction(
      (t) => document.querySelector('[data-search-dialog-results] li > a')?.textContent === t,
      titleOf(tactic),
    );
    // Keystroke 1: ArrowDown puts focus on the first result; keystroke 2: Enter opens it.
    let keystrokes = 0;
    await page.keyboard.press('ArrowDown');
    keystrokes++;
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titleOf(tactic));
    await page.keyboard.press('Enter');
    keystrokes++;
    await page.waitForURL((url) => url.pathname === entryPath('tactics', tactic.id), { waitUntil: 'domcontentloaded' });
    console.log(
      `keyboard search: first result opened ${keystrokes} keystrokes after typing (Enter in the box alone also opens it)`,
    );
    expect(keystrokes).toBeLessThanOrEqual(3);
    // Enter straight from the box opens the first result too: one keystroke.
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
    await page.keyboard.type('non-refoulement');
    await page.waitForSelector('[data-search-dialog-results] li > a');
    const first = await page.locator('[data-search-dialog-results] li > a').first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(first!, browser.origin()).pathname, {
      waitUntil: 'commit',
    });
    await page.close();
  });

  test('partial matches are labelled, and nonsense finds nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/search/`);
    const status = async (q: string) => {
      await page.fill('#search-q', q);
      await page.waitForFunction(
        (x) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${x}”`),
        q,
      );
      return (await page.locator('[data-search-status]').textContent()) ?? '';
    };
    // A made-up word guarantees no page holds every word, whatever the content says.
    expect(await status('embassies diaspora xqzvbn')).toMatch(/^No page contains every word .*contain some of them/);
    expect(await page.locator('[data-search-results] li > a').count()).toBeGreaterThan(0);
    for (const nonsense of ['asdfgh', 'blorf', 'zzzz qqqq', 'xqzvbn'])
      expect(await status(nonsense), nonsense).toMatch(/^No results for/);
    await page.close();
  });

  test('the header is at most 15% of a 390x844 screen, with every control a target of 24x24 px or more', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 320, height: 640 },
      { width: 1280, height: 720 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${browser.origin()}${entryPath('tactics', tactic.id)}`);
      const height = (await page.locator('.site-header').boundingBox())!.height;
      console.log(
        `header height at ${viewport.width}x${viewport.height}: ${height.toFixed(0)} px (${((100 * height) / viewport.height).toFixed(1)}% of the screen)`,
      );
      if (viewport.width === 390) expect(height).toBeLessThanOrEqual(0.15 * viewport.height);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.site-header a, .site-header summary, .note-ref a, .breadcrumbs a')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
          .filter((t) => t.box.width < 24 || t.box.height < 24)
          .map((t) => `${t.text} ${t.box.width.toFixed(0)}x${t.box.height.toFixed(0)}`),
      );
      expect(small).toEqual([]);
      await page.close();
    }
  });

  test('without JavaScript the phone menu opens and shows every section link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${browser.origin()}/`);
    expect(await page.locator('.site-nav--wide').isVisible()).toBe(false);
    await page.click('.site-menu summary');
    const links = page.locator('.site-menu nav a');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // The header's Search leads to the A-Z index by letter, not to a discarded query.
    await page.click('.search-toggle');
    await page.waitForURL((url) => url.pathname === '/search/' && url.hash === '#a-z', { waitUntil: 'commit' });
    expect(await page.locator('.az-letters a').count()).toBeGreaterThan(10);
    expect(await page.locator('.az-type').first().textContent()).toBeTruthy();
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });

  test('no page scrolls sideways at 320 px', async () => {
    const pages = builtPages(join(process.cwd(), 'dist')).map(([path]) => path);
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${browser.origin()}${path}`, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} (${width} px)`);
    }
    console.log(`checked ${pages.length} pages at 320 px: ${wide.length} scroll sideways`);
    expect(wide).toEqual([]);
    await page.close();
  });
});

describe('what readers’ tools follow', () => {
  const browser = useBrowser();
  const baseDist = () => inject('baseDist');
  const absolute = (path: string) => `${siteUrl}${subfolder}${path.slice(1)}`;
  const expected = published.map((e) => absolute(entryPath(e.collection, e.id)));

  /** Parses XML in Chromium's own parser; returns the error text, if any, and the values of one element. */
  async function parseXml(xml: string, selector: string) {
    const page = await browser.newPage();
    const result = await page.evaluate(
      ([text, sel]) => {
        const doc = new DOMParser().parseFromString(text!, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent ?? '';
        return {
          error,
          values: [...doc.querySelectorAll(sel!)].map((n) => n.getAttribute('href') ?? n.textContent ?? ''),
        };
      },
      [xml, selector],
    );
    await page.close();
    return result;
  }

  test('the sitemap parses as XML and lists every entry, and not the 404 page', async () => {
    const index = await parseXml(readFileSync(join(baseDist(), 'sitemap-index.xml'), 'utf8'), 'sitemap > loc');
    expect(index.error).toBe('');
    const locs: string[] = [];
    for (const loc of index.values) {
      const file = join(baseDist(), new URL(loc).pathname.slice(subfolder.length));
      const sitemap = await parseXml(readFileSync(file, 'utf8'), 'url > loc');
      expect(sitemap.error).toBe('');
      locs.push(...sitemap.values);
    }
    const missing = expected.filter((u) => !locs.includes(u));
    console.log(
      `sitemap: ${locs.length} addresses, ${expected.length - missing.length}/${expected.length} entries listed`,
    );
    expect(missing).toEqual([]);
    expect(locs.filter((u) => /404/.test(u))).toEqual([]);
  });

  test('the Atom feed parses as XML and lists every dated entry with its dates', async () => {
    const xml = readFileSync(join(baseDist(), 'feed.xml'), 'utf8');
    const links = await parseXml(xml, 'entry > link');
    expect(links.error).toBe('');
    const dated = published
      .filter((e) => e.collection !== 'sources')
      .map((e) => absolute(entryPath(e.collection, e.id)));
    const missing = dated.filter((u) => !links.values.includes(u));
    console.log(
      `feed: ${links.values.length} entries, ${dated.length - missing.length}/${dated.length} dated entries listed`,
    );
    expect(missing).toEqual([]);
    const updated = await parseXml(xml, 'entry > updated');
    expect(updated.values.every((d) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(d))).toBe(true);
  });

  test('every JSON-LD block of both builds parses, with a schema.org type', () => {
    let blocks = 0;
    const bad: string[] = [];
    for (const dist of [join(process.cwd(), 'dist'), baseDist()]) {
      for (const [path, file] of builtPages(dist)) {
        const html = readFileSync(file, 'utf8');
        for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
          blocks++;
          try {
            const data = JSON.parse(m[1]!) as { '@context'?: string; '@type'?: string };
            if (data['@context'] !== 'https://schema.org' || !data['@type']) bad.push(`${path}: no @context or @type`);
          } catch (error) {
            bad.push(`${path}: ${(error as Error).message}`);
          }
        }
      }
    }
    console.log(`JSON-LD: ${blocks} blocks parsed, ${bad.length} bad`);
    expect(bad).toEqual([]);
    expect(blocks).toBeGreaterThan(published.length);
  });

  test('with a site URL: canonical links point at the page itself, previews use the site-hosted image, and 404 has no canonical', () => {
    const html = (path: string) => readFileSync(join(baseDist(), path), 'utf8');
    const entryFile = `${entryPath('tactics', tactic.id).slice(1)}index.html`;
    const page = html(entryFile);
    expect(page).toContain(`<link rel="canonical" href="${absolute(entryPath('tactics', tactic.id))}">`);
    expect(page).toContain(`<meta property="og:image" content="${absolute('/og-image.png')}">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(statSync(join(baseDist(), 'og-image.png')).size).toBeGreaterThan(1000);
    expect(html('404.html')).not.toContain('rel="canonical"');
    expect(html('404.html')).not.toContain('og:url');
    // Every absolute address in the head is on the site's own origin, except the Highwire
    // citation_* tags of a source page, which describe the cited work where it lives.
    const heads = builtPages(baseDist()).map(([, f]) =>
      readFileSync(f, 'utf8')
        .split('</head>')[0]!
        .replace(/<meta name="citation_[^>]*>/g, ''),
    );
    const foreign = heads
      .flatMap((h) => [...h.matchAll(/(?:href|content)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!))
      .filter((u) => !u.startsWith(siteUrl));
    expect([...new Set(foreign)]).toEqual([]);
  });

  test('without a site URL: no canonical links, no feed, no sitemap and no absolute preview image', () => {
    const dist = join(process.cwd(), 'dist');
    const page = readFileSync(join(dist, `${entryPath('tactics', tactic.id).slice(1)}index.html`), 'utf8');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('og:image');
    expect(() => statSync(join(dist, 'feed.xml'))).toThrow();
    expect(() => statSync(join(dist, 'sitemap-index.xml'))).toThrow();
  });

  test('every entry page shows its first-published and last-reviewed dates in <time> elements', () => {
    const dist = join(process.cwd(), 'dist');
    const missing = published
      .filter((e) => e.collection !== 'sources')
      .filter((e) => {
        const html = readFileSync(join(dist, `${entryPath(e.collection, e.id).slice(1)}index.html`), 'utf8');
        const d = e.parsed as { published: string; reviewed: string };
        return !html.includes(`<time datetime="${d.published}">`) || !html.includes(`<time datetime="${d.reviewed}">`);
      })
      .map((e) => e.file);
    expect(missing).toEqual([]);
  });
});
