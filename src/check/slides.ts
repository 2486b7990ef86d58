/**
 * Warns when a training module's slide is estimated not to fit its 16:9 canvas, naming
 * the slide and what to do. A warning, not an error: the estimate is approximate, and
 * the browser tests measure the real slides.
 */
import type { ModuleSlide } from '../schemas/modules.ts';
import { slideHeight } from '../site/slide-fit.ts';
import type { CheckedEntry } from './content-check.ts';
import type { Problem } from './problems.ts';

export function slideProblems(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'modules') continue;
    const sections = (e.parsed['sections'] as { slides: ModuleSlide[] }[] | undefined) ?? [];
    sections.forEach((section, i) =>
      section.slides.forEach((slide, j) => {
        const { used, available } = slideHeight(slide);
        if (used <= available) return;
        problems.push({
          file: e.file,
          line: e.lineOf(['sections', i, 'slides', j]),
          field: `sections[${i}].slides[${j}]`,
          message: `"${slide.title}" is estimated at ${used}em of text on a slide with room for ${available}em, so it would be cut off; shorten its points or split it into two slides`,
          severity: 'warning',
        });
      }),
    );
  }
  return problems;
}
