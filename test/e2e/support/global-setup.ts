/**
 * Serves the build that `npm test` made (dist/) to every browser test. The e2e layer also
 * makes one second build under a subfolder base so both deployments are checked; the a11y
 * layer needs only the first. Tests get the addresses by inject().
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from '../../../tools/bench/static-server.ts';

export const subfolder = '/counterpoint/';
/** The subfolder build also gets a site URL, so its canonical links, sitemap, feed and preview image are checked. */
export const siteUrl = 'https://counterpoint.example';

declare module 'vitest' {
  export interface ProvidedContext {
    rootOrigin: string;
    baseOrigin: string;
    baseDist: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ has no build; run npm run build first (npm test does)');
  if (project.name === 'a11y') {
    const server = await serveStatic(dist, '/');
    project.provide('rootOrigin', server.origin);
    project.provide('baseOrigin', server.origin);
    project.provide('baseDist', dist);
    return async () => {
      await server.close();
    };
  }
  const baseDist = mkdtempSync(join(tmpdir(), 'counterpoint-base-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', baseDist], {
    env: { ...process.env, COUNTERPOINT_BASE: subfolder, COUNTERPOINT_SITE: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  const servers: RunningServer[] = [await serveStatic(dist, '/'), await serveStatic(baseDist, subfolder)];
  project.provide('rootOrigin', servers[0]!.origin);
  project.provide('baseOrigin', servers[1]!.origin);
  project.provide('baseDist', baseDist);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(baseDist, { recursive: true, force: true });
  };
}
