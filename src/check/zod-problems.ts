/**
 * Friendly validation errors. Like Starlight's error map, this is passed *into* zod
 * (`schema.safeParse(input, { error: friendlyErrors })`), so every default message is written
 * here from the issue's code, path and input, and never depends on zod's English wording.
 * A message a schema sets itself (`{ message: … }`) takes precedence, as zod defines.
 */
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

function describeType(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date (put it in quotes)';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

const plainType: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, e.g. [a, b]',
  object: 'a group of fields',
};

type RawIssue = z.core.$ZodRawIssue;

/** The fields an object schema accepts, read from the schema that raised the issue. */
function keysOf(inst: unknown): string[] {
  const shape = (inst as { shape?: object } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/** One zod issue as a sentence an editor can act on, from its code and data only. */
export function describeIssue(issue: RawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return `is required but missing; add it (${plainType[issue.expected] ?? issue.expected})`;
      return `should be ${plainType[issue.expected] ?? issue.expected}, not ${describeType(input)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      return `"${String(input)}" is not allowed; use one of: ${options.join(', ')}.${didYouMean(String(input), options)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `needs at least ${min} item${min === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return min === 1 ? 'must not be empty' : `is too short; use at least ${min} characters`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `is too long; use at most ${max} characters`;
      if (issue.origin === 'array') return `has too many items; at most ${max}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'unrecognized_keys': {
      const allowed = keysOf(issue.inst);
      return issue.keys
        .map((k) => `"${k}" is not a known field; remove it or correct the name.${didYouMean(k, allowed)}`)
        .join(' ');
    }
    case 'invalid_union':
      return `is not in a form this field accepts (${describeType(input)})`;
    case 'invalid_format':
      if (issue.format === 'url') return `${JSON.stringify(input)} is not a full web address; write it as https://…`;
      return `${JSON.stringify(input)} is not in the expected form (${issue.format})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

/** The error map to pass to safeParse. */
export const friendlyErrors = (issue: RawIssue) => describeIssue(issue);

/** Parses with the friendly error map. */
export function parseFriendly<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: friendlyErrors });
}

/** Turns a failed parse into problems, each on the line of the field it concerns. */
export function problemsFromZod(
  error: z.ZodError,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  return error.issues.map((issue) => {
    // An unknown key is reported at the key itself, not at the object holding it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return { file, line: lineOf(path), field: fieldPath(path), message: issue.message, severity: 'error' as const };
  });
}
