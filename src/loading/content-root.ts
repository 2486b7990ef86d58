import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the content lives: content/ in the project, unless COUNTERPOINT_CONTENT names
 * another folder (test fixtures and the benchmark's synthetic corpus build that way,
 * so nothing ever writes into the real content/).
 */
export function contentRoot(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const override = env['COUNTERPOINT_CONTENT'];
  if (!override) return join(projectRoot, 'content');
  return isAbsolute(override) ? override : resolve(projectRoot, override);
}
