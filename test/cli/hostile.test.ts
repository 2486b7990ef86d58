/**
 * The hostile-input suite through the real commands: for every case, `npm run check` exits 1
 * naming file, line and field, and `npm run build` exits 1 with the same line, no stack
 * trace, and the previous output folder byte-identical. Valid edge cases check and build.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { faults } from '../fixtures/faults.ts';
import { hostile } from '../fixtures/hostile.ts';
import { edgeEdits } from '../fixtures/valid-edge-cases.ts';
import { copyWithFault, validFixture } from '../support/fixture-copy.ts';
import { treeHash } from '../support/tree-hash.ts';

interface Run {
  code: number;
  out: string;
}

const run = (args: string[], content: string): Promise<Run> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, COUNTERPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    );
  });

/** A stand-in for the last good build: a few files whose bytes must not change. */
function previousBuild(): { dir: string; hash: string } {
  const parent = mkdtempSync(join(tmpdir(), 'counterpoint-prev-'));
  const dir = join(parent, 'dist');
  mkdirSync(join(dir, 'tactics', 'shared-watchlists'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>last good build</title>');
  writeFileSync(join(dir, 'tactics', 'shared-watchlists', 'index.html'), '<p>published yesterday</p>');
  return { dir, hash: treeHash(dir) };
}

const stackFrame = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cases = [
  ...hostile.map((c) => ({ ...c, label: `${c.class}: ${c.name}` })),
  // The existing faults go through the real commands too (their expected text starts with file:line).
  ...faults.map((f) => ({ ...f, label: `fault: ${f.name}`, expected: f.expected.split(': ')[0]! })),
];

describe.concurrent('hostile input through npm run check and npm run build', () => {
  test.each(cases)('$label', async (c) => {
    const content = copyWithFault(c);
    const expected = new RegExp(`${escapeRegExp(c.expected)}: `);
    const check = await run(['src/cli/check.ts'], content);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(expected);

    const previous = previousBuild();
    const build = await run(['src/cli/build.ts', '--outDir', previous.dir], content);
    expect(build.code).toBe(1);
    expect(build.out).toMatch(expected);
    expect(build.out).not.toMatch(stackFrame);
    expect(treeHash(previous.dir)).toBe(previous.hash);
    expect(readdirSync(dirname(previous.dir))).toEqual(['dist']);
  });
});

describe('a content folder that does not exist', () => {
  test('is one line naming it, from check and build, with the previous output unchanged', async () => {
    const missing = join(tmpdir(), 'counterpoint-no-such-folder');
    const check = await run(['src/cli/check.ts'], missing);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(
      /counterpoint-no-such-folder:1: content folder: .* does not exist; create it, or point COUNTERPOINT_CONTENT at an existing folder/,
    );
    expect(check.out).not.toMatch(stackFrame);
    const previous = previousBuild();
    const build = await run(['src/cli/build.ts', '--outDir', previous.dir], missing);
    expect(build.code).toBe(1);
    expect(build.out).toMatch(/counterpoint-no-such-folder:1: content folder: /);
    expect(build.out).not.toMatch(stackFrame);
    expect(treeHash(previous.dir)).toBe(previous.hash);
  });
});

describe('a failure inside Astro, after the check passed', () => {
  test('is one line plus the --debug hint, and the previous output stays byte-identical', async () => {
    // A file with a JPEG signature and nothing else passes the check but stops Astro's image pipeline.
    const content = copyWithFault({ file: 'images/bad.jpg', create: Buffer.from([0xff, 0xd8, 0xff, 0x20, 0x20]) });
    const tactic = join(content, 'tactics', 'shared-watchlists.mdx');
    writeFileSync(tactic, `${readFileSync(tactic, 'utf8')}\n![A map](../images/bad.jpg)\n`);
    const previous = previousBuild();
    const build = await run(['src/cli/build.ts', '--outDir', previous.dir], content);
    expect(build.code).toBe(1);
    expect(build.out).toMatch(
      /^\[NoImageMetadata\] Could not process image metadata for .*bad\.jpg.*\nrerun with --debug for details$/m,
    );
    expect(build.out).not.toMatch(stackFrame);
    expect(treeHash(previous.dir)).toBe(previous.hash);
    expect(readdirSync(dirname(previous.dir))).toEqual(['dist']);
  }, 300_000);
});

describe('valid edge cases', () => {
  test('BOM, CRLF, Arabic, Russian and Chinese titles, https links and curly quotes pass check and build', async () => {
    const content = mkdtempSync(join(tmpdir(), 'counterpoint-edge-'));
    cpSync(validFixture, content, { recursive: true });
    for (const e of edgeEdits) {
      const path = join(content, e.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e.edit ? e.edit(readFileSync(path, 'utf8')) : (e.create ?? ''));
    }
    const check = await run(['src/cli/check.ts'], content);
    expect(check.out).toMatch(/: 0 errors/);
    expect(check.code).toBe(0);

    const previous = previousBuild();
    const build = await run(['src/cli/build.ts', '--outDir', previous.dir], content);
    expect(build.code, build.out).toBe(0);
    expect(build.out).toMatch(/0 foreign|nothing foreign, no handlers, no stray scripts/);
    // The stale page of the previous build is gone: the output was replaced, not merged.
    expect(readFileSync(join(previous.dir, 'index.html'), 'utf8')).not.toContain('last good build');
    const page = (path: string) => readFileSync(join(previous.dir, path, 'index.html'), 'utf8');
    expect(page('glossary/arabic-term')).toContain('القمع العابر للحدود');
    expect(page('glossary/russian-term')).toContain('Транснациональные репрессии');
    expect(page('glossary/chinese-term')).toContain('跨国镇压');
    expect(page('tactics/shared-watchlists')).toContain('Shared watchlists');
    expect(page('counters/early-warning')).toContain('<h1');
    const about = page('about');
    expect(about).toContain('href="https://example.org/report"');
    expect(about).toContain('“a shared list”');
    expect(about).not.toContain('an editor&#39;s note');
    expect(existsSync(join(previous.dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(dirname(previous.dir))).toEqual(['dist']);
  }, 300_000);
});
