import { spawnSync } from 'node:child_process';

/**
 * Runs one exported function of a module in a fresh Node process and returns its result
 * (arguments and result pass as JSON). Why: the build's own process holds Astro's whole
 * heap, gigabytes on a large site, and work that allocates a lot after the pages are
 * written (zipping the site, parsing every page for the output scan) spent most of its
 * time collecting that heap's garbage: at 2,000 entries the editions took 182 s in the
 * build's process; the same zip from a fresh process of 5,000 entries took 17 s.
 */
export function inFreshProcess<T>(module: URL, exportName: string, args: unknown[]): T {
  const script = [
    `const m = await import(${JSON.stringify(module.href)});`,
    `const result = await m[${JSON.stringify(exportName)}](...JSON.parse(process.argv[1]));`,
    'process.stdout.write(JSON.stringify(result ?? null));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.status !== 0) {
    // The child's own error, as it printed it: its last lines name the cause.
    const why = `${run.stderr ?? ''}`.trim().split('\n').slice(-6).join('\n') || `exit ${run.status}`;
    throw new Error(`${exportName} failed:\n${why}`);
  }
  return JSON.parse(run.stdout) as T;
}
