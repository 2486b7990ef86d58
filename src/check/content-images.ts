import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findMetadata, stripMetadata } from './image-metadata.ts';
import type { Problem } from './problems.ts';

const imageFile = /\.(jpe?g|png)$/i;

/** Every JPEG and PNG under the content folder. */
export function contentImages(contentRoot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (imageFile.test(name)) out.push(path);
    }
  };
  walk(contentRoot);
  return out;
}

export function imageProblems(contentRoot: string, projectRoot: string): Problem[] {
  return contentImages(contentRoot).flatMap((path) => {
    const meta = findMetadata(readFileSync(path));
    if (!meta.kinds.length) return [];
    const what = meta.gps
      ? `${meta.kinds.join(', ')} metadata including a GPS position`
      : `${meta.kinds.join(', ')} metadata`;
    return [
      {
        file: relative(projectRoot, path),
        line: 1,
        field: 'image',
        message: `carries ${what}, which can reveal where and with what camera it was taken; run npm run check -- --fix to strip it`,
        severity: 'error' as const,
      },
    ];
  });
}

/** Strips metadata from every content image that has some; returns the files changed. */
export function stripContentImages(contentRoot: string): string[] {
  const changed: string[] = [];
  for (const path of contentImages(contentRoot)) {
    const bytes = readFileSync(path);
    if (!findMetadata(bytes).kinds.length) continue;
    writeFileSync(path, stripMetadata(bytes));
    changed.push(path);
  }
  return changed;
}
