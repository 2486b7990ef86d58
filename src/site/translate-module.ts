/**
 * A training module in another language: the translation's text laid over the source's
 * structure. Kinds, minutes, figures, writing lines and relations stay the source's; each
 * string comes from the translation at the same position. The content check has already
 * made sure the two have the same shape (src/check/module-translation.ts); where a piece
 * is missing all the same, the source's text stays rather than the page breaking.
 */
import type { Module } from '../schemas/modules.ts';
import type { ModuleTranslation } from '../schemas/translation.ts';

type Text = Pick<ModuleTranslation, 'title' | 'summary' | 'objectives' | 'prerequisites' | 'materials' | 'sections'>;

const pick = <T>(translated: T | undefined, source: T): T => (translated === undefined ? source : translated);
const each = (source: string[], translated: string[] | undefined) => source.map((s, i) => pick(translated?.[i], s));

export function translateModule<M extends Module>(source: M, t: Text): M {
  return {
    ...source,
    title: t.title,
    summary: t.summary,
    objectives: each(source.objectives, t.objectives),
    prerequisites: each(source.prerequisites, t.prerequisites),
    materials: each(source.materials, t.materials),
    sections: source.sections.map((s, i) => {
      const ts = t.sections?.[i];
      if (!ts) return s;
      return {
        ...s,
        title: ts.title,
        content: ts.content,
        notes: ts.notes,
        questions: each(s.questions, ts.questions),
        exercises: s.exercises.map((e, j) => ({
          ...e,
          prompt: pick(ts.exercises?.[j]?.prompt, e.prompt),
          answer: pick(ts.exercises?.[j]?.answer, e.answer),
        })),
        slides: s.slides.map((slide, j) => {
          const tslide = ts.slides?.[j];
          if (!tslide) return slide;
          return {
            ...slide,
            title: tslide.title,
            points: each(slide.points, tslide.points),
            ...(slide.question !== undefined ? { question: pick(tslide.question, slide.question) } : {}),
            ...(slide.activity !== undefined ? { activity: pick(tslide.activity, slide.activity) } : {}),
            ...(slide.notes !== undefined ? { notes: pick(tslide.notes, slide.notes) } : {}),
          };
        }),
      };
    }),
  };
}
