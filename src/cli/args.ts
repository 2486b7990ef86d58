/**
 * A small, strict argument parser: unknown flags and bad values stop the command with
 * the usage line, instead of being silently ignored.
 */
type Spec = Record<string, readonly string[] | 'path' | 'flag' | 'number'>;
type Parsed<S extends Spec> = { [K in keyof S]?: S[K] extends 'flag' ? boolean : string } & { _: string[] };

export class UsageError extends Error {}

export function parseArgs<S extends Spec>(argv: string[], spec: S, usage: string): Parsed<S> {
  try {
    return parseOrThrow(argv, spec);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
}

export function parseOrThrow<S extends Spec>(argv: string[], spec: S): Parsed<S> {
  const out: Record<string, unknown> = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      (out['_'] as string[]).push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
    const kind = spec[name];
    if (!kind)
      throw new UsageError(
        `unknown option --${name}; the options are ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    if (kind === 'flag') {
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (Array.isArray(kind) && !kind.includes(value))
      throw new UsageError(`--${name} must be one of ${kind.join(', ')}, not "${value}"`);
    if (kind === 'number' && !/^\d+$/.test(value))
      throw new UsageError(`--${name} must be a whole number, not "${value}"`);
    out[name] = value;
  }
  return out as Parsed<S>;
}
