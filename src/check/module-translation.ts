/**
 * A training module's translation must have the source's shape: as many objectives,
 * sections, slides, points, questions and exercises, in the same order, so that each
 * translated string lands beside the kind, minutes and figure the source gives it. One
 * problem per list whose length differs, naming the list and the fix.
 */
import type { ModuleSlide } from '../schemas/modules.ts';
import { slideHeight } from '../site/slide-fit.ts';
import type { Problem } from './problems.ts';

type Data = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const has = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** What one item of each list is called in a message. */
const nouns: Record<string, [string, string]> = {
  objectives: ['objective', 'objectives'],
  prerequisites: ['prerequisite', 'prerequisites'],
  materials: ['material', 'materials'],
  sections: ['section', 'sections'],
  questions: ['question', 'questions'],
  exercises: ['exercise', 'exercises'],
  slides: ['slide', 'slides'],
  points: ['point', 'points'],
};
const count = (n: number, key: string) => `${n} ${nouns[key]![n === 1 ? 0 : 1]}`;

export function moduleShapeProblems(
  source: { file: string; data: unknown },
  translation: { file: string; data: unknown; lineOf(path: readonly PropertyKey[]): number },
): Problem[] {
  const problems: Problem[] = [];
  const src = (source.data ?? {}) as Data;
  const tr = (translation.data ?? {}) as Data;
  const field = (path: (string | number)[]) =>
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  const report = (path: (string | number)[], message: string) => {
    // lineOf gives the line of the list, or of the nearest part of it that exists.
    problems.push({
      file: translation.file,
      line: translation.lineOf(path),
      field: field(path),
      message,
      severity: 'error',
    });
  };
  const compare = (path: (string | number)[], a: unknown, b: unknown): boolean => {
    const key = String(path[path.length - 1]);
    const want = list(a).length;
    const got = list(b).length;
    if (want === got) return true;
    report(
      path,
      got === 0
        ? `is missing: ${source.file} has ${count(want, key)} here; translate each of them, in the same order`
        : want === 0
          ? `has ${count(got, key)}, but ${source.file} has none here; remove it`
          : `has ${count(got, key)} but ${source.file} has ${count(want, key)}; translate each of the source's ${nouns[key]![1]}, one for one and in the same order`,
    );
    return false;
  };
  const single = (path: (string | number)[], a: unknown, b: unknown) => {
    const key = String(path[path.length - 1]);
    if (has(a) && !has(b)) report(path, `is missing: ${source.file} has a ${key} on this slide; translate it`);
    else if (!has(a) && has(b)) report(path, `is not in ${source.file} on this slide; remove it`);
  };

  for (const key of ['objectives', 'prerequisites', 'materials'] as const) compare([key], src[key], tr[key]);
  if (!compare(['sections'], src['sections'], tr['sections'])) return problems;
  list(src['sections']).forEach((s, i) => {
    const a = (s ?? {}) as Data;
    const b = (list(tr['sections'])[i] ?? {}) as Data;
    compare(['sections', i, 'questions'], a['questions'], b['questions']);
    compare(['sections', i, 'exercises'], a['exercises'], b['exercises']);
    if (!compare(['sections', i, 'slides'], a['slides'], b['slides'])) return;
    list(a['slides']).forEach((slide, j) => {
      const x = (slide ?? {}) as Data;
      const y = (list(b['slides'])[j] ?? {}) as Data;
      const at = ['sections', i, 'slides', j];
      compare([...at, 'points'], x['points'], y['points']);
      for (const k of ['question', 'activity', 'notes'] as const) single([...at, k], x[k], y[k]);
    });
  });
  return problems;
}

/**
 * The slide-fit estimate (src/site/slide-fit.ts) for each translated slide, with the
 * source's figure: translated text often runs longer than English, so a slide that fits in
 * English may be cut off in Russian or Arabic.
 */
export function translatedSlideProblems(
  source: { data: unknown },
  translation: { file: string; data: unknown; lineOf(path: readonly PropertyKey[]): number },
): Problem[] {
  const problems: Problem[] = [];
  const src = list(((source.data ?? {}) as Data)['sections']);
  const tr = list(((translation.data ?? {}) as Data)['sections']);
  src.forEach((s, i) =>
    list((s as Data)?.['slides']).forEach((slide, j) => {
      const x = (slide ?? {}) as Data;
      const y = (list((tr[i] as Data | undefined)?.['slides'])[j] ?? {}) as Data;
      if (typeof y['title'] !== 'string') return;
      const merged = {
        title: y['title'],
        points: list(y['points']).filter((p): p is string => typeof p === 'string'),
        ...(has(y['question']) ? { question: y['question'] as string } : {}),
        ...(has(y['activity']) ? { activity: y['activity'] as string } : {}),
        ...(x['figure'] ? { figure: x['figure'] as ModuleSlide['figure'] } : {}),
      };
      const { used, available } = slideHeight(merged);
      if (used <= available) return;
      problems.push({
        file: translation.file,
        line: translation.lineOf(['sections', i, 'slides', j]),
        field: `sections[${i}].slides[${j}]`,
        message: `"${merged.title}" is estimated at ${used}em of text on a slide with room for ${available}em, so it would be cut off; say it more briefly (the source's slide fits)`,
        severity: 'warning',
      });
    }),
  );
  return problems;
}
