import { z } from 'astro/zod';
import { explainerKinds } from '../site/routes.ts';
import { base, refs } from './base.ts';

export const audiences = ['activists', 'journalists', 'diaspora', 'officials', 'researchers', 'general'] as const;

/** The ADIDS sequence used in digital-security training. */
export const sectionKinds = ['activity', 'discussion', 'input', 'deepening', 'synthesis'] as const;

const markdown = z.string().trim().min(1, { message: 'must not be empty' });

export const exerciseSchema = z.strictObject({
  /** What participants are asked to do (Markdown). Shown in the handout. */
  prompt: markdown,
  /** What a good answer covers, for the facilitator only (Markdown). */
  answer: markdown,
  /** Lines of writing space under the prompt in the handout. Default: 5. */
  lines: z.number().int().min(0).max(30).default(5),
});

/** A chart placed on a slide: one of the site's explainers, e.g. { kind: votes, case: <case id> }. */
export const slideFigureSchema = z.strictObject({
  kind: z.enum(explainerKinds),
  /** For kind votes: the case whose vote to show. */
  case: z.string().trim().min(1).optional(),
});

/**
 * One slide, written for the screen rather than copied from the learner text: a few
 * short points, or a figure, a question or an activity prompt. Markdown, may cite [@key].
 */
export const slideSchema = z.strictObject({
  /** The slide's heading. */
  title: z.string().trim().min(1),
  /** Short points, a line or two each. Default: none. */
  points: z.array(markdown).default([]),
  /** An explainer chart shown on the slide, scaled to fit. */
  figure: slideFigureSchema.optional(),
  /** A question put to the room, shown large. */
  question: markdown.optional(),
  /** What participants do now, shown as an activity prompt. */
  activity: markdown.optional(),
  /** What the facilitator says on this slide (speaker view only). Default: the section's notes on its first slide. */
  notes: markdown.optional(),
});

export const sectionSchema = z.strictObject({
  /** The slide and section heading. */
  title: z.string().trim().min(1),
  /** activity, discussion, input, deepening or synthesis. */
  kind: z.enum(sectionKinds),
  /** Planned length in minutes. */
  minutes: z.number().int().positive(),
  /** What participants see (Markdown, may cite sources with [@key]). */
  content: markdown,
  /** What the facilitator does and says; never shown to participants. */
  notes: markdown,
  /** Questions to put to the group. Default: none. */
  questions: z.array(markdown).default([]),
  /** Exercises with answer notes for the facilitator. Default: none. */
  exercises: z.array(exerciseSchema).default([]),
  /** Lines of writing space the handout leaves after this section, for an activity that asks participants to write. Default: none. */
  writeLines: z.number().int().min(0).max(30).default(0),
  /** The section's slides, in order. Default: one slide with the section's title. */
  slides: z.array(slideSchema).default([]),
});

export const moduleSchema = z
  .strictObject({
    ...base.shape,
    /** Who the module is written for. At least one. */
    audience: z.array(z.enum(audiences)).min(1, { message: `needs at least one of: ${audiences.join(', ')}` }),
    /** Total length in minutes; must equal the sum of the sections' minutes. */
    duration: z.number().int().positive(),
    /** What participants can do afterwards. At least one. */
    objectives: z.array(z.string().trim().min(1)).min(1, { message: 'needs at least one learning objective' }),
    /** What participants should know or have done before. Default: none. */
    prerequisites: z.array(z.string().trim().min(1)).default([]),
    /** What the trainer needs in the room. Default: none. */
    materials: z.array(z.string().trim().min(1)).default([]),
    /** The sessions's parts, in order. At least one. */
    sections: z.array(sectionSchema).min(1, { message: 'needs at least one section' }),
    /** Entries the module teaches. Default: none. */
    tactics: refs('tactics'),
    counters: refs('counters'),
    cases: refs('cases'),
  })
  .superRefine((m, ctx) => {
    const total = m.sections.reduce((sum, s) => sum + s.minutes, 0);
    if (total !== m.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `is ${m.duration} minutes but the sections add up to ${total}; make them agree (change duration to ${total}, or adjust the sections' minutes)`,
      });
    }
  });
export type Module = z.output<typeof moduleSchema>;
export type ModuleSection = Module['sections'][number];
export type ModuleSlide = ModuleSection['slides'][number];
