import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from './content-root.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';
import { contrastRatio } from '../check/contrast.ts';
import type { Problem } from '../check/problems.ts';
import { checkPlainText } from '../check/markdown-gate.ts';
import { parseFriendly, problemsFromZod } from '../check/zod-problems.ts';

/** Page backgrounds of the two colour schemes (--bg in src/styles/01-tokens.css; keep them equal); accents must read on them. */
export const backgrounds = { light: '#ffffff', dark: '#14161a' } as const;
const minimumContrast = 4.5;

export interface SiteConfigResult {
  config?: SiteConfig;
  problems: Problem[];
  file: string;
}

/** Reads and validates site.json in the content folder. The COUNTERPOINT_BASE environment variable overrides `base`. */
export function loadSiteConfig(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): SiteConfigResult {
  const path = join(contentRoot(projectRoot, env), 'site.json');
  const file = relative(projectRoot, path) || 'content/site.json';
  // A problem with the file as a whole: nothing else can be checked.
  const unreadable = (message: string): SiteConfigResult => ({
    file,
    problems: [{ file, line: 1, field: 'file', message, severity: 'error' }],
  });
  if (!existsSync(path))
    return unreadable('is missing; create it with at least "title", "description" and "publisher"');
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return unreadable(`is not valid JSON (${(error as Error).message}); check commas and quotes`);
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    const key = [...path].reverse().find((p) => typeof p === 'string');
    const at = key ? text.indexOf(`"${String(key)}"`) : -1;
    return at >= 0 ? text.slice(0, at).split('\n').length : 1;
  };
  // A deployment can set the base, the site URL and the repository without editing the file.
  const input = {
    ...json,
    ...(env['COUNTERPOINT_BASE'] ? { base: normaliseBase(env['COUNTERPOINT_BASE']) } : {}),
    ...(env['COUNTERPOINT_SITE'] ? { site: env['COUNTERPOINT_SITE'] } : {}),
    ...(env['COUNTERPOINT_REPOSITORY'] ? { repository: env['COUNTERPOINT_REPOSITORY'] } : {}),
  };
  const result = parseFriendly(siteConfigSchema, input);
  if (!result.success) {
    const problems = problemsFromZod(result.error, file, lineOf);
    for (const [field, variable] of [
      ['site', 'COUNTERPOINT_SITE'],
      ['repository', 'COUNTERPOINT_REPOSITORY'],
      ['base', 'COUNTERPOINT_BASE'],
    ] as const)
      if (env[variable])
        for (const p of problems)
          if (p.field === field) p.message += ` (it comes from the ${variable} environment variable)`;
    return { file, problems };
  }
  const problems: Problem[] = [];
  // The site's name and description appear on every page: text only, like any other field.
  for (const field of ['title', 'description', 'publisher'] as const)
    problems.push(...checkPlainText(result.data[field], { file, line: lineOf([field]), field }));
  const { label } = result.data.quickExit;
  problems.push(...checkPlainText(label, { file, line: lineOf(['quickExit', 'label']), field: 'quickExit.label' }));
  const { accentLight, accentDark } = result.data.colours;
  for (const [field, colour, scheme] of [
    ['colours.accentLight', accentLight, 'light'],
    ['colours.accentDark', accentDark, 'dark'],
  ] as const) {
    const ratio = contrastRatio(colour, backgrounds[scheme]);
    if (ratio < minimumContrast) {
      problems.push({
        file,
        line: lineOf([field.split('.')[1]!]),
        field,
        message: `${colour} has a contrast of ${ratio.toFixed(2)}:1 on the ${scheme} background ${backgrounds[scheme]}; WCAG AA needs ${minimumContrast}:1, so pick a ${scheme === 'light' ? 'darker' : 'lighter'} colour`,
        severity: 'error',
      });
    }
  }
  if (result.data.illustration) {
    const problem = illustrationProblem(join(contentRoot(projectRoot, env), result.data.illustration));
    if (problem)
      problems.push({
        file,
        line: lineOf(['illustration']),
        field: 'illustration',
        message: problem,
        severity: 'error',
      });
  }
  const fallback = result.data.locales?.find((l) => l.default);
  if (fallback && fallback.code !== result.data.lang) {
    problems.push({
      file,
      line: lineOf(['locales']),
      field: 'locales',
      message: `the default locale is "${fallback.code}" but "lang" is "${result.data.lang}"; make them the same`,
      severity: 'error',
    });
  }
  return problems.length ? { file, problems } : { file, problems, config: result.data };
}

/** Kiwix shows the illustration at 48x48 and zimcheck refuses any other size. */
function illustrationProblem(path: string): string | undefined {
  if (!existsSync(path)) return `${path} does not exist; add a 48x48 PNG there or remove the field`;
  const png = readFileSync(path);
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature) return 'is not a PNG file; export the icon as PNG';
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (width !== 48 || height !== 48) return `is ${width}x${height} pixels; Kiwix needs exactly 48x48, so resize it`;
  return undefined;
}

/** Accepts "counterpoint", "/counterpoint" or "/counterpoint/" and returns "/counterpoint/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
