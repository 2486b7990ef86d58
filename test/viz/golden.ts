/**
 * Golden SVGs a reviewer can read: one element per line, indented by depth, numbers
 * rounded to 0.1. On a mismatch the new picture is written beside the golden as
 * <name>-changed.svg, so the two can be opened side by side; `vitest -u` accepts it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const dir = join(import.meta.dirname, '__snapshots__');

/** One element per line; an element holding only text stays on its line. */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.startsWith('<')) {
      if (t.trim()) lines.push(`${'  '.repeat(depth)}${t.trim()}`);
      continue;
    }
    if (t.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(`${'  '.repeat(depth)}${t}`);
      continue;
    }
    const next = tokens[i + 1];
    const close = tokens[i + 2];
    if (!t.endsWith('/>') && next && !next.startsWith('<') && close?.startsWith('</')) {
      lines.push(`${'  '.repeat(depth)}${t}${next}${close}`);
      i += 2;
      continue;
    }
    lines.push(`${'  '.repeat(depth)}${t}`);
    if (!t.endsWith('/>')) depth++;
  }
  return `${lines.join('\n').replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}\n`;
}

/** Vitest's own snapshot mode: 'all' with -u, 'new' locally, 'none' in CI. */
const mode = () =>
  (expect.getState().snapshotState as unknown as { _updateSnapshot: 'all' | 'new' | 'none' })._updateSnapshot;

export function expectGolden(name: string, svg: string): void {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = prettySvg(svg);
  if (mode() === 'all' || (!existsSync(file) && mode() === 'new')) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.svg differs: compare it with ${name}-changed.svg beside it; run vitest -u to accept`).toBe(
    expected,
  );
}
