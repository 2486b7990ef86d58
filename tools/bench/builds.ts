/**
 * Builds for the benchmark: each generator's own `astro build`, timed from outside, with the
 * peak memory of the largest process (GNU time's maximum resident set size).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  seconds: number;
  peakMb: number | null;
  /** The build's own log, colours removed, for the phases it reports. */
  log: string;
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

export function timedBuild(cwd: string, extraEnv: Record<string, string>, outDir: string): BuildFigures {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const hasTime = existsSync('/usr/bin/time');
  const [command, argv] = hasTime
    ? ['/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, astro, 'build', '--outDir', outDir]]
    : [process.execPath, [astro, 'build', '--outDir', outDir]];
  const started = performance.now();
  const result = spawnSync(command, argv, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes in Astro's log
  const log = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${log.slice(-3000)}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : null, log };
}

/**
 * The phases our build logs (src/integrations/*), in seconds: Starlight's build has no
 * offline editions and no output scan, so they are reported apart from the rest.
 */
export function ourPhases(log: string): Record<string, number | null> {
  const ms = (pattern: RegExp) => {
    const found = pattern.exec(log)?.[1];
    return found === undefined ? null : Number(found) / 1000;
  };
  return {
    'content check s': ms(/checked \d+ entries in (\d+) ms/),
    'pagefind s': ms(/indexed \d+ pages in (\d+) ms/),
    'offline editions s': ms(/offline editions in (\d+) ms/),
    'output scan s': ms(/CSS files in (\d+) ms/),
  };
}

/**
 * Astro's content-layer cache (and Vite's) of a project. Cleared before every full build,
 * on both sides, so each full build starts cold; kept for the incremental rebuild.
 */
export function clearCaches(project: string): void {
  for (const dir of [join(project, '.astro'), join(project, 'node_modules', '.astro')])
    rmSync(dir, { recursive: true, force: true });
}

export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? folderBytes(p) : s.size);
  }, 0);
}

export function countFiles(dir: string, pattern: RegExp): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name), pattern) : pattern.test(e.name) ? 1 : 0),
    0,
  );
}

/** A Starlight project in a temporary folder, installed from the npm registry once (never a dependency). */
export function starlightProject(work: string, astroVersion: string): string {
  const dir = join(work, 'starlight');
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest', '@astrojs/markdown-remark': '^7.3.0' },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark corpus' })] });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  console.log('installing Starlight into a temporary folder…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', env });
  return dir;
}

export const packageVersion = (dir: string, name: string): string | null => {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).version as string) : null;
};
