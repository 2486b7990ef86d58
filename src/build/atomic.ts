import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Builds into a temporary folder beside `outDir` (same file system, so the swap is two
 * renames) and replaces `outDir` only when `build` reports success. On failure, or if
 * `build` throws, the temporary folder is removed and `outDir` is left exactly as it was.
 */
export async function atomicBuild(outDir: string, build: (temp: string) => Promise<boolean>): Promise<boolean> {
  const temp = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
  const old = `${temp}-old`;
  rmSync(temp, { recursive: true, force: true });
  try {
    if (!(await build(temp))) return false;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(temp, outDir);
    return true;
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
