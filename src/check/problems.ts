/** One thing wrong with the content, pointing at the file, line and field an editor must change. */
export interface Problem {
  /** Path relative to the project root, e.g. content/tactics/foo.mdx. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, when the problem has a precise place (the gate's findings in a body). */
  column?: number;
  /** Dotted field path such as actors[2], or a short label like 'body' or 'file'. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? ' (warning)' : '';
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.field}: ${p.message}${tag}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
  const encode = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => encode(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${prop(p.file)},line=${p.line},${p.column ? `col=${p.column},` : ''}title=${prop(p.field)}::${encode(p.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

export function summarise(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Renders a field path the way editors write it: actors[2], vote.for. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'frontmatter';
}
