import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

const zodDefault = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function describeType(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date (put it in quotes)';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

const plainType: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, e.g. [a, b]',
  object: 'a group of fields',
};

/** One zod issue as a sentence an editor can act on. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, allowedKeys: readonly string[] = []): string {
  if (issue.code === 'custom' || !zodDefault.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined)
        return `is required but missing; add it to the frontmatter (${plainType[issue.expected] ?? issue.expected})`;
      return `should be ${plainType[issue.expected] ?? issue.expected}, not ${describeType(value)}`;
    }
    case 'invalid_value': {
      const value = valueAt(input, issue.path);
      const options = issue.values.map(String);
      return `"${String(value)}" is not allowed; use one of: ${options.join(', ')}.${didYouMean(String(value), options)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'must not be empty'
          : `is too short; use at least ${String(issue.minimum)} characters`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long; use at most ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `has too many items; at most ${String(issue.maximum)}`;
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return issue.keys
        .map(
          (k) =>
            `"${k}" is not a field of this collection; remove it or correct the name.${didYouMean(k, allowedKeys)}`,
        )
        .join(' ');
    case 'invalid_union':
      return `is not in a form this field accepts (${describeType(valueAt(input, issue.path))})`;
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns a failed parse into problems, each on the line of the field it concerns. */
export function problemsFromZod(
  error: z.ZodError,
  input: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  allowedKeys: readonly string[] = [],
): Problem[] {
  return error.issues.map((issue) => {
    // An unknown key is reported at the key itself, not at the object holding it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return {
      file,
      line: lineOf(path),
      field: fieldPath(path),
      message: describeIssue(issue, input, allowedKeys),
      severity: 'error' as const,
    };
  });
}
