/**
 * What the audience screen of a deck shows, measured from layout boxes: how many slide
 * canvases take up room, whether the one shown is inside the window and its text whole.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Screen {
  /** Slides whose canvas takes up room on the audience screen. */
  shown: number;
  heading: string;
  /** The heading is what is painted at its own position (nothing covers it). */
  headingOnTop: boolean;
  canvasInViewport: boolean;
  /** Text blocks that reach outside the canvas, or are cut inside it. */
  clipped: string[];
  pageScrolls: boolean;
  text: string;
  /** Room between the heading's text and the canvas's left and right edges, in px: which side the text starts from. */
  headingGap: { left: number; right: number };
  /** The heading's computed direction. */
  headingDir: string;
}

/** What the audience screen shows, measured from layout boxes. */
export function audienceScreen(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const canvases = [...document.querySelectorAll('.deck .slide-canvas')].filter((c) => {
      const r = box(c);
      return r.width > 0 && r.height > 0;
    });
    const canvas = canvases[0]!;
    const c = box(canvas);
    const blocks = [...canvas.querySelectorAll('h1, h2, p, li, svg')].filter((b) => box(b).height > 0);
    const clipped = blocks
      .filter((b) => {
        const r = box(b);
        const cut =
          b instanceof HTMLElement && (b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1);
        return (
          r.top < c.top - 1 ||
          r.bottom > c.bottom + 1 ||
          r.left < c.left - 1 ||
          r.right > c.right + 1 ||
          (cut && b.tagName !== 'svg')
        );
      })
      .map((b) => (b.textContent ?? '').slice(0, 80));
    const heading = canvas.querySelector('h1, h2')!;
    const h = box(heading);
    const top = document.elementFromPoint(h.left + 4, h.top + h.height / 2);
    const range = document.createRange();
    range.selectNodeContents(heading);
    const ink = range.getBoundingClientRect();
    const doc = document.documentElement;
    return {
      shown: canvases.length,
      heading: heading.textContent ?? '',
      headingOnTop: !!top && heading.contains(top),
      canvasInViewport: c.top >= 0 && c.left >= 0 && c.bottom <= innerHeight && c.right <= innerWidth,
      clipped: [
        ...clipped,
        ...(canvas.scrollHeight > canvas.clientHeight + 1 ? ['(canvas content taller than the canvas)'] : []),
      ],
      pageScrolls: doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth,
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as rendered, which is what this test is about
      text: (canvas as HTMLElement).innerText,
      headingGap: { left: ink.left - c.left, right: c.right - ink.right },
      headingDir: getComputedStyle(heading).direction,
    };
  });
}

/**
 * What a person in the room must see on slide `n`: exactly one slide, inside the window,
 * its heading not covered, no text cut off, and a page that does not scroll.
 */
export function expectOneWholeSlide(screen: Screen, n: number): void {
  expect(screen.shown, `slide ${n}`).toBe(1);
  expect(screen.canvasInViewport, `slide ${n} inside the window`).toBe(true);
  expect(screen.headingOnTop, `slide ${n} heading not covered`).toBe(true);
  expect(screen.clipped, `slide ${n} (${screen.heading}) has no cut-off text`).toEqual([]);
  expect(screen.pageScrolls, `slide ${n}: the page does not scroll`).toBe(false);
}
