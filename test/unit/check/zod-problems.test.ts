import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parseFriendly, problemsFromZod } from '../../../src/check/zod-problems.ts';
import { formatProblem } from '../../../src/check/problems.ts';

// Whole messages are pinned, so a zod release that changes its own wording cannot
// silently change what editors read: every message comes from the code.
const schema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().min(5).max(10),
  kind: z.enum(['state', 'organisation']),
  minutes: z.number().int().positive(),
  share: z.number().max(1),
  tags: z.array(z.string()).min(1).max(2),
  link: z.url().optional(),
  colours: z.strictObject({ accent: z.string() }).optional(),
  code: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be three capital letters' })
    .optional(),
});

const messages = (input: unknown) => {
  const result = parseFriendly(schema, input);
  if (result.success) return [];
  return problemsFromZod(result.error, 'x.mdx', () => 3).map(formatProblem);
};
const valid = { title: 'T', summary: 'Hello', kind: 'state', minutes: 5, share: 0.5, tags: ['a'] };

describe('friendly zod errors', () => {
  test.each([
    ['a missing field', { ...valid, title: undefined }, 'x.mdx:3: title: is required but missing; add it (text)'],
    ['a wrong type', { ...valid, minutes: 'ten' }, 'x.mdx:3: minutes: should be a number, not string "ten"'],
    ['a list where text belongs', { ...valid, title: ['a'] }, 'x.mdx:3: title: should be text, not a list'],
    [
      'a value outside the options, with a suggestion',
      { ...valid, kind: 'stat' },
      'x.mdx:3: kind: "stat" is not allowed; use one of: state, organisation. Did you mean "state"?',
    ],
    ['zero for a positive number', { ...valid, minutes: 0 }, 'x.mdx:3: minutes: must be more than 0'],
    [
      'a fraction for a whole number',
      { ...valid, minutes: 1.5 },
      'x.mdx:3: minutes: should be a whole number, not number 1.5',
    ],
    ['a number too big', { ...valid, share: 2 }, 'x.mdx:3: share: must be at most 1'],
    ['empty text', { ...valid, title: '  ' }, 'x.mdx:3: title: must not be empty'],
    ['text too short', { ...valid, summary: 'Hi' }, 'x.mdx:3: summary: is too short; use at least 5 characters'],
    [
      'text too long',
      { ...valid, summary: 'Hello there, world' },
      'x.mdx:3: summary: is too long; use at most 10 characters',
    ],
    ['an empty list', { ...valid, tags: [] }, 'x.mdx:3: tags: needs at least 1 item'],
    ['a list too long', { ...valid, tags: ['a', 'b', 'c'] }, 'x.mdx:3: tags: has too many items; at most 2'],
    [
      'a misspelt field',
      { ...valid, titel: 'x' },
      'x.mdx:3: titel: "titel" is not a known field; remove it or correct the name. Did you mean "title"?',
    ],
    [
      'a misspelt nested field',
      { ...valid, colours: { accent: '#000', acent: '#000' } },
      'x.mdx:3: colours.acent: "acent" is not a known field; remove it or correct the name. Did you mean "accent"?',
    ],
    [
      'a web address without a scheme',
      { ...valid, link: 'example.org' },
      'x.mdx:3: link: "example.org" is not a full web address; write it as https://…',
    ],
    ["a schema's own message wins", { ...valid, code: 'ab' }, 'x.mdx:3: code: must be three capital letters'],
  ])('%s', (_name, input, expected) => {
    expect(messages(input)).toEqual([expected]);
  });

  test('a date YAML read as a date asks for quotes', () => {
    expect(messages({ ...valid, title: new Date('2020-01-01') })).toEqual([
      'x.mdx:3: title: should be text, not a date (put it in quotes)',
    ]);
  });
});
