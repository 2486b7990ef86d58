/**
 * Translation status for /translations/: the same figures `npm run check` prints, from
 * the same function (src/check/translations.ts), computed once per build.
 */
import { checkProject } from '../check/check-all.ts';
import type { TranslationStatus } from '../check/translations.ts';

let cached: TranslationStatus[] | undefined;

export function translationStatus(): TranslationStatus[] {
  cached ??= checkProject(process.cwd()).translations;
  return cached;
}
