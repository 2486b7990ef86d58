import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findMetadata, stripMetadata } from './image-metadata.ts';
import type { Problem } from './problems.ts';
import { scanSvg } from '../build/output-scan.ts';

const imageFile = /\.(jpe?g|png)$/i;

/** Every JPEG and PNG under the content folder. */
export function contentImages(contentRoot: string, pattern: RegExp = imageFile): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  if (existsSync(contentRoot)) walk(contentRoot);
  return out;
}

export function imageProblems(contentRoot: string, projectRoot: string): Problem[] {
  return [...metadataProblems(contentRoot, projectRoot), ...svgProblems(contentRoot, projectRoot)];
}

/**
 * SVG files are refused when they carry a script, an event handler, a foreignObject, an
 * entity declaration or a reference to another file or site: an SVG opened by itself runs
 * its scripts with this site's origin. They are refused, not cleaned: a sanitizer would
 * silently publish something other than what the editor committed, and the fix (export
 * the drawing again as plain SVG) is one step in any drawing program.
 */
function svgProblems(contentRoot: string, projectRoot: string): Problem[] {
  return contentImages(contentRoot, /\.svg$/i).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(projectRoot, path);
    const found = scanSvg(text, file).map((f) => `${f.kind} (${f.detail})`);
    if (/<!ENTITY/i.test(text)) found.push('an entity declaration (<!ENTITY>)');
    if (
      !found.length &&
      /<[a-z][\w:-]*[^>]*\s(xlink:)?href\s*=\s*["']?(?!#)[^"'\s>]/i.test(text.replace(/<a\b[^>]*>/gi, ''))
    )
      found.push('a reference to another file');
    return [...new Set(found)].map((what) => ({
      file,
      line: 1,
      field: 'svg',
      message: `contains ${what}, which can run code or load files when the image is opened; export it again as a plain SVG (no scripts, links or embedded files)`,
      severity: 'error' as const,
    }));
  });
}

function metadataProblems(contentRoot: string, projectRoot: string): Problem[] {
  return contentImages(contentRoot).flatMap((path) => {
    const bytes = readFileSync(path);
    const png = /\.png$/i.test(path);
    const signature = png ? [0x89, 0x50, 0x4e, 0x47] : [0xff, 0xd8, 0xff];
    // A damaged image would stop the build inside the image pipeline.
    if (!signature.every((b, i) => bytes[i] === b))
      return [
        {
          file: relative(projectRoot, path),
          line: 1,
          field: 'image',
          message: `is not a ${png ? 'PNG' : 'JPEG'} image (the file is damaged or has the wrong extension); export it again`,
          severity: 'error' as const,
        },
      ];
    const meta = findMetadata(bytes);
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
