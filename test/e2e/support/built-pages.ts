import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every index.html under a built folder, as the site path it serves. */
export function builtPages(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path, root);
    return name === 'index.html' ? [`/${relative(root, dir)}${relative(root, dir) ? '/' : ''}`] : [];
  });
}
