import { z } from 'astro/zod';
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
