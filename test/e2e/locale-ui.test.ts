/**
 * What a Russian or Arabic reader sees around the text (issue #18): charts in their
 * language (the vote chart's words inside its SVG, read from the right in Arabic), notes
 * and references in their language's CSL terms, the quick exit's label, and the offline
 * copy's search note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { siteUrl, subfolder } from './support/global-setup.ts';

const arabicVote = '/ar/cases/hrc-xinjiang-debate-vote-2022/';
const russianVote = '/ru/cases/un-cybercrime-resolution-2019/';
const arabicScript = /[\u0600-\u06ff]/;
const latinWord = /[A-Za-z]{2,}/;

describe('the page language around the text', () => {
  const browser = useBrowser();

  describe.each([390, 1280])('at %i px', (width) => {
    test('an Arabic case page: the vote chart is in Arabic, inside its SVG, read from the right; no sideways scroll', async () => {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${browser.origin()}${arabicVote}`);
      const figure = page.locator('figure.explainer-votes');
      const chart = await figure.locator('svg.chart').evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        });
        const squares = [...svg.querySelectorAll('.vote-for rect')].map((r) => r.getBoundingClientRect().toJSON());
        return { frame: frame.toJSON() as DOMRect, texts, squares: squares as DOMRect[] };
      });
      expect(chart.texts.length).toBe(3);
      for (const t of chart.texts) {
        // Arabic words, no English left.
        expect(t.text).toMatch(arabicScript);
        expect(t.text).not.toMatch(latinWord);
        // Inside the SVG's box, and set against its right edge.
        expect(t.left).toBeGreaterThanOrEqual(chart.frame.left - 0.5);
        expect(t.right).toBeLessThanOrEqual(chart.frame.right + 0.5);
        expect(chart.frame.right - t.right).toBeLessThan(2);
      }
      // The first "for" square is the rightmost: the chart fills from the right.
      expect(chart.squares[0]!.right).toBeCloseTo(Math.max(...chart.squares.map((s) => s.right)), 0);
      expect(chart.squares[0]!.right).toBeGreaterThan(chart.squares.at(-1)!.right);
      // The count follows the word in reading order: it is drawn to the word's left.
      const label = await figure
        .locator('.vote-for text')
        .evaluate((t) => [t.getBoundingClientRect().right, t.querySelector('tspan')!.getBoundingClientRect().right]);
      expect(label[1]!).toBeLessThan(label[0]! - 20);
      // Its takeaway, table toggle and headers are Arabic too.
      expect(await figure.locator('.explainer-takeaway').textContent()).toContain('المؤيدون 17');
      expect(await figure.locator('summary').textContent()).toBe('اعرض البيانات في جدول');
      await figure.locator('summary').click();
      expect(await figure.locator('thead th').allTextContents()).toEqual([
        'التصويت',
        'العدد',
        'الدول التي يسمّيها المصدر',
      ]);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(width);
      await page.close();
    });
  });

  test('the Arabic timeline runs right to left: the earliest case at the right, its words Arabic and inside the SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${browser.origin()}/ar/explainers/timeline/`);
    const figure = page.locator('figure.explainer-timeline');
    // The table lists the cases by date: its first and last rows are the earliest and latest.
    const links = await figure.locator('table tbody tr a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const dotX = (href: string) =>
      figure
        .locator(`svg.chart a[href="${href}"] circle`)
        .evaluate((c) => c.getBoundingClientRect().left + c.getBoundingClientRect().width / 2);
    const earliest = await dotX(links[0]!);
    const latest = await dotX(links.at(-1)!);
    expect(earliest).toBeGreaterThan(latest + 200);
    const chart = await figure.locator('svg.chart').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return {
        frame: { left: frame.left, right: frame.right },
        lanes: [...svg.querySelectorAll('.lane-label')].map((t) => ({
          text: t.textContent ?? '',
          left: t.getBoundingClientRect().left,
          right: t.getBoundingClientRect().right,
        })),
        years: [...svg.querySelectorAll('.tick-label')].map((t) => ({
          year: Number(t.textContent),
          x: t.getBoundingClientRect().left,
        })),
      };
    });
    expect(chart.lanes.length).toBeGreaterThan(3);
    for (const lane of chart.lanes) {
      expect(lane.text).toMatch(arabicScript);
      // Lane names start at the right edge, inside the chart.
      expect(lane.left).toBeGreaterThanOrEqual(chart.frame.left);
      expect(chart.frame.right - lane.right).toBeLessThan(2);
    }
    // Year labels fall from right to left.
    const byX = [...chart.years].sort((a, b) => a.x - b.x).map((y) => y.year);
    expect(byX).toEqual([...byX].sort((a, b) => b - a));
    expect(await page.locator('h1').textContent()).toBe('متى: الحالات الموثقة عبر الزمن');
    await page.close();
  });

  test('every explainer page exists in Russian and Arabic, with its words in the language and no sideways scroll at 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const [code, script] of [
      ['ru', /[а-яё]/i],
      ['ar', arabicScript],
    ] as const) {
      for (const kind of ['', 'network/', 'map/', 'timeline/', 'flow/', 'votes/']) {
        const path = `/${code}/explainers/${kind}`;
        const response = await page.goto(`${browser.origin()}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe(code);
        expect(await page.locator('h1').textContent(), path).toMatch(script);
        if (kind) {
          const figure = page.locator('figure.explainer').first();
          expect(await figure.locator('.explainer-takeaway').textContent(), path).toMatch(script);
          expect(await figure.locator('summary').first().textContent(), path).toMatch(script);
          expect(await figure.locator('thead th').first().textContent(), path).toMatch(script);
        }
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, path).toBeLessThanOrEqual(390);
      }
    }
    // The network's controls (shown by its script) are in the language too.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${browser.origin()}/ru/explainers/network/`);
    expect(await page.locator('label[for="network-filter"]').textContent()).toBe('Показать');
    // Tap the node's dot, as a reader does: the centre of the whole link (dot and label) can
    // fall on an edge between them, which depends on how long the label is in the language.
    await page.locator('svg.chart-network a.node .mark').first().click();
    await expect.poll(() => page.locator('[data-network-panel]').textContent()).toMatch(/Открыть страницу/);
    await page.close();
  });

  test('a Russian case page: chart words, numbers and dates in Russian', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${browser.origin()}${russianVote}`);
    const figure = page.locator('figure.explainer-votes');
    expect(await figure.locator('svg.chart text').allTextContents()).toEqual(['За 88', 'Против 58', 'Воздержались 34']);
    expect(await figure.locator('h2').textContent()).toContain('ноябрь 2019 г.');
    expect(await figure.locator('.explainer-downloads').textContent()).toMatch(/^Скачать данные:/);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(390);
    await page.close();
  });

  test("notes, works cited and the cite box use the language's CSL terms; the works' data stays as published", async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}${russianVote}`);
    expect(await page.locator('#notes-heading').textContent()).toBe('Примечания');
    const notes = ((await page.locator('section.notes ol').textContent()) ?? '').trim();
    expect(notes).toContain('б. д.');
    expect(notes).not.toMatch(/\bn\.d\./);
    // A title as published, in its own language, between Russian quotation marks.
    expect(notes).toContain('«Authoritarian multilateralism in the global cyber regime complex');
    const works = (await page.locator('section.bibliography').textContent()) ?? '';
    expect(works).toContain('(б. д.)');
    expect(await page.locator('.cite-text').textContent()).toMatch(/\(\d{4}, [а-я]+ \d+\)/);
    expect(await page.locator('section.notes .back-link').first().getAttribute('aria-label')).toBe(
      'Вернуться к тексту (примечание 1)',
    );
    // In translated text, a note reference is read out in the text's language.
    await page.goto(`${browser.origin()}/ru/threats/security-threats/`);
    expect(await page.locator('.prose .note-ref a').first().textContent()).toBe('Примечание 1');
    await page.goto(`${browser.origin()}${arabicVote}`);
    expect(await page.locator('#notes-heading').textContent()).toBe('الحواشي');
    const arabicNotes = (await page.locator('section.notes ol').textContent()) ?? '';
    expect(arabicNotes).toContain('د.ت');
    expect(arabicNotes).not.toMatch(/\bn\.d\./);
    // A Latin-script reference reads left to right inside the Arabic page.
    expect(
      await page
        .locator('section.notes li > span')
        .first()
        .evaluate((s) => getComputedStyle(s).direction),
    ).toBe('ltr');
    await page.close();
  });

  test("the quick exit speaks the page's language and still leaves on Escape twice", async () => {
    const page = await browser.newPage();
    for (const [path, label] of [
      ['/', 'Leave this site'],
      ['/ru/', 'Уйти с сайта'],
      ['/ar/', 'غادر هذا الموقع'],
    ] as const) {
      await page.goto(`${browser.origin()}${path}`);
      expect(await page.locator('.quick-exit').textContent()).toBe(label);
    }
    const neutral = (await page.locator('.quick-exit').getAttribute('href'))!;
    await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>Neutral</p>' }));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.href.startsWith(neutral));
    await page.close();
  });

  test("the search page's filters and the offline copy's search note are in the page's language", async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.origin()}/ru/search/`);
    await page.locator('.search-filters summary').click();
    const legends = await page.locator('.search-filters legend').allTextContents();
    expect(legends.length).toBeGreaterThan(1);
    for (const l of legends) expect(l).toMatch(/[а-яё]/i);
    await page.close();
    // The zipped folder edition, as a reader unpacks it.
    const downloads = join(process.cwd(), 'dist', 'downloads');
    const zip = readdirSync(downloads).find((f) => f.endsWith('.zip'))!;
    const files = unzipSync(readFileSync(join(downloads, zip)), { filter: (f) => /search\/index\.html$/.test(f.name) });
    const note = (lang: string) => {
      const name = Object.keys(files).find((n) => n.endsWith(`${lang ? `/${lang}` : ''}/search/index.html`));
      const html = new TextDecoder().decode(files[name!]!);
      return /<p class="edition-note"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? '';
    };
    expect(note('ru')).toContain('Офлайн-копия.');
    expect(note('ar')).toContain('نسخة للقراءة دون اتصال');
    expect(note('ar')).not.toContain('Offline copy');
  });

  test('the 404 page speaks every language, each linking to its own pages', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${browser.origin()}/404.html`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    for (const [code, title] of [
      ['ru', 'Страница не найдена'],
      ['ar', 'الصفحة غير موجودة'],
    ] as const) {
      const section = page.locator(`section[lang="${code}"]`);
      expect(await section.locator('h2').textContent()).toBe(title);
      expect(await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/${code}/search/`,
        `/${code}/`,
      ]);
    }
    expect(await page.locator('section[lang="ar"]').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('with a site URL, each language has its feed: translated entries, their own titles and addresses', () => {
    const dist = inject('baseDist');
    const ru = readFileSync(join(dist, 'ru', 'feed.xml'), 'utf8');
    const en = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(ru).toMatch(/<feed [^>]*xml:lang="ru"/);
    expect(ru).toContain('<title>Угрозы безопасности</title>');
    expect(ru).toContain(`${siteUrl}${subfolder}ru/threats/security-threats/`);
    // Only translated entries: fewer than the English feed, none of them English-only.
    const count = (xml: string) => xml.split('<entry>').length - 1;
    expect(count(ru)).toBeGreaterThan(10);
    expect(count(ru)).toBeLessThan(count(en));
    // Each page points to its own language's feed.
    const home = readFileSync(join(dist, 'ar', 'index.html'), 'utf8');
    expect(home).toContain(`href="${subfolder}ar/feed.xml"`);
  });
});
