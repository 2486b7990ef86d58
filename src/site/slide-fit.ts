/**
 * Estimates whether a slide's text fits its canvas, so the content check can warn an
 * editor before a trainer finds text cut off on a projector. The numbers mirror the
 * slide stylesheet (src/styles/08-slides.css): a 40em x 22.5em canvas (1280 x 720 at
 * 32 px per em) with fixed font sizes and line heights. Characters are counted at a
 * generous average width, so the estimate errs towards warning; the browser tests
 * measure the real slides.
 */
import type { ModuleSlide } from '../schemas/modules.ts';

/** The slide stylesheet's measures, in em of the canvas. */
export const canvas = { width: 40, height: 22.5, padX: 1.75, padY: 1.25 } as const;
const body = canvas.height - 2 * canvas.padY;
const measure = canvas.width - 2 * canvas.padX;
/** Average glyph width as a share of the font size (system-ui, mixed case, with spaces). */
const glyph = 0.52;

const styles = {
  eyebrow: { size: 0.55, line: 1.3, after: 0.3 },
  title: { size: 1.45, line: 1.15, after: 0.5 },
  point: { size: 0.9, line: 1.3, after: 0.35, indent: 1.4 },
  question: { size: 1.1, line: 1.3, after: 0.5 },
  activity: { size: 0.9, line: 1.3, after: 0.5, indent: 1.5 },
} as const;
/** Height kept for a figure (the chart is scaled into it). */
export const figureHeight = 11;

/** Text as it will read: Markdown marks, links' addresses and citations removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\s*\[@[^\]]*\]/g, '9')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function linesOf(text: string, size: number, indent = 0): number {
  const perLine = Math.max(8, Math.floor((measure - indent) / (size * glyph)));
  // Words wrap whole, so count line by line rather than dividing the length.
  let lines = 1;
  let used = 0;
  for (const word of plainText(text).split(' ')) {
    const need = used ? word.length + 1 : word.length;
    if (used + need > perLine && used > 0) {
      lines++;
      used = word.length;
    } else used += need;
  }
  return lines;
}

function block(text: string, s: { size: number; line: number; after: number; indent?: number }): number {
  return linesOf(text, s.size, s.indent ?? 0) * s.size * s.line + s.after;
}

/** The estimated height of a slide's content, in em, and the height available. */
export function slideHeight(slide: Pick<ModuleSlide, 'title' | 'points' | 'question' | 'activity' | 'figure'>): {
  used: number;
  available: number;
} {
  let used = styles.eyebrow.size * styles.eyebrow.line + styles.eyebrow.after + block(slide.title, styles.title);
  for (const p of slide.points ?? []) used += block(p, styles.point);
  if (slide.question) used += block(slide.question, styles.question) + styles.eyebrow.size * styles.eyebrow.line;
  if (slide.activity) used += block(slide.activity, styles.activity) + 1 + styles.eyebrow.size * styles.eyebrow.line;
  if (slide.figure) used += figureHeight;
  return { used: Math.round(used * 10) / 10, available: body };
}

/** True when the slide's content is estimated not to fit its canvas. */
export function overflows(slide: Parameters<typeof slideHeight>[0]): boolean {
  const { used, available } = slideHeight(slide);
  return used > available;
}
