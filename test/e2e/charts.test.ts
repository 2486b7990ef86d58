/**
 * What a reader sees of every chart, on every page that has one, at phone, tablet and
 * desktop widths: no two visible text elements overlap, none sticks out of its SVG,
 * none renders below 12 px, and the page never scrolls sideways. And every CSV download
 * parses, with a standard CSV parser, into exactly the table shown on the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const widths = [320, 390, 768, 1280];

/** Every built page whose HTML holds an explainer figure. */
function chartPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind', 'kits'].includes(entry.name)) walk(path);
      } else if (entry.name === 'index.html' && readFileSync(path, 'utf8').includes('class="explainer explainer-'))
        pages.push(`/${relative(dist, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dist);
  return pages.sort();
}

interface Figures {
  texts: number;
  minFont: number;
  overlaps: string[];
  outside: string[];
  scrollWidth: number;
  innerWidth: number;
}

/** Runs in the page: measures every visible text element of every chart. */
function measure(): Figures {
  const visible = (el: Element) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (el.textContent ?? '').trim() !== '';
  };
  const out: Figures = {
    texts: 0,
    minFont: Number.POSITIVE_INFINITY,
    overlaps: [],
    outside: [],
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  };
  for (const figure of document.querySelectorAll('figure.explainer')) {
    for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.chart')) {
      if (!visible(svg) && !svg.checkVisibility()) continue;
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(visible);
      const boxes = texts.map((t) => {
        const ctm = t.getScreenCTM()!;
        const px = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
        out.minFont = Math.min(out.minFont, px);
        out.texts++;
        // The glyphs' box (getBBox), in page pixels: the line box of a <text> is taller than its ink.
        const b = t.getBBox();
        const p1 = new DOMPoint(b.x, b.y).matrixTransform(ctm);
        const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(ctm);
        return { name: (t.textContent ?? '').trim().slice(0, 40), x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y };
      });
      for (const b of boxes)
        if (b.x1 < frame.left - 0.5 || b.y1 < frame.top - 0.5 || b.x2 > frame.right + 0.5 || b.y2 > frame.bottom + 0.5)
          out.outside.push(b.name);
      // Overlap means more than a pixel of shared ink-box in both directions.
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const c = boxes[j]!;
          const w = Math.min(a.x2, c.x2) - Math.max(a.x1, c.x1);
          const h = Math.min(a.y2, c.y2) - Math.max(a.y1, c.y1);
          if (w > 1 && h > 1) out.overlaps.push(`${a.name} / ${c.name}`);
        }
    }
    // The small-screen forms and legends are HTML: their text counts too.
    for (const el of figure.querySelectorAll<HTMLElement>('.chart-small *, .legend li')) {
      if (!visible(el) || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
      out.texts++;
      out.minFont = Math.min(out.minFont, Number.parseFloat(getComputedStyle(el).fontSize));
    }
  }
  return out;
}

describe('charts as a reader sees them', () => {
  const browser = useBrowser();
  const pages = chartPages();

  test('there are chart pages and pages that embed charts', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['/explainers/network/', '/explainers/votes/', '/cases/hrc-xinjiang-debate-vote-2022/']),
    );
    expect(pages.length).toBeGreaterThan(6);
  });

  test.each(widths)(
    'at %i px: no overlapping or clipped text, nothing under 12 px, no sideways scroll',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const rows: string[] = [];
      // Slides are a 16:9 canvas for a projector, scaled as a whole: checked at desktop width only.
      for (const path of pages.filter((p) => width >= 1280 || !p.endsWith('/present/'))) {
        await page.goto(`${browser.origin()}${path}`);
        const f = await page.evaluate(measure);
        rows.push(
          `${String(width).padStart(4)} ${path.padEnd(58)} texts ${String(f.texts).padStart(4)}  min ${f.minFont.toFixed(1).padStart(5)} px  overlaps ${f.overlaps.length}  outside ${f.outside.length}  page ${f.scrollWidth}/${f.innerWidth}`,
        );
        if (f.minFont < 12) problems.push(`${path}: smallest text ${f.minFont.toFixed(1)} px`);
        if (f.overlaps.length) problems.push(`${path}: overlapping text ${f.overlaps.slice(0, 5).join('; ')}`);
        if (f.outside.length) problems.push(`${path}: text outside its SVG: ${f.outside.slice(0, 5).join('; ')}`);
        if (f.scrollWidth > f.innerWidth)
          problems.push(`${path}: page ${f.scrollWidth} px wide in a ${f.innerWidth} px window`);
      }
      console.log(rows.join('\n'));
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  test('every page with a chart keeps its heading order and never repeats a title as the next heading', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${browser.origin()}${path}`);
      const headings = await page
        .locator('main :is(h1, h2, h3, h4, h5, h6)')
        .evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length)
            .map((e) => ({ level: Number(e.tagName[1]), text: (e.textContent ?? '').trim() })),
        );
      headings.forEach((h, i) => {
        const before = headings[i - 1];
        if (before && h.level > before.level + 1)
          problems.push(`${path}: h${before.level} "${before.text}" then h${h.level} "${h.text}"`);
        if (before && h.text === before.text) problems.push(`${path}: "${h.text}" twice in a row`);
      });
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  test('every CSV download parses into exactly the table on the page', async () => {
    const page = await browser.newPage();
    const checked: string[] = [];
    for (const path of pages.filter((p) => p.startsWith('/explainers/'))) {
      await page.goto(`${browser.origin()}${path}`);
      const figures = await page.locator('figure.explainer').evaluateAll((els) =>
        els.map((figure) => {
          const table = figure.querySelector('details.explainer-data table')!;
          const cells = (row: Element) => [...row.children].map((c) => (c.textContent ?? '').trim());
          return {
            csv: (figure.querySelector('a[href$=".csv"]') as HTMLAnchorElement).href,
            rows: [cells(table.querySelector('thead tr')!), ...[...table.querySelectorAll('tbody tr')].map(cells)],
          };
        }),
      );
      for (const f of figures) {
        const text = await (await fetch(f.csv)).text();
        const parsed = parse(text, { bom: true }) as string[][];
        expect(parsed, f.csv).toEqual(f.rows);
        // A spreadsheet needs one kind of value per column: no stray rows (the old votes CSV had a "Case, <title>" row).
        const [header, ...rows] = parsed;
        for (const row of rows) expect(row, f.csv).toHaveLength(header!.length);
        header!.forEach((name, i) => {
          if (/^(Count|Cases)$/.test(name))
            for (const row of rows) expect(row[i], `${f.csv}: ${name}`).toMatch(/^\d+$/);
        });
        checked.push(`${f.csv.replace(browser.origin(), '')}: ${parsed.length - 1} rows`);
      }
    }
    console.log(checked.join('\n'));
    expect(checked.length).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  test('the flow: focusing a node lights the paths through it and fades the rest', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${browser.origin()}/explainers/flow/`);
    const node = page.locator('a.flow-node.column-1').first();
    await node.focus();
    await expect.poll(() => node.evaluate((el) => el.classList.contains('lit'))).toBe(true);
    const lit = await page.locator('svg.chart-flow .link.lit').count();
    expect(lit).toBeGreaterThan(0);
    const faded = await page
      .locator('svg.chart-flow a.flow-node:not(.lit)')
      .first()
      .evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(faded).toBeLessThan(0.5);
    await page.close();
  });

  test('the network: selecting a node highlights its neighbours and shows details without moving the chart; arrow keys move to a neighbour', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${browser.origin()}/explainers/network/`);
    await page.waitForSelector('[data-network-controls]:not([hidden])');
    const svg = page.locator('svg.chart-network');
    const before = (await svg.boundingBox())!;
    const china = page.locator('a.node[data-id="china"]');
    await china.focus();
    await page.keyboard.press('Enter');
    const after = (await svg.boundingBox())!;
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    await expect.poll(() => page.locator('[data-network-panel]').textContent()).toContain('China');
    const neighbours = await page.locator('a.node.neighbour').count();
    expect(neighbours).toBeGreaterThan(2);
    // The faded nodes really are faded on screen.
    const opacity = await page
      .locator('a.node:not(.selected):not(.neighbour)')
      .first()
      .evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(0.5);
    // China has neighbours on every side: each arrow lands on a different node, and on one of them.
    const landed: string[] = [];
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      await china.focus();
      await page.keyboard.press(key);
      landed.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? ''));
    }
    const near = await page
      .locator('a.node.neighbour')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']));
    expect(new Set(landed).size).toBe(4);
    for (const id of landed) expect(near, `arrow keys went to ${landed.join(', ')}`).toContain(id);
    await page.close();
  });
});
